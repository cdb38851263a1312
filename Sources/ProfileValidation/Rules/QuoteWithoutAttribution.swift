import ProfileModel
import ProfileSyntax

/// `V018`: a quote that says nothing of who said it.
public struct QuoteWithoutAttribution: ProfileRule {
    public let code = DiagnosticCode(
        "V018", "quote-without-attribution", summary: "A quote does not say who said it.",
        bad: "  > \"Geen dag is hetzelfde.\"", good: "  > \"Geen dag is hetzelfde.\" — wooncoach, beschermd wonen")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        return profile.parts.flatMap(\.allQuotes).filter { $0.attribution == nil }.map { quote in
            Diagnostic(.warning, code, "quote has no attribution", file: file, span: quote.origin.span, label: "who said this?",
                       help: "add ` — <role>` after the quote, for instance ` — wooncoach`")
        }
    }
}
