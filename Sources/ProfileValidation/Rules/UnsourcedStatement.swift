import ProfileModel
import ProfileSyntax

/// `V024`: a statement neither cites a source nor says it is a sketch.
public struct UnsourcedStatement: ProfileRule {
    public let code = DiagnosticCode(
        "V024", "unsourced-statement",
        summary: "An item or quote cites no source and is not marked as the author's sketch: a reader cannot tell a finding from a guess.",
        bad: "bron [kracht2021]: Biemans & Sjoer (2021)\nhoofd:\n  - Kennis van teeltsensoren",
        good: "bron [kracht2021]: Biemans & Sjoer (2021)\nhoofd:\n  - Kennis van teeltsensoren [bron: kracht2021 Figuur 1]")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        let language = profile.effectiveLanguage
        let example = profile.sourceKeys.first ?? "sleutel"
        return context.statements.filter(\.isUnsourced).map { statement in
            Diagnostic(.warning, code, "\(statement.isQuote ? "quote" : "statement") cites no source", file: file, span: statement.origin.span,
                       label: "where does this come from?",
                       help: "cite the passage it comes from, `[\(ProvenanceWord.citation.keyword(language)): \(example) …]`"
                           + (statement.isQuote ? "" : ", or mark it `[\(ProvenanceWord.sketch.keyword(language))]` when it is your own sketch"))
        }
    }
}
