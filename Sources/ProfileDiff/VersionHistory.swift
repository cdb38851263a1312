import ProfileModel
import ProfileSyntax

/// One profile version with the file it came from.
public struct ProfileVersion: Sendable {
    public let path: String
    public let profile: Profile

    public init(path: String, profile: Profile) {
        self.path = path
        self.profile = profile
    }
}

/// The versions of one occupation in version order and the difference of each step.
public struct ProfileHistory: Codable, Sendable, Equatable {
    public var title: String
    public var slug: String
    /// Every version, oldest first.
    public var versions: [DiffSide]
    /// `steps[i]` is the difference from `versions[i]` to `versions[i + 1]`.
    public var steps: [ProfileDifference]
    /// Where the `vervangt` chain disagrees with the version order.
    public var notes: [String]

    /// The changes of a step that a summary shows first, at most `limit`: changes to core items,
    /// then moves, additions, removals, trend changes and rewordings, the least similar first.
    public static func mainChanges(_ step: ProfileDifference, limit: Int = 6) -> [ItemChange] {
        func rank(_ change: ItemChange) -> Int {
            if change.old?.core == true || change.new?.core == true { return 0 }
            let order: [ItemChangeKind] = [.moved, .added, .removed, .trend, .reworded, .core]
            return 1 + (order.firstIndex { change.kinds.contains($0) } ?? order.count)
        }
        // A stable sort keeps the diff's own order among equals.
        let ranked = step.items.enumerated().sorted { a, b in
            let (ra, rb) = (rank(a.element), rank(b.element))
            if ra != rb { return ra < rb }
            let (sa, sb) = (a.element.similarity ?? 0, b.element.similarity ?? 0)
            return sa != sb ? sa < sb : a.offset < b.offset
        }
        return ranked.prefix(limit).map(\.element)
    }
}

/// Orders versions and diffs each step.
public enum VersionHistory {
    /// One history per occupation (by slug, in slug order), versions in version order; versions
    /// without a `versie` come last, by path.
    public static func histories(_ versions: [ProfileVersion], options: DiffOptions = DiffOptions()) -> [ProfileHistory] {
        let bySlug = Dictionary(grouping: versions) { $0.profile.effectiveSlug }
        return bySlug.keys.sorted().map { slug in
            let ordered = bySlug[slug]!.sorted { a, b in
                switch (a.profile.version, b.profile.version) {
                case let (x?, y?) where x != y: return MetadataValues.versionPrecedes(x, y)
                case (.some, nil): return true
                case (nil, .some): return false
                default: return a.path < b.path
                }
            }
            var notes: [String] = []
            var steps: [ProfileDifference] = []
            for (older, newer) in zip(ordered, ordered.dropFirst()) {
                steps.append(ProfileDiffer.diff(older.profile, newer.profile, oldPath: older.path, newPath: newer.path, options: options))
                if let supersedes = newer.profile.supersedes, supersedes != older.profile.version {
                    notes.append("\(newer.path) supersedes \(supersedes), but the version before it is \(older.profile.version ?? "unversioned")")
                }
            }
            let latest = ordered.last!.profile
            return ProfileHistory(title: latest.title, slug: slug,
                                  versions: ordered.map { ProfileDiffer.side($0.profile, path: $0.path) },
                                  steps: steps, notes: notes)
        }
    }
}
