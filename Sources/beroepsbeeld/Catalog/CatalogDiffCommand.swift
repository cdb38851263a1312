import ArgumentParser
import CLISupport
import Foundation
import ProfileCatalog
import ProfileDiff

/// `beroepsbeeld catalog diff`: the diff engine on two stored versions of one occupation.
struct CatalogDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show the semantic difference between two stored versions of an occupation.",
        discussion: "Exit status: 0 when the versions mean the same, 1 when they differ, 2 on usage, I/O or database errors."
    )

    @OptionGroup var catalog: CatalogOptions

    @Option(help: "Output format: text (coloured on a terminal), json (docs/diff.md) or markdown.")
    var format: DiffFormat = .text

    @Flag(help: "One line per change.")
    var brief = false

    @Argument(help: "The occupation's slug.")
    var slug: String

    @Argument(help: "The old version.")
    var old: String

    @Argument(help: "The new version.")
    var new: String

    func run() throws {
        let (oldVersion, newVersion) = try CatalogFailure.translating {
            let store = try catalog.open()
            return (try store.storedVersion(slug: slug, version: old), try store.storedVersion(slug: slug, version: new))
        }
        let difference = ProfileDiffer.diff(try oldVersion.profile(), try newVersion.profile(),
                                            oldPath: "\(slug)@\(old)", newPath: "\(slug)@\(new)")
        switch format {
        case .text: print(DiffTextReport(colored: Terminal.wantsColor(), brief: brief).render(terminalSafe(difference)), terminator: "")
        case .json: FileHandle.standardOutput.write(DiffJSON.encode(difference))
        case .markdown: print(DiffMarkdownReport.render(terminalSafe(difference)), terminator: "")
        }
        if !difference.isEqual { throw ExitCode(1) }
    }
}
