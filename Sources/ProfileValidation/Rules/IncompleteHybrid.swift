import ProfileModel
import ProfileSyntax

/// `V029`: a hybrid profile that lacks one of its two worlds, or a direction without a hybrid.
public struct IncompleteHybrid: ProfileRule {
    public let code = DiagnosticCode(
        "V029", "incomplete-hybrid",
        summary: "A hybrid profile combines occupations on one side only (it needs a school side and a company side), or a profile gives a `richting` without combining occupations.",
        bad: "combineert: school mbo-docent 40%, school havo-docent 60%", good: "combineert: school mbo-docent 40%, bedrijf accountant 60%")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        let language = profile.effectiveLanguage
        if !profile.isHybrid, profile.direction != nil {
            return [Diagnostic(.error, code, "a direction without the occupations it goes between", file: file,
                               span: profile.fieldOrigins[.direction]?.span, label: "no `\(MetadataField.combines.keyword(language))`",
                               help: "add `\(MetadataField.combines.keyword(language)): school … 40%, \(Side.company.keyword(language)) … 60%`, or remove the line")]
        }
        let sides = Set(profile.components.map(\.side))
        guard profile.isHybrid, let missing = Side.allCases.first(where: { !sides.contains($0) }) else { return [] }
        return [Diagnostic(.error, code, "hybrid has no \(missing.keyword(language)) side", file: file,
                           span: profile.fieldOrigins[.combines]?.span, label: "one side only",
                           help: "a hybrid professional works in school and in a company: name one occupation of each side")]
    }
}
