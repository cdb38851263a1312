import ArgumentParser
import Foundation
import ProfileDiff
import ProfileModel

/// `beroepsbeeld history`: every version of an occupation in order, and how each step shifted it.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the versions of an occupation in version order, with the shift per part at each step.",
        discussion: "Exit status: 0 on success, 2 on usage or I/O errors or an unreadable profile."
    )

    @Option(help: "Output format: text, json (docs/diff.md) or markdown.")
    var format: DiffFormat = .text

    @Argument(help: "A folder with the versions of one occupation (several occupations get one history each), or files.")
    var paths: [String]

    func run() throws {
        let files = try ProfilePaths.expand(paths)
        guard !files.isEmpty else { throw CLIError("no profiles found in \(paths.joined(separator: ", "))") }
        let versions = try files.map { ProfileVersion(path: $0, profile: try DiffInput.load($0, formOf: $0)) }
        let histories = VersionHistory.histories(versions)
        switch format {
        case .text: print(HistoryReport.text(histories), terminator: "")
        case .json: FileHandle.standardOutput.write(HistoryReport.json(histories))
        case .markdown: print(HistoryReport.markdown(histories), terminator: "")
        }
    }
}
