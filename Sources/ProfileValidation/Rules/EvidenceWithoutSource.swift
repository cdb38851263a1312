import ProfileModel
import ProfileSyntax

/// `V027`: the profile states who was interviewed but names no source for it.
public struct EvidenceWithoutSource: ProfileRule {
    public let code = DiagnosticCode(
        "V027", "evidence-without-source",
        summary: "The profile states evidence numbers but no source: a count of interviews with nothing to check it against.",
        bad: "onderzoek: 4 beoefenaars, 2 uit de context\n(no `bron` line)",
        good: "bron [kracht2021]: Biemans & Sjoer (2021)\nonderzoek: 4 beoefenaars, 2 uit de context")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        guard let evidence = profile.evidence, !evidence.isUnknown, profile.sources.isEmpty else { return [] }
        return [Diagnostic(.warning, code, "evidence is stated without a source", file: file, span: profile.fieldOrigins[.evidence]?.span,
                           label: "whose interviews?",
                           help: "add the source that reports these interviews (`\(MetadataField.source.keyword(profile.effectiveLanguage)) [key]: …`), or write `\(MetadataField.evidence.keyword(profile.effectiveLanguage)): \(MetadataValues.unknownWord(profile.effectiveLanguage))`")]
    }
}
