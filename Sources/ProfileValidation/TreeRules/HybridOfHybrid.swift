import ProfileModel
import ProfileSyntax

/// `V031`: a hybrid profile combines another hybrid.
///
/// A hybrid describes one person's two jobs, one in school and one in a company; a hybrid within it would
/// be a third and fourth job whose time split and linking role the profile cannot show, so it is refused.
public struct HybridOfHybrid: TreeRule {
    public let code = DiagnosticCode(
        "V031", "hybrid-of-hybrid", summary: "A hybrid profile combines an occupation that is itself a hybrid.",
        bad: "combineert: school hybride-docent 50%, bedrijf accountant 50%", good: "combineert: school mbo-docent 50%, bedrijf accountant 50%")

    public func check(_ profiles: [(file: String, profile: Profile)]) -> [Diagnostic] {
        // Closures, not key paths: a key path into the tuple copies the whole profile out of it to read
        // one field, and this runs over every profile checked.
        let hybrids = Set(profiles.compactMap { $0.profile.isHybrid ? $0.profile.effectiveSlug : nil })
        guard !hybrids.isEmpty else { return [] }
        return profiles.flatMap { file, profile in
            profile.components.filter { hybrids.contains($0.slug) }.map { component in
                Diagnostic(.error, code, "`\(component.slug)` is itself a hybrid", file: file, span: profile.fieldOrigins[.combines]?.span,
                           label: "a hybrid of a hybrid", help: "combine the single occupations it is made of")
            }
        }
    }
}
