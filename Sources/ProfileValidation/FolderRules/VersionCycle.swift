import ProfileModel
import ProfileSyntax

/// `V022`: following `vervangt` from a version comes back to it.
public struct VersionCycle: FolderRule {
    public let code = DiagnosticCode(
        "V022", "version-cycle", summary: "The chain of replaced versions loops back on itself.",
        bad: "2020.beroep: vervangt: 2021\n2021.beroep: vervangt: 2020", good: "2021.beroep: vervangt: 2020\n2020.beroep: (replaces nothing)")

    public func check(_ profiles: ArraySlice<(file: String, profile: Profile)>) -> [Diagnostic] {
        var previous: [String: String] = [:]
        for (_, profile) in profiles {
            if let version = profile.version, let old = profile.supersedes { previous[version] = old }
        }
        return profiles.compactMap { file, profile in
            guard let start = profile.version else { return nil }
            var chain = [start]
            var current = start
            while let next = previous[current] {
                if next == start {
                    return Diagnostic(.error, code, "versions of `\(profile.effectiveSlug)` replace each other in a loop", file: file,
                                      span: profile.fieldOrigins[.supersedes]?.span, label: (chain + [start]).joined(separator: " → "),
                                      help: "the oldest version must replace nothing; remove its `vervangt:` line")
                }
                if chain.contains(next) { return nil }
                chain.append(next)
                current = next
            }
            return nil
        }
    }
}
