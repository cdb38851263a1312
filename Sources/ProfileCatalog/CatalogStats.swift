import GRDB
import ProfileDiff
import ProfileModel
import ProfileSyntax

/// Patterns across the occupations, each read from the latest version of each occupation unless said otherwise.
public struct CatalogStats: Codable, Sendable, Equatable {
    /// A word that recurs in one part, with the number of occupations using it there.
    public struct Theme: Codable, Sendable, Equatable {
        public var word: String
        public var occupations: Int
    }
    /// The most frequent themes of one part.
    public struct PartThemes: Codable, Sendable, Equatable {
        public var part: String
        public var themes: [Theme]
    }
    /// An occupation's largest step between consecutive versions, measured by the diff engine.
    public struct Shift: Codable, Sendable, Equatable {
        public var slug: String
        /// The versions of the step.
        public var from, to: String
        /// The diff engine's shift, from 0 (unchanged) to 1 (entirely different); docs/diff.md.
        public var shift: Double
        /// Items added, removed, reworded or moved in the step.
        public var changes: Int
    }
    /// Trend markers counted over the items of one sector's occupations.
    public struct SectorTrends: Codable, Sendable, Equatable {
        /// Nil for occupations without a sector.
        public var sector: String?
        public var new, growing, shrinking, disappearing: Int
    }
    /// How often a part is empty (absent or without items and quotes) or thin (one or two items).
    public struct PartFill: Codable, Sendable, Equatable {
        public var part: String
        public var empty: Int
        public var thin: Int
    }

    /// How much of an occupation's latest version says where it comes from.
    public struct Sourcing: Codable, Sendable, Equatable {
        public var slug: String
        public var version: String
        /// Items and quotes.
        public var statements: Int
        /// Statements that cite a source and are not marked as a sketch.
        public var sourced: Int
        /// Items marked `[schets]`, counted apart whether or not they cite a source.
        public var sketches: Int
        /// Statements with neither a citation nor `[schets]`.
        public var unsourced: Int
        /// `sourced / statements`, from 0 to 1; absent for a version without statements.
        public var share: Double?
    }

    public var occupations: Int
    public var versions: Int
    public var themes: [PartThemes]
    /// Occupations with at least two versions, largest step first.
    public var shifts: [Shift]
    public var trendsBySector: [SectorTrends]
    /// Parts most often empty or thin first.
    public var partFill: [PartFill]
    /// Every occupation, least sourced first (no statements counts as none sourced), ties by slug.
    public var sourcing: [Sourcing]

    /// How many themes per part and shifting occupations are listed.
    public static let topCount = 5
    /// A part with fewer items than this (and at least one) is thin; the passion, one statement by design, never is.
    public static let thinBelow = 3
}

extension Catalog {
    /// Computes the patterns over the whole catalogue.
    public func stats() throws -> CatalogStats {
        try pool.read { db in
            let versions = try Row.fetchAll(db, sql: """
                SELECT version.id, version.version, version.sector, occupation.slug
                FROM version JOIN occupation ON occupation.id = version.occupation_id
                """).map { (id: $0["id"] as Int64, version: $0["version"] as String, sector: $0["sector"] as String?, slug: $0["slug"] as String) }
            let histories = VersionHistory.histories(try VersionRecord
                .filter(sql: "occupation_id IN (SELECT occupation_id FROM version GROUP BY occupation_id HAVING count(*) > 1)")
                .fetchAll(db).map { ProfileVersion(path: $0.fileName, profile: try $0.profile()) })
            let items = Dictionary(grouping: try ItemRecord.order(ItemRecord.Columns.versionID, ItemRecord.Columns.part, ItemRecord.Columns.position).fetchAll(db),
                                   by: \.versionID)
            let quoteCounts = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
                SELECT version_id || ' ' || part AS key, count(*) AS n FROM quote GROUP BY version_id, part
                """).map { ($0["key"] as String, $0["n"] as Int) })

            // Items and quotes as the `statement` view (v3) flags them.
            let statements = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
                SELECT version_id, count(*) AS statements, sum(cited AND NOT sketch) AS sourced, sum(sketch) AS sketches
                FROM statement GROUP BY version_id
                """).map { row -> (Int64, StatsMeasures.StatementCounts) in
                    (row["version_id"], (statements: row["statements"], sourced: row["sourced"], sketches: row["sketches"]))
                })

            let bySlug = Dictionary(grouping: versions, by: \.slug)
            let chains = bySlug.mapValues { $0.sorted { MetadataValues.versionPrecedes($0.version, $1.version) } }
            let latest = chains.keys.sorted().map { chains[$0]!.last! }

            return CatalogStats(
                occupations: chains.count, versions: versions.count,
                themes: StatsMeasures.themes(latest.map { items[$0.id] ?? [] }),
                shifts: StatsMeasures.shifts(histories),
                trendsBySector: StatsMeasures.trends(latest.map { (sector: $0.sector, items: items[$0.id] ?? []) }),
                partFill: StatsMeasures.fill(latest.map { version in
                    (items: items[version.id] ?? [], quotes: { quoteCounts["\(version.id) \($0.rawValue)"] ?? 0 })
                }),
                sourcing: StatsMeasures.sourcing(latest.map { (slug: $0.slug, version: $0.version, counts: statements[$0.id] ?? (0, 0, 0)) }))
        }
    }
}

/// The measures behind `CatalogStats`, on rows already read.
enum StatsMeasures {
    /// Frequent function words that say nothing about a theme.
    static let stopwords: Set<String> = [
        "voor", "naar", "door", "over", "zijn", "werk", "werken", "nieuwe", "maken", "komen", "worden", "wordt", "hebben", "heeft", "kunnen", "moet", "moeten", "deze",
        "andere", "onder", "tussen", "zoals", "eigen", "goed", "goede", "veel", "meer", "binnen", "vanuit", "waar", "wanneer",
        "with", "from", "that", "this", "their", "into", "they", "have", "what", "when", "which", "about", "other", "more", "your",
    ]

    static func themes(_ latestItems: [[ItemRecord]]) -> [CatalogStats.PartThemes] {
        var counts: [PartKind: [String: Int]] = [:]
        for items in latestItems {
            var seen: Set<String> = []
            for item in items {
                for word in TextNormalization.words(item.text) where word.count >= 4 && !stopwords.contains(word) {
                    if seen.insert(item.part + " " + word).inserted { counts[PartKind(rawValue: item.part)!, default: [:]][word, default: 0] += 1 }
                }
            }
        }
        return PartKind.allCases.compactMap { part in
            guard let words = counts[part] else { return nil }
            let top = words.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(CatalogStats.topCount)
            return CatalogStats.PartThemes(part: part.rawValue, themes: top.map { CatalogStats.Theme(word: $0.key, occupations: $0.value) })
        }
    }

    static func shifts(_ histories: [ProfileHistory]) -> [CatalogStats.Shift] {
        let largest = histories.compactMap { history in
            history.steps.max { $0.shift < $1.shift }.map { step in
                CatalogStats.Shift(slug: history.slug, from: step.old.version ?? "", to: step.new.version ?? "", shift: step.shift,
                                   changes: step.items.count)
            }
        }
        return Array(largest.sorted { ($1.shift, $0.slug) < ($0.shift, $1.slug) }.prefix(CatalogStats.topCount))
    }

    static func trends(_ latest: [(sector: String?, items: [ItemRecord])]) -> [CatalogStats.SectorTrends] {
        var bySector: [String?: CatalogStats.SectorTrends] = [:]
        for (sector, items) in latest {
            var row = bySector[sector] ?? CatalogStats.SectorTrends(sector: sector, new: 0, growing: 0, shrinking: 0, disappearing: 0)
            for item in items {
                switch item.trend.flatMap(Trend.init(rawValue:)) {
                case .new: row.new += 1
                case .growing: row.growing += 1
                case .shrinking: row.shrinking += 1
                case .disappearing: row.disappearing += 1
                case nil: break
                }
            }
            bySector[sector] = row
        }
        return bySector.values.sorted { ($0.sector ?? "") < ($1.sector ?? "") }
    }

    static func fill(_ latest: [(items: [ItemRecord], quotes: (PartKind) -> Int)]) -> [CatalogStats.PartFill] {
        let rows = PartKind.allCases.map { part in
            var fill = CatalogStats.PartFill(part: part.rawValue, empty: 0, thin: 0)
            for version in latest {
                let count = version.items.count { $0.part == part.rawValue }
                if count == 0 && version.quotes(part) == 0 {
                    fill.empty += 1
                } else if count < CatalogStats.thinBelow && part != .passion {
                    fill.thin += 1
                }
            }
            return fill
        }
        return rows.sorted { ($1.empty + $1.thin, $0.part) < ($0.empty + $0.thin, $1.part) }
    }

    /// A version's statements: all, those citing a source (sketches excluded), and sketches.
    typealias StatementCounts = (statements: Int, sourced: Int, sketches: Int)

    static func sourcing(_ latest: [(slug: String, version: String, counts: StatementCounts)]) -> [CatalogStats.Sourcing] {
        latest.map { version in
            let (statements, sourced, sketches) = version.counts
            return CatalogStats.Sourcing(slug: version.slug, version: version.version, statements: statements, sourced: sourced, sketches: sketches,
                                         unsourced: statements - sourced - sketches,
                                         share: statements == 0 ? nil : Double(sourced) / Double(statements))
        }.sorted { ($0.share ?? 0, $0.slug) < ($1.share ?? 0, $1.slug) }
    }
}
