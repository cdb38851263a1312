import ProfileModel
import ProfileSyntax

/// `V021`: a profile supersedes a version that is not older than itself.
public struct VersionNotIncreasing: FolderRule {
    public let code = DiagnosticCode(
        "V021", "version-not-increasing", summary: "A profile replaces a version that is the same or newer: versions must increase.",
        bad: "versie: 2012\nvervangt: 2021", good: "versie: 2021\nvervangt: 2012")

    public func check(_ profiles: ArraySlice<(file: String, profile: Profile)>) -> [Diagnostic] {
        profiles.compactMap { file, profile in
            guard let version = profile.version, let old = profile.supersedes, !MetadataValues.versionPrecedes(old, version) else { return nil }
            return Diagnostic(.error, code, "version \(version) replaces \(old), which is not older", file: file,
                              span: profile.fieldOrigins[.supersedes]?.span, label: "not older than \(version)",
                              help: "a profile replaces an earlier version; check both years")
        }
    }
}
