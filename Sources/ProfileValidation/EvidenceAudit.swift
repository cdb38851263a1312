import Foundation
import ProfileModel
import ProfileSyntax

/// What `beroepsbeeld evidence` counts for one profile (or, summed, for all): where each statement comes
/// from, which parts were not researched, how quotes are given, which sources are cited, and whether the
/// evidence is stated. A researcher runs it before publishing.
public struct EvidenceCount: Codable, Sendable, Equatable {
    /// Items and quotes.
    public var statements = 0
    /// Statements that cite at least one source.
    public var sourced = 0
    /// Statements marked as the author's sketch (and citing nothing).
    public var sketch = 0
    /// Statements that neither cite a source nor are marked as a sketch.
    public var unsourced = 0
    public var partsNotResearched = 0
    public var quotesVerbatim = 0
    public var quotesParaphrase = 0
    public var sourcesCited = 0
    /// Sources no statement cites (keyed or not).
    public var sourcesUncited = 0
    /// Profiles whose evidence names groups of people.
    public var evidenceStated = 0
    /// Profiles whose evidence says `onbekend`.
    public var evidenceUnknown = 0
    /// Profiles with no `onderzoek:` line at all.
    public var evidenceMissing = 0

    public init() {}

    /// The counts of one profile.
    public init(_ profile: Profile) {
        for statement in profile.statements {
            statements += 1
            if !statement.citations.isEmpty { sourced += 1 } else if statement.sketch { sketch += 1 } else { unsourced += 1 }
            if statement.isQuote { if statement.paraphrase { quotesParaphrase += 1 } else { quotesVerbatim += 1 } }
        }
        partsNotResearched = profile.parts.filter(\.notResearched).count
        let cited = Set(profile.statements.flatMap { $0.citations.map(\.key) })
        sourcesCited = profile.sources.filter { $0.key.map(cited.contains) ?? false }.count
        sourcesUncited = profile.sources.count - sourcesCited
        switch profile.evidence {
        case nil: evidenceMissing = 1
        case let evidence? where evidence.isUnknown: evidenceUnknown = 1
        default: evidenceStated = 1
        }
    }

    /// The share of statements that cite a source, from 0 to 1 (1 for a profile without statements).
    public var sourcedShare: Double { statements == 0 ? 1 : Double(sourced) / Double(statements) }

    /// The two counts added field by field.
    public static func + (a: EvidenceCount, b: EvidenceCount) -> EvidenceCount {
        var sum = EvidenceCount()
        sum.statements = a.statements + b.statements
        sum.sourced = a.sourced + b.sourced
        sum.sketch = a.sketch + b.sketch
        sum.unsourced = a.unsourced + b.unsourced
        sum.partsNotResearched = a.partsNotResearched + b.partsNotResearched
        sum.quotesVerbatim = a.quotesVerbatim + b.quotesVerbatim
        sum.quotesParaphrase = a.quotesParaphrase + b.quotesParaphrase
        sum.sourcesCited = a.sourcesCited + b.sourcesCited
        sum.sourcesUncited = a.sourcesUncited + b.sourcesUncited
        sum.evidenceStated = a.evidenceStated + b.evidenceStated
        sum.evidenceUnknown = a.evidenceUnknown + b.evidenceUnknown
        sum.evidenceMissing = a.evidenceMissing + b.evidenceMissing
        return sum
    }
}

/// The evidence report over several profiles: one row per profile and the total.
public struct EvidenceAudit: Sendable {
    /// One profile's row.
    public struct Row: Codable, Sendable, Equatable {
        public let path: String
        public let title: String
        public let version: String?
        public let counts: EvidenceCount
    }

    /// The JSON form's format marker (schema docs/schemas/evidence.schema.json).
    public static let format = "beroepsbeeld-evidence/1"

    public let rows: [Row]
    public var total: EvidenceCount { rows.reduce(EvidenceCount()) { $0 + $1.counts } }

    public init(_ profiles: [(path: String, profile: Profile)]) {
        rows = profiles.map { Row(path: $0.path, title: $0.profile.title, version: $0.profile.version, counts: EvidenceCount($0.profile)) }
    }

    /// The headings of the text and Markdown tables.
    private static let headings = ["statements", "sourced", "sketch", "unsourced", "not researched", "quotes verbatim", "paraphrase",
                                   "sources cited", "uncited", "evidence"]

    /// One table row's cells, under `headings`.
    private static func cells(_ count: EvidenceCount) -> [String] {
        let evidence: String
        switch (count.evidenceStated, count.evidenceUnknown, count.evidenceMissing) {
        case (1..., 0, 0): evidence = "stated"
        case (0, 1..., 0): evidence = "unknown"
        case (0, 0, 1...): evidence = "missing"
        case let (stated, unknown, missing): evidence = "\(stated) stated, \(unknown) unknown, \(missing) missing"
        }
        return [count.statements, count.sourced, count.sketch, count.unsourced, count.partsNotResearched, count.quotesVerbatim,
                count.quotesParaphrase, count.sourcesCited, count.sourcesUncited].map(String.init) + [evidence]
    }

    /// A plain-text table, one line per profile and a total line.
    public func text() -> String {
        let headings = ["profile"] + Self.headings
        let lines = rows.map { [$0.path] + Self.cells($0.counts) } + [["total"] + Self.cells(total)]
        let widths = headings.indices.map { column in (lines + [headings]).map { $0[column].count }.max()! }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == 0 ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0)
                           : String(repeating: " ", count: widths[index] - cell.count) + cell
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
        }
        let share = Int((total.sourcedShare * 100).rounded(.down))
        return line(headings) + lines.map(line).joined()
            + "\n\(total.sourced) of \(total.statements) statements cite a source (\(share)%), \(total.sketch) are sketches, \(total.unsourced) unsourced\n"
    }

    /// A Markdown table for a report.
    public func markdown() -> String {
        var out = "| profile | " + Self.headings.joined(separator: " | ") + " |\n"
        out += "|---|" + String(repeating: "---:|", count: Self.headings.count) + "\n"
        for row in rows { out += "| \(row.title)\(row.version.map { " \($0)" } ?? "") | " + Self.cells(row.counts).joined(separator: " | ") + " |\n" }
        out += "| **total** | " + Self.cells(total).map { "**\($0)**" }.joined(separator: " | ") + " |\n"
        return out
    }

    /// The JSON form: `format`, every row, and the total.
    public func json() -> Data {
        struct Document: Encodable {
            let profiles: [Row]
            let total: EvidenceCount
        }
        return StableJSON.document(Document(profiles: rows, total: total), format: Self.format)
    }
}
