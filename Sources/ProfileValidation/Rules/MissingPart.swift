import ProfileModel
import ProfileSyntax

/// `V001`: a body part of the figure is absent.
public struct MissingPart: ProfileRule {
    public let code = DiagnosticCode(
        "V001", "missing-part", summary: "A body part of the figure (hoofd, handen, hart, mond, buik, voeten) is missing.",
        bad: "hoofd:\n  - Plantfysiologie\n(no `handen:` anywhere)", good: "hoofd:\n  - Plantfysiologie\nhanden:\n  - Gewas beoordelen")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        let language = profile.effectiveLanguage
        return PartKind.required.filter { $0 != .passion && profile.part($0) == nil }.map { kind in
            Diagnostic(.error, code, "profile has no `\(kind.keyword(language))` part", file: file, span: profile.headerSpan,
                       label: "in this profile", help: "add `\(kind.keyword(language)):` with the items of that body part")
        }
    }
}
