import ProfileModel
import ProfileSyntax

/// Compares the header fields of two profiles.
enum MetadataComparison {
    /// The fields that differ, in header order; sources are compared as a set, one change per source.
    static func changes(_ old: Profile, _ new: Profile) -> [MetadataChange] {
        var changes: [MetadataChange] = []
        func compare(_ field: MetadataField, _ a: String?, _ b: String?) {
            if a != b { changes.append(MetadataChange(field: field, old: a, new: b)) }
        }
        compare(.title, old.title, new.title)
        compare(.slug, old.slug, new.slug)
        compare(.sector, old.sector, new.sector)
        compare(.region, old.region, new.region)
        compare(.version, old.version, new.version)
        compare(.supersedes, old.supersedes, new.supersedes)
        compare(.language, old.language?.rawValue, new.language?.rawValue)
        // A source as written, with its key: `[kracht2021] Biemans & Sjoer (2021) …`.
        func written(_ source: Source) -> String { (source.key.map { "[\($0)] " } ?? "") + source.text }
        let oldSources = Set(old.sources.map(written)), newSources = Set(new.sources.map(written))
        let sourceChanges = oldSources.subtracting(newSources).map { MetadataChange(field: .source, old: $0, new: nil) }
            + newSources.subtracting(oldSources).map { MetadataChange(field: .source, old: nil, new: $0) }
        changes += sourceChanges.sorted { ($0.old ?? $0.new!) < ($1.old ?? $1.new!) }
        compare(.evidence, old.evidence.map(evidenceText), new.evidence.map(evidenceText))
        compare(.isco, old.isco, new.isco)
        compare(.esco, old.esco, new.esco)
        compare(.license, old.license, new.license)
        return changes
    }

    /// Evidence in one wording for both sides, so that a language change alone is not an evidence change.
    private static func evidenceText(_ evidence: Evidence) -> String {
        MetadataValues.evidenceText(evidence, .en)
    }
}
