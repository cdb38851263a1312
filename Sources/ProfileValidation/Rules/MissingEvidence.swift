import ProfileModel
import ProfileSyntax

/// `V012`: the profile does not say whom the research interviewed.
public struct MissingEvidence: ProfileRule {
    public let code = DiagnosticCode(
        "V012", "missing-evidence", summary: "The profile does not say who was interviewed, nor that its source does not say.",
        bad: "bron [kracht2021]: Biemans et al. (2021)", good: "bron [kracht2021]: Biemans et al. (2021)\nonderzoek: onbekend")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        guard profile.evidence == nil, profile.fieldOrigins[.evidence] == nil else { return [] }
        return [Diagnostic(.warning, code, "profile does not state its research evidence", file: file, span: profile.headerSpan,
                           label: "in this profile",
                           help: "add `\(MetadataField.evidence.keyword(profile.effectiveLanguage)): …` with the groups of people the source says were interviewed, or `\(MetadataField.evidence.keyword(profile.effectiveLanguage)): \(MetadataValues.unknownWord(profile.effectiveLanguage))` when it does not say")]
    }
}
