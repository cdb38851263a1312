import ArgumentParser
import Foundation
import ProfileCatalog

/// `beroepsbeeld catalog site`: the static website of every occupation in the catalogue.
struct CatalogSiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Build the static website (as `beroepsbeeld site` does with files) from every stored version.",
        discussion: "Exit status: 0 on success, 1 when a stored version has errors, 2 on usage, I/O or database errors.")

    @OptionGroup var catalog: CatalogOptions

    @OptionGroup var site: SiteOptionsGroup

    func run() throws {
        let stored = try CatalogFailure.translating {
            let store = try catalog.open()
            return try store.occupations().flatMap { try store.storedVersions(slug: $0.slug) }
        }
        // The stored sources, exactly as imported, one folder per occupation as in Profiles/.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("beroepsbeeld-catalog-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try stored.enumerated().map { index, version in
            let occupation = folder.appendingPathComponent("\(index)")
            try FileManager.default.createDirectory(at: occupation, withIntermediateDirectories: true)
            let file = occupation.appendingPathComponent(URL(fileURLWithPath: version.fileName).lastPathComponent)
            try version.source.write(to: file)
            return file.path
        }
        try site.build(files)
    }
}
