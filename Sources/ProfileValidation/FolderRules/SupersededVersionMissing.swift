import ProfileModel
import ProfileSyntax

/// `V020`: a profile supersedes a version that is not among the files checked.
public struct SupersededVersionMissing: FolderRule {
    public let code = DiagnosticCode(
        "V020", "superseded-version-missing", summary: "A profile says it replaces a version that no file of the same occupation has.",
        bad: "wooncoach/2021.beroep: vervangt: 2012\n(no wooncoach file with versie: 2012)",
        good: "wooncoach/2012.beroep: versie: 2012\nwooncoach/2021.beroep: vervangt: 2012")

    public func check(_ profiles: ArraySlice<(file: String, profile: Profile)>) -> [Diagnostic] {
        let versions = Set(profiles.compactMap { $0.profile.version })
        return profiles.compactMap { file, profile in
            guard let old = profile.supersedes, !versions.contains(old) else { return nil }
            let known = versions.sorted().joined(separator: ", ")
            return Diagnostic(.error, code, "superseded version \(old) of `\(profile.effectiveSlug)` not found", file: file,
                              span: profile.fieldOrigins[.supersedes]?.span, label: "no file has this version",
                              help: known.isEmpty ? "add the file of version \(old), or remove the line" : "the versions found are \(known)")
        }
    }
}
