import Foundation
import ParallelMap
import ProfileDiff
import ProfileModel
import ProfileSyntax
import ProfileValidation

/// One profile file as the site sees it: its valid profile, or the diagnostics that keep it out.
public struct SiteEntry: Sendable {
    public let path: String
    /// The profile, when it loaded without errors.
    public let profile: Profile?
    /// Errors and warnings found by the parser and the validator.
    public let diagnostics: [Diagnostic]
    /// The diagnostics as the terminal shows them (rustc-style, without colour).
    public let report: String
    /// The slug the profile's page has, as far as the file tells: its own, or its folder's name.
    public let slug: String

    /// Reads and validates `path`; a file that cannot be read becomes an entry with a report only.
    public static func load(_ path: String) -> SiteEntry {
        let folderSlug = Slug.make(URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent)
        let loaded: LoadedProfile
        do { loaded = try ProfileLoader.load(path: path) } catch {
            return SiteEntry(path: path, profile: nil, diagnostics: [], report: "error: cannot read \(path): \(error.localizedDescription)\n",
                             slug: folderSlug)
        }
        let diagnostics = Validator.validate(loaded).filter { $0.severity != .info }
        let report = diagnostics.map { DiagnosticRenderer(colored: false).render($0, source: loaded.source) }.joined()
        let failed = diagnostics.hasErrors || loaded.profile == nil
        return SiteEntry(path: path, profile: failed ? nil : loaded.profile, diagnostics: diagnostics,
                         report: failed && report.isEmpty ? "error: \(path) holds no profile\n" : report,
                         slug: loaded.profile.map { Slug.make($0.effectiveSlug) } ?? folderSlug)
    }

    /// Reads and validates `paths` on `threads` threads; entries in the order of `paths`.
    public static func load(_ paths: [String], threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> [SiteEntry] {
        Parallel.map(paths, threads: threads) { load($0) }
    }

    /// Whether the entry keeps its profile out of the site.
    public var failed: Bool { profile == nil }
}

/// An occupation: every valid version of one slug, oldest first, with the diff of each step.
struct Occupation: Sendable {
    let slug: String
    /// Versions in version order.
    let versions: [ProfileVersion]
    let history: ProfileHistory
    var latest: Profile { versions.last!.profile }

    /// The occupations in `entries`, by slug; failed entries are left out.
    static func group(_ entries: [SiteEntry]) -> [Occupation] {
        let versions = entries.compactMap { entry in entry.profile.map { ProfileVersion(path: entry.path, profile: $0) } }
        let byPath = Dictionary(versions.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        return VersionHistory.histories(versions).map { history in
            Occupation(slug: Slug.make(history.slug), versions: history.versions.map { byPath[$0.path!]! }, history: history)
        }
    }

    /// `slug-2020`: a version's file name stem, from `[a-z0-9-]` only.
    static func baseName(_ profile: Profile) -> String {
        Slug.make(profile.effectiveSlug) + (profile.version.map { "-" + Slug.make($0) } ?? "")
    }

    /// Whether the occupation has a measured shift: more than one version.
    var inTransition: Bool { versions.count > 1 }
}
