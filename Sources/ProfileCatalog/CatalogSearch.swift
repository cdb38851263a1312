import GRDB
import ProfileModel
import ProfileSyntax

/// What to search for, and where.
public struct SearchQuery: Sendable {
    /// Words to find, each as a word prefix, insensitive to case and diacritics.
    public var text: String
    /// Only hits in this part.
    public var part: PartKind?
    /// Only items with this trend marker.
    public var trend: Trend?
    /// Only versions in this sector (case-insensitive).
    public var sector: String?
    /// At most this many hits.
    public var limit: Int
    /// Only items and quotes that cite a source and are not marked as a sketch.
    public var sourcedOnly: Bool

    public init(text: String, part: PartKind? = nil, trend: Trend? = nil, sector: String? = nil, limit: Int = 20, sourcedOnly: Bool = false) {
        self.text = text
        self.part = part
        self.trend = trend
        self.sector = sector
        self.limit = limit
        self.sourcedOnly = sourcedOnly
    }
}

/// One matching line: an item, a quote or a metadata value of one version.
public struct SearchHit: Encodable, Sendable, Equatable {
    /// The hit's place in the results: 1 for the best match, then 2, 3, …
    public var position: Int
    /// How well the hit matches next to the best hit of the same search, from 1 to 100: 100 for the best,
    /// 50 for a hit whose bm25 score is half the best's. Only comparable within one search.
    public var relevance: Int
    public var slug: String
    public var title: String
    public var version: String
    /// `item`, `quote`, or the metadata field that matched (`title`, `sector`, `region`, `source`).
    public var kind: String
    /// The part of an item or quote, as `PartKind` spells it.
    public var part: String?
    /// The sub-group of an item or quote, as written.
    public var groupName: String?
    public var text: String
    public var attribution: String?
    public var trend: String?
    /// The content language of the version that holds the line (`nl`, `en`), for showing part and trend names in it.
    public var language: String
    /// For a hybrid found through one of its components: the component whose line matched; the hit's slug,
    /// title and version are the hybrid's, its line and relevance the component's. Nil for a direct hit.
    public var via: Via?

    /// The component version a hybrid was found through.
    public struct Via: Encodable, Sendable, Equatable {
        public var slug: String
        public var version: String
    }

    enum CodingKeys: String, CodingKey {
        case position, relevance, slug, title, version, kind, part, groupName = "group", text, attribution, trend, language, via
    }

    /// The hit in `row`, numbered later; `bm25` and `best` are SQLite's bm25 scores of it and of the first
    /// hit (negative: lower is better).
    init(_ row: Row, bm25: Double, best: Double) {
        position = 0
        relevance = best < 0 ? max(1, min(100, Int((100 * bm25 / best).rounded()))) : 100
        slug = row["slug"]
        title = row["title"]
        version = row["version"]
        kind = row["kind"]
        part = row["part"]
        groupName = row["group_name"]
        text = row["text"]
        attribution = row["attribution"]
        trend = row["trend"]
        language = row["language"]
    }
}

extension Catalog {
    /// The best matches for `query`, best first (bm25), ties in the order they were stored.
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        guard let pattern = SearchIndex.pattern(query.text) else { return [] }
        // Rank and cut inside the index first, then join only the hits that are kept.
        var filters = ""
        var arguments: StatementArguments = [pattern]
        if let part = query.part { filters += " AND part = ?"; arguments += [part.rawValue] }
        if let trend = query.trend { filters += " AND trend = ?"; arguments += [trend.rawValue] }
        if let sector = query.sector {
            filters += " AND version_id IN (SELECT id FROM version WHERE sector = ? COLLATE NOCASE)"
            arguments += [sector]
        }
        if query.sourcedOnly {
            // The index keeps no row id of the statement it copied (v2 made it so), so a hit is matched to its
            // statement by version, place, exact text and attribution. Two items alike in all of these are never
            // stored (V008 is an error); two such quotes count as sourced when one of them is. Written against
            // the tables rather than the `statement` view, whose UNION ALL SQLite would scan whole per search
            // (50 ms instead of 1 ms on 1,000 versions).
            filters += """
                 AND (kind = 'item' AND EXISTS (
                        SELECT 1 FROM item WHERE item.version_id = search.version_id AND item.part = search.part
                          AND item.group_name IS search.group_name AND item.text = search.text
                          AND EXISTS (SELECT 1 FROM citation WHERE citation.item_id = item.id)
                          AND NOT EXISTS (SELECT 1 FROM sketch WHERE sketch.item_id = item.id))
                      OR kind = 'quote' AND EXISTS (
                        SELECT 1 FROM quote WHERE quote.version_id = search.version_id AND quote.part = search.part
                          AND quote.group_name IS search.group_name AND quote.text = search.text AND quote.attribution IS search.attribution
                          AND EXISTS (SELECT 1 FROM citation WHERE citation.quote_id = quote.id)))
                """
        }
        arguments += [query.limit]
        let sql = """
            SELECT occupation.slug, occupation.title, version.version, hit.kind, hit.part, hit.group_name,
                   hit.text, hit.attribution, hit.trend, hit.rank, version.language
            FROM (SELECT rowid, version_id, kind, part, group_name, text, attribution, trend, rank
                  FROM search WHERE search MATCH ?\(filters) ORDER BY rank, rowid LIMIT ?) AS hit
            JOIN version ON version.id = hit.version_id
            JOIN occupation ON occupation.id = version.occupation_id
            ORDER BY hit.rank, hit.rowid
            """
        return try pool.read { db in
            let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
            let best: Double = rows.first?["rank"] ?? 0
            var hits: [SearchHit] = []
            for row in rows {
                let hit = SearchHit(row, bm25: row["rank"], best: best)
                hits.append(hit)
                if hit.kind == "item" || hit.kind == "quote" { hits += try Self.hybrids(combining: hit, sector: query.sector, db) }
            }
            return hits.prefix(query.limit).enumerated().map { index, hit in
                var numbered = hit
                numbered.position = index + 1
                return numbered
            }
        }
    }

    /// The stored hybrid versions that combine the version `hit` is in (pinned to it, or unpinned while it is
    /// its occupation's latest), in `sector` when one is asked, by slug and version: `hit` again, as their hit
    /// via that component.
    private static func hybrids(combining hit: SearchHit, sector: String?, _ db: Database) throws -> [SearchHit] {
        let combining = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT occupation.slug, occupation.title, version.version, component.version AS pinned
            FROM component JOIN version ON version.id = component.version_id JOIN occupation ON occupation.id = version.occupation_id
            WHERE component.slug = ? AND (?2 IS NULL OR version.sector = ?2 COLLATE NOCASE)
            """), arguments: [hit.slug, sector])
        guard !combining.isEmpty else { return [] }
        let latest = try String.fetchAll(db.cachedStatement(sql: """
            SELECT version.version FROM version JOIN occupation ON occupation.id = version.occupation_id WHERE occupation.slug = ?
            """), arguments: [hit.slug]).max(by: MetadataValues.versionPrecedes)
        return combining
            .filter { row in ((row["pinned"] as String?) ?? latest) == hit.version }
            .map { row in
                var via = hit
                (via.slug, via.title, via.version) = (row["slug"], row["title"], row["version"])
                via.via = SearchHit.Via(slug: hit.slug, version: hit.version)
                return via
            }
            .sorted { $0.slug != $1.slug ? $0.slug < $1.slug : MetadataValues.versionPrecedes($0.version, $1.version) }
    }
}
