import ProfileModel
import ProfileSyntax

/// `V026`: a source that no statement cites.
public struct UncitedSource: ProfileRule {
    public let code = DiagnosticCode(
        "V026", "uncited-source", summary: "A source is cited by no statement (or has no key, so none can cite it).",
        bad: "bron [kracht2021]: Biemans & Sjoer (2021)\nbron [potting2021]: Potting (2021)\nhoofd:\n  - Data lezen [bron: kracht2021]",
        good: "bron [kracht2021]: Biemans & Sjoer (2021)\nhoofd:\n  - Data lezen [bron: kracht2021]")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        let cited = Set(context.statements.flatMap { $0.citations.map(\.key) })
        let keyword = MetadataField.source.keyword(profile.effectiveLanguage)
        return profile.sources.filter { $0.key.map { !cited.contains($0) } ?? true }.map { source in
            guard let key = source.key else {
                return Diagnostic(.info, code, "source has no key, so no statement can cite it", file: file, span: source.origin.span,
                                  label: "no key", help: "give it a short key, `\(keyword) [auteur2021]: …`, and cite it where it is used")
            }
            return Diagnostic(.info, code, "no statement cites source `\(key)`", file: file, span: source.origin.span, label: "uncited",
                              help: "cite it where the profile uses it (`[\(ProvenanceWord.citation.keyword(profile.effectiveLanguage)): \(key) …]`), or remove it")
        }
    }
}
