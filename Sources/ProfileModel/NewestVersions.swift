extension Profile {
    /// The newest version of each occupation among `profiles`, by slug, versions ordered by
    /// `MetadataValues.versionPrecedes`; of two equal versions, the one given later.
    public static func newestBySlug(_ profiles: some Sequence<Profile>) -> [String: Profile] {
        newestBySlug(profiles, slug: \.effectiveSlug, version: \.version)
    }

    /// The same choice over anything that knows a profile's slug and version: a caller that reads many
    /// files keeps only what it needs of each (a title), not every profile.
    public static func newestBySlug<Item>(_ items: some Sequence<Item>, slug: (Item) -> String, version: (Item) -> String?) -> [String: Item] {
        var newest: [String: Item] = [:]
        for item in items {
            let key = slug(item)
            if let held = newest[key], MetadataValues.versionPrecedes(version(item) ?? "", version(held) ?? "") { continue }
            newest[key] = item
        }
        return newest
    }
}
