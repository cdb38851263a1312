import Foundation
import ProfileModel

extension CatalogStats {
    /// The report as plain text, one section per measure.
    public var text: String { tables.map { $0.text }.joined(separator: "\n") }

    /// The report as Markdown, one section and table per measure.
    public var markdown: String { tables.map { $0.markdown }.joined(separator: "\n") }

    /// The report as JSON: `format` (`beroepsbeeld-catalog-stats/1`) beside the measures.
    public var json: String {
        String(decoding: StableJSON.document(self, format: "beroepsbeeld-catalog-stats/1"), as: UTF8.self)
    }

    private var tables: [StatsTable] {
        [
            StatsTable(title: "Catalogue", header: ["occupations", "versions"], rows: [["\(occupations)", "\(versions)"]]),
            StatsTable(title: "Most frequent themes per part (occupations using the word)", header: ["part", "themes"],
                       rows: themes.map { [$0.part, $0.themes.map { "\($0.word) (\($0.occupations))" }.joined(separator: ", ")] }),
            StatsTable(title: "Occupations that shift most between versions (largest step; shift as in docs/diff.md)",
                       header: ["occupation", "step", "shift", "changed items"],
                       rows: shifts.map { [$0.slug, "\($0.from) → \($0.to)", String(format: "%.2f", $0.shift), "\($0.changes)"] }),
            StatsTable(title: "Trend markers per sector", header: ["sector", "new", "growing", "shrinking", "disappearing"],
                       rows: trendsBySector.map { [$0.sector ?? "(no sector)", "\($0.new)", "\($0.growing)", "\($0.shrinking)", "\($0.disappearing)"] }),
            StatsTable(title: "Parts most often empty or thin (fewer than \(Self.thinBelow) items)", header: ["part", "empty", "thin"],
                       rows: partFill.map { [$0.part, "\($0.empty)", "\($0.thin)"] }),
            StatsTable(title: "Sourced share per occupation (latest version; statements citing a source / all statements, sketches apart)",
                       header: ["occupation", "version", "statements", "sourced", "sketches", "unsourced", "share"],
                       rows: sourcing.map {
                           [$0.slug, $0.version, "\($0.statements)", "\($0.sourced)", "\($0.sketches)", "\($0.unsourced)",
                            // Rounded down: 199 of 200 is not 100%.
                            $0.share.map { "\(Int(($0 * 100).rounded(.down)))%" } ?? "—"]
                       }),
        ]
    }
}

/// One section of the stats report.
private struct StatsTable {
    let title: String
    let header: [String]
    let rows: [[String]]

    /// Columns padded to their widest cell; a table without rows says so.
    var text: String {
        guard !rows.isEmpty else { return "\(title)\n  (none)\n" }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max()! }
        func line(_ cells: [String]) -> String {
            var text = "  " + zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            return text + "\n"
        }
        return "\(title)\n" + line(header) + rows.map(line).joined()
    }

    var markdown: String {
        guard !rows.isEmpty else { return "## \(title)\n\n(none)\n" }
        func line(_ cells: [String]) -> String { "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n" }
        return "## \(title)\n\n" + line(header) + line(header.map { _ in "---" }) + rows.map(line).joined()
    }
}
