import ArgumentParser
import ProfileCatalog

/// `beroepsbeeld catalog export`: a stored version's source, byte for byte as it was imported.
struct CatalogExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write a stored version's source exactly as it was imported.")

    @OptionGroup var catalog: CatalogOptions

    @Argument(help: "The occupation's slug.")
    var slug: String

    @Option(help: "The version to export (default: the latest).")
    var version: String?

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        let stored = try CatalogFailure.translating { try catalog.open().storedVersion(slug: slug, version: version) }
        try ProfileReading.emit(stored.source, to: output)
    }
}
