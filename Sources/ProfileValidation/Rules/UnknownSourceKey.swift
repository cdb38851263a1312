import ProfileModel
import ProfileSyntax

/// `V025`: a statement cites a key that no source of the profile has.
public struct UnknownSourceKey: ProfileRule {
    public let code = DiagnosticCode(
        "V025", "unknown-source-key", summary: "A citation names a source key the profile does not define.",
        bad: "bron [kracht2021]: Biemans & Sjoer (2021)\nhoofd:\n  - Data lezen [bron: kracth2021]",
        good: "bron [kracht2021]: Biemans & Sjoer (2021)\nhoofd:\n  - Data lezen [bron: kracht2021]")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        let keys = profile.sourceKeys
        return context.statements.flatMap { statement in
            statement.citations.filter { !keys.contains($0.key) }.map { citation in
                let suggestion = Suggestion.closest(to: citation.key, among: keys)
                return Diagnostic(.error, code, "no source has the key `\(citation.key)`", file: file, span: statement.origin.span,
                                  label: "cites `\(citation.key)`",
                                  help: suggestion.map { "did you mean `\($0)`?" }
                                      ?? (keys.isEmpty ? "give the source a key: `\(MetadataField.source.keyword(profile.effectiveLanguage)) [\(citation.key)]: …`"
                                                       : "the keys are \(keys.map { "`\($0)`" }.joined(separator: ", "))"))
            }
        }
    }
}
