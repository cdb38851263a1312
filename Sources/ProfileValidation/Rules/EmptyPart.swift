import ProfileModel
import ProfileSyntax

/// `V003`: a part holds no item and no quote.
public struct EmptyPart: ProfileRule {
    public let code = DiagnosticCode(
        "V003", "empty-part", summary: "A part has no items: its box on the poster would be empty.",
        bad: "mond:\nbuik:\n  - Ploegendiensten", good: "mond:\n  - Overleg met de planning\nbuik:\n  - Ploegendiensten")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        return profile.parts.filter { $0.isEmpty && !$0.notResearched }.map { part in
            Diagnostic(.warning, code, "part `\(part.kind.keyword(profile.effectiveLanguage))` is empty", file: file, span: part.origin.span,
                       label: "no items below", help: "add what the research found for this part, or write `\(part.kind.keyword(profile.effectiveLanguage)): \(ProvenanceWord.notResearched.keyword(profile.effectiveLanguage))` when the source says nothing about it")
        }
    }
}
