import ProfileModel
import ProfileSyntax

/// The sources of two profiles as one list, for a profile that draws on both: a source both cite under
/// the same key with the same reference is kept once; a key the second profile uses for another source
/// is renamed (`key-slug`, then `key-slug-2`, …) and the second profile's citations follow.
struct SourceMerge {
    private(set) var sources: [Source] = []
    /// Per profile merged (by its position), its old key → the key in `sources`.
    private(set) var renamed: [[String: String]] = []

    /// Adds the sources of `profile`, whose key clashes are renamed with `slug`.
    mutating func add(_ profile: Profile, slug: String) {
        var keys: [String: String] = [:]
        for source in profile.sources {
            guard let key = source.key else {
                if !sources.contains(where: { $0.key == nil && $0.text == source.text }) { sources.append(Source(text: source.text)) }
                continue
            }
            if let existing = sources.first(where: { $0.key == key }) {
                if existing.text == source.text { keys[key] = key; continue }
                var candidate = "\(key)-\(slug)", counter = 2
                while sources.contains(where: { $0.key == candidate }) {
                    candidate = "\(key)-\(slug)-\(counter)"
                    counter += 1
                }
                keys[key] = candidate
                sources.append(Source(key: candidate, text: source.text))
            } else {
                keys[key] = key
                sources.append(Source(key: key, text: source.text))
            }
        }
        renamed.append(keys)
    }

    /// `citations` of the profile added `index`-th, with its keys as they are in the merged list.
    func citations(_ citations: [Citation], of index: Int) -> [Citation] {
        citations.map { Citation(key: renamed[index][$0.key] ?? $0.key, locator: $0.locator) }
    }
}
