import ArgumentParser
import CLISupport
import Foundation
import ProfileCatalog
import ProfileSyntax

/// `beroepsbeeld catalog import`: validate profiles and store them, all in one transaction.
struct CatalogImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Validate profiles and store each version in the catalogue, in one transaction.",
        discussion: """
            Importing the same file twice changes nothing. A file whose version is already stored with other content is \
            refused unless --replace is given. Files with errors or without a version are listed and not stored; the \
            others are stored. Exit status: 0 when every file is stored or unchanged, 1 when files were refused, 2 on usage, I/O or database errors.
            """
    )

    @OptionGroup var catalog: CatalogOptions

    @Flag(help: "Overwrite a stored version whose content differs.")
    var replace = false

    @Option(help: "What to print on standard output: text (a line per stored file and the counts) or json (every file's outcome; docs/catalogue.md).")
    var format: ListingFormat = .text

    @Argument(help: "Profile files (.beroep or .json) and folders to search for .beroep files.")
    var paths: [String]

    func run() throws {
        let files = try ProfilePaths.expand(paths).map { file in
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            guard size <= SourceFile.maximumSize, let bytes = FileManager.default.contents(atPath: file) else {
                throw CLIError(size > SourceFile.maximumSize ? "\(file) is \(size) bytes, above the limit of \(SourceFile.maximumSize)"
                                                             : "cannot read \(file)")
            }
            return (path: file, bytes: bytes)
        }
        let candidates = ImportCandidate.prepare(files)
        let store = try catalog.open(create: true)
        let results = try CatalogFailure.translating { try store.importProfiles(candidates, replace: replace) }

        let renderer = DiagnosticRenderer(colored: Terminal.wantsColor(STDERR_FILENO))
        var counts: [String: Int] = [:]
        for result in results {
            let name = ControlCharacters.visible("\(result.slug ?? "?") \(result.version ?? "")"), path = ControlCharacters.visible(result.candidate.path)
            switch result.outcome {
            case .added:
                counts["added", default: 0] += 1
                if format == .text { print("added     \(name)  \(path)") }
            case .replaced:
                counts["replaced", default: 0] += 1
                if format == .text { print("replaced  \(name)  \(path)") }
            case .unchanged:
                counts["unchanged", default: 0] += 1
            case .conflict(let storedFile, let storedSHA256):
                counts["refused", default: 0] += 1
                Terminal.printError("""
                    error: \(path): version \(ControlCharacters.visible(result.version ?? "")) of `\(ControlCharacters.visible(result.slug ?? ""))` is already in the \
                    catalogue with other content (from \(storedFile), sha256 \(storedSHA256.prefix(12))); not stored
                      help: give the changed profile a new version, or pass --replace to overwrite the stored one\n
                    """)
            case .refused(let reason):
                counts["refused", default: 0] += 1
                Terminal.printError(renderer.renderSafely(result.candidate.blockingDiagnostics, source: result.candidate.loaded.source))
                Terminal.printError("error: \(path): not stored: \(ControlCharacters.visible(reason))\n")
            }
        }
        if format == .json {
            FileHandle.standardOutput.write(CatalogJSON.imported(results, catalogue: store.path))
        } else {
            print("catalogue \(store.path): \(counts["added"] ?? 0) added, \(counts["replaced"] ?? 0) replaced, "
                  + "\(counts["unchanged"] ?? 0) unchanged, \(counts["refused"] ?? 0) refused")
        }
        if counts["refused"] != nil { throw ExitCode(1) }
    }
}
