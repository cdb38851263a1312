import Foundation
import ProfileDiff
import ProfileModel
import TestSupport

/// The real profiles in Profiles/, and the pairs of consecutive versions of an occupation.
enum VersionPairs {
    struct Pair {
        let name: String
        let old: Profile
        let new: Profile
        var difference: ProfileDifference { ProfileDiffer.diff(old, new) }
    }

    static let folder = TestSupport.packageRoot.appendingPathComponent("Profiles")

    /// Every profile in Profiles/, as a version of its occupation.
    static func versions() throws -> [ProfileVersion] {
        let files = FileManager.default.enumerator(atPath: folder.path)!.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".beroep") }.sorted()
        return try files.map { file in
            let path = folder.appendingPathComponent(file).path
            guard let profile = try ProfileLoader.load(path: path).profile else { throw Unreadable(path: path) }
            return ProfileVersion(path: path, profile: profile)
        }
    }

    /// Each pair of consecutive versions in an occupation's folder (the files are named by year).
    static func all() throws -> [Pair] {
        let byFolder = Dictionary(grouping: try versions()) { URL(fileURLWithPath: $0.path).deletingLastPathComponent().lastPathComponent }
        return byFolder.keys.sorted().flatMap { name in
            let ordered = byFolder[name]!.sorted { $0.path < $1.path }
            return zip(ordered, ordered.dropFirst()).map { old, new in
                Pair(name: "\(name) \(old.profile.version ?? "?")→\(new.profile.version ?? "?")", old: old.profile, new: new.profile)
            }
        }
    }

    struct Unreadable: Error { let path: String }
}
