import ProfileModel
import ProfileSyntax

/// `V019`: the content language is not stated and Dutch is assumed.
public struct MissingLanguage: ProfileRule {
    public let code = DiagnosticCode(
        "V019", "missing-language", summary: "The profile does not state its content language; Dutch is assumed.",
        bad: "beroepsbeeld: Wooncoach", good: "beroepsbeeld: Wooncoach\ntaal: nl")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        guard profile.language == nil, profile.fieldOrigins[.language] == nil else { return [] }
        return [Diagnostic(.info, code, "content language not stated, assuming Dutch", file: file, span: profile.headerSpan,
                           label: "in this profile", help: "add `taal: nl` (or `language: en`)")]
    }
}
