import ArgumentParser
import Foundation
import ProfileCatalog

/// `beroepsbeeld catalog render`: posters of stored versions, through the same pipeline as `render`.
struct CatalogRenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render stored versions as posters (PDF, SVG, PNG), as `beroepsbeeld render` does with files.",
        discussion: "Exit status: 0 when every version is rendered, 1 when one is not, 2 on usage, I/O or database errors.")

    @OptionGroup var catalog: CatalogOptions

    @Argument(help: "Occupations: SLUG for the latest version, SLUG@VERSION for another.")
    var occupations: [String]

    @OptionGroup var options: PosterOptions

    func run() throws {
        let stored = try CatalogFailure.translating {
            let store = try catalog.open()
            return try occupations.map { name in
                let parts = name.split(separator: "@", maxSplits: 1).map(String.init)
                return try store.storedVersion(slug: parts[0], version: parts.count > 1 ? parts[1] : nil)
            }
        }
        // The stored sources, exactly as imported, named so that diagnostics say which version they are.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("beroepsbeeld-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var render = Render()
        render.options = options
        render.paths = try zip(occupations, stored).map { name, version in
            let file = folder.appendingPathComponent(name.replacingOccurrences(of: "/", with: "-") + "."
                                                     + URL(fileURLWithPath: version.fileName).pathExtension)
            try version.source.write(to: file)
            return file.path
        }
        try render.run()
    }
}
