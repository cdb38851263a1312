import ProfileModel
import ProfileSyntax

/// `V012`: the profile does not say whom the research interviewed.
public struct MissingEvidence: ProfileRule {
    public let code = DiagnosticCode(
        "V012", "missing-evidence", summary: "The profile does not say how many practitioners and context people were interviewed.",
        bad: "bron: Biemans et al. (2021)", good: "bron: Biemans et al. (2021)\nonderzoek: 4 beoefenaars, 2 uit de context")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        guard profile.evidence == nil, profile.fieldOrigins[.evidence] == nil else { return [] }
        return [Diagnostic(.warning, code, "profile does not state its research evidence", file: file, span: profile.headerSpan,
                           label: "in this profile",
                           help: "add `\(MetadataField.evidence.keyword(profile.effectiveLanguage)): \(MetadataValues.evidenceText(Evidence(practitioners: 2, context: 2), profile.effectiveLanguage))` with the real numbers")]
    }
}
