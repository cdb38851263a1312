import ArgumentParser
import Foundation
import ProfileCatalog
import ProfileDiff

/// `beroepsbeeld catalog history`: the diff engine's history of one occupation, from its stored versions.
struct CatalogHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "Show the stored versions of an occupation in order, with the shift per part at each step.",
        discussion: "Exit status: 0 on success, 2 on usage, I/O or database errors.")

    @OptionGroup var catalog: CatalogOptions

    @Argument(help: "The occupation's slug.")
    var slug: String

    @Option(help: "Output format: text, json (docs/diff.md) or markdown.")
    var format: DiffFormat = .text

    func run() throws {
        let stored = try CatalogFailure.translating { try catalog.open().storedVersions(slug: slug) }
        let histories = VersionHistory.histories(try stored.map { ProfileVersion(path: $0.fileName, profile: try $0.profile()) })
        switch format {
        case .text: print(HistoryReport.text(terminalSafe(histories)), terminator: "")
        case .json: FileHandle.standardOutput.write(HistoryReport.json(histories))
        case .markdown: print(HistoryReport.markdown(terminalSafe(histories)), terminator: "")
        }
    }
}
