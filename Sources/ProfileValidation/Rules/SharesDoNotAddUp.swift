import ProfileModel
import ProfileSyntax

/// `V028`: a hybrid profile's shares of working time do not add up.
public struct SharesDoNotAddUp: ProfileRule {
    /// Days in a working week, the most a hybrid's days can add up to.
    public static let workingDays = 5.0

    public let code = DiagnosticCode(
        "V028", "shares-do-not-add-up",
        summary: "A hybrid's shares of working time do not add up: percentages to 100, or days to at most a working week of 5; units may not be mixed.",
        bad: "combineert: school mbo-docent 40%, bedrijf accountant 40%", good: "combineert: school mbo-docent 40%, bedrijf accountant 60%")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        guard profile.isHybrid else { return [] }
        let units = Set(profile.components.map(\.share.unit))
        let total = profile.components.reduce(0) { $0 + $1.share.amount }
        let span = profile.fieldOrigins[.combines]?.span
        let language = profile.effectiveLanguage
        if units.count > 1 {
            return [Diagnostic(.error, code, "shares mix percentages and days", file: file, span: span, label: "two units",
                               help: "give every share in percent, or every share in days a week")]
        }
        switch units.first! {
        case .percent where abs(total - 100) > 0.001:
            return [Diagnostic(.error, code, "shares add up to \(Share(total, .percent).text(language)), not 100%", file: file, span: span,
                               label: "adds up to \(Share(total, .percent).text(language))", help: "give shares that add up to 100%")]
        case .days where total > Self.workingDays:
            return [Diagnostic(.error, code, "shares add up to \(Share(total, .days).text(language)), more than a working week", file: file,
                               span: span, label: "more than 5 days", help: "give the days a week each job takes, together at most 5")]
        default:
            return []
        }
    }
}
