extension Profile {
    /// The newest version of each occupation among `profiles`, by slug, versions ordered by
    /// `MetadataValues.versionPrecedes`; of two equal versions, the one given later.
    public static func newestBySlug(_ profiles: some Sequence<Profile>) -> [String: Profile] {
        var newest: [String: Profile] = [:]
        for profile in profiles {
            let slug = profile.effectiveSlug
            if let held = newest[slug], MetadataValues.versionPrecedes(profile.version ?? "", held.version ?? "") { continue }
            newest[slug] = profile
        }
        return newest
    }
}
