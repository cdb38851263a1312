import ArgumentParser
import Foundation
import ProfileCatalog

/// `beroepsbeeld catalog export`: a stored version's source, byte for byte as it was imported.
struct CatalogExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write a stored version's source exactly as it was imported.",
        discussion: "Exit status: 0 on success, 2 on usage, I/O or database errors (such as an unknown slug or version).")

    @OptionGroup var catalog: CatalogOptions

    @Argument(help: "The occupation's slug.")
    var slug: String

    @Option(help: "The version to export (default: the latest).")
    var version: String?

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output; a path ending in / is a folder for the stored file name.")
    var output: String?

    func run() throws {
        let stored = try CatalogFailure.translating { try catalog.open().storedVersion(slug: slug, version: version) }
        try ProfileReading.emit(stored.source, to: output, name: URL(fileURLWithPath: stored.fileName).lastPathComponent)
    }
}
