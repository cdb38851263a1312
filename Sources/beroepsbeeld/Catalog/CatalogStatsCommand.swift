import ArgumentParser
import ProfileCatalog

/// `beroepsbeeld catalog stats`: patterns across the occupations.
struct CatalogStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Patterns across occupations: themes per part, shifts between versions, trends per sector, thin parts, sourced share.",
        discussion: "Exit status: 0 on success, 2 on usage, I/O or database errors.")

    /// Output format of the report.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @OptionGroup var catalog: CatalogOptions

    @Option(help: "Output format: text, json or markdown.")
    var format: Format = .text

    func run() throws {
        let stats = try CatalogFailure.translating { try catalog.open().stats() }
        switch format {
        case .text: print(stats.text, terminator: "")
        case .json: print(stats.json, terminator: "")
        case .markdown: print(stats.markdown, terminator: "")
        }
    }
}
