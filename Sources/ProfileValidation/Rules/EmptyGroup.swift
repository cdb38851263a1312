import ProfileModel
import ProfileSyntax

/// `V004`: a sub-group holds no item and no quote.
public struct EmptyGroup: ProfileRule {
    public let code = DiagnosticCode(
        "V004", "empty-group", summary: "A sub-group has no items.",
        bad: "handen:\n  vaardigheden:\n  taken:\n    - Teelt plannen", good: "handen:\n  vaardigheden:\n    - Gewas beoordelen\n  taken:\n    - Teelt plannen")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        return profile.parts.flatMap(\.groups).filter { $0.items.isEmpty && $0.quotes.isEmpty }.map { group in
            Diagnostic(.warning, code, "sub-group `\(group.name)` is empty", file: file, span: group.origin.span,
                       label: "no items below", help: "indent its items under it, or remove the line")
        }
    }
}
