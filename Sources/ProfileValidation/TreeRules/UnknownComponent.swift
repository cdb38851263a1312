import ProfileModel
import ProfileSyntax

/// `V030`: a hybrid profile combines an occupation (or a version of it) that the checked tree does not hold.
public struct UnknownComponent: TreeRule {
    public let code = DiagnosticCode(
        "V030", "unknown-component",
        summary: "A hybrid profile names an occupation (slug, and version when given) that no profile checked with it has.",
        bad: "combineert: school mbo-docnt 40%, bedrijf accountant 60%", good: "combineert: school mbo-docent 40%, bedrijf accountant 60%")

    public func check(_ profiles: [(file: String, profile: Profile)]) -> [Diagnostic] {
        // Without a hybrid there is nothing to look up, and deriving every profile's slug is most of the cost.
        guard profiles.contains(where: { !$0.profile.components.isEmpty }) else { return [] }
        let versions = Dictionary(grouping: profiles, by: { $0.profile.effectiveSlug }).mapValues { $0.compactMap { $0.profile.version } }
        let slugs = versions.keys.sorted()
        return profiles.flatMap { file, profile in
            profile.components.compactMap { component -> Diagnostic? in
                let span = profile.fieldOrigins[.combines]?.span
                guard let known = versions[component.slug] else {
                    let suggestion = Suggestion.closest(to: component.slug, among: slugs)
                    return Diagnostic(.error, code, "no profile has the slug `\(component.slug)`", file: file, span: span,
                                      label: "`\(component.slug)` not found",
                                      help: suggestion.map { "did you mean `\($0)`?" } ?? "check the slug, or check the folder that holds it together with this one")
                }
                guard let version = component.version, !known.contains(version) else { return nil }
                return Diagnostic(.error, code, "`\(component.slug)` has no version \(version)", file: file, span: span,
                                  label: "version not found", help: "its versions are \(known.sorted().joined(separator: ", "))")
            }
        }
    }
}
