import ProfileModel
import ProfileSyntax

/// `V015`: the profile has no version.
public struct MissingVersion: ProfileRule {
    public let code = DiagnosticCode(
        "V015", "missing-version", summary: "The profile has no version; versions let the diff and the catalogue follow an occupation over time.",
        bad: "beroepsbeeld: Wooncoach", good: "beroepsbeeld: Wooncoach\nversie: 2021")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        guard profile.version == nil, profile.fieldOrigins[.version] == nil else { return [] }
        return [Diagnostic(.warning, code, "profile has no version", file: file, span: profile.headerSpan, label: "in this profile",
                           help: "add `\(MetadataField.version.keyword(profile.effectiveLanguage)): <year of the research>`")]
    }
}
