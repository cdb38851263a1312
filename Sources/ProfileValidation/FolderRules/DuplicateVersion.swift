import ProfileModel
import ProfileSyntax

/// `V023`: two files claim the same version of one occupation.
public struct DuplicateVersion: FolderRule {
    public let code = DiagnosticCode(
        "V023", "duplicate-version", summary: "Two files claim the same version of one occupation.",
        bad: "wooncoach/2021.beroep: versie: 2021\nwooncoach/2021-bis.beroep: versie: 2021",
        good: "wooncoach/2021.beroep: versie: 2021\nwooncoach/2023.beroep: versie: 2023")

    public func check(_ profiles: ArraySlice<(file: String, profile: Profile)>) -> [Diagnostic] {
        var first: [String: String] = [:]
        return profiles.compactMap { file, profile in
            guard let version = profile.version else { return nil }
            guard let earlier = first[version] else { first[version] = file; return nil }
            return Diagnostic(.error, code, "version \(version) of `\(profile.effectiveSlug)` is claimed by two files", file: file,
                              span: profile.fieldOrigins[.version]?.span, label: "also in \(earlier)",
                              help: "give each version its own year or date, or remove one of the files")
        }
    }
}
