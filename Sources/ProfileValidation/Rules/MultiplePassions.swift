import ProfileModel
import ProfileSyntax

/// `V006`: the passion holds more than one statement.
public struct MultiplePassions: ProfileRule {
    public let code = DiagnosticCode(
        "V006", "multiple-passions", summary: "The passion holds more than one statement; the research names one passion at the core.",
        bad: "passie:\n  - Mensen helpen\n  - Techniek", good: "passie: Mensen helpen met techniek die werkt")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        return profile.parts.filter { $0.kind == .passion }.flatMap { part in
            part.allItems.enumerated().dropFirst().map { index, item in
                Diagnostic(.error, code, "passion has more than one statement", file: file, span: item.origin.span,
                           label: "statement \(index + 1)",
                           help: "keep the one passion at the core; move drivers to `\(PartKind.heart.keyword(profile.effectiveLanguage))`")
            }
        }
    }
}
