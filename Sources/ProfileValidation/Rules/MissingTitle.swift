import ProfileModel
import ProfileSyntax

/// `V007`: the occupation has no title.
public struct MissingTitle: ProfileRule {
    public let code = DiagnosticCode(
        "V007", "missing-title", summary: "The profile does not name its occupation.",
        bad: "sector: Glastuinbouw\nversie: 2020", good: "beroepsbeeld: Teeltspecialist\nsector: Glastuinbouw\nversie: 2020")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        guard profile.title.allSatisfy(\.isWhitespace) else { return [] }
        return [Diagnostic(.error, code, "profile has no occupation title", file: file, span: nil,
                           help: "start the file with `beroepsbeeld: <occupation>` (or `profile: …`)")]
    }
}
