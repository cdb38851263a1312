import ArgumentParser
import CLISupport
import Foundation
import ParallelMap
import PosterLayout
import ProfileModel
import ProfileSyntax
import ProfileValidation

/// `beroepsbeeld check`: parse and validate profiles, report every problem with its location.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check profiles and explain every problem at file:line:column.",
        discussion: "Exit status: 0 when clean, 1 on errors (or warnings with --strict), 2 on usage or I/O errors."
    )

    @Flag(help: "Treat warnings as errors for the exit status.")
    var strict = false

    @Option(help: "Output format: human (rustc-style, coloured on a terminal) or json.")
    var format: DiagnosticFormat = .human

    @Option(help: "Also check that each poster fits this paper (a4, a3, a2, a1) without rendering it (L001).")
    var paper: PaperSize?

    @Flag(help: "With --paper: check the landscape layout.")
    var landscape = false

    @Option(help: "With --paper: the language of the poster's headings, nl or en (default: the profile's).")
    var lang: ContentLanguage?

    @Argument(help: "Profile files (.beroep or .json) and folders to search for .beroep files.")
    var paths: [String]

    func validate() throws {
        if paper == nil, landscape || lang != nil { throw ValidationError("--landscape and --lang go with --paper") }
    }

    func run() throws {
        let groups = try ProfilePaths.expandEach(paths)
        // Reading and validating a file needs nothing from another file: all of them at once, on every core.
        // Past that, only the poster check (--paper) reads the items: without it they are freed right
        // here, on every core, instead of with all the reports at the end, on one.
        let keepsParts = paper != nil
        // Each file's report is handed on in file order as soon as it is made, straight into `reports`:
        // no second array of all of them to copy from on one core. `reportsBefore[i]` is how many
        // reports files 0 ..< i gave (a file that cannot be read gives none), to find a folder's below.
        let files = groups.flatMap(\.files)
        var reports: [FileReport] = []
        reports.reserveCapacity(files.count)
        var reportsBefore = [0]
        reportsBefore.reserveCapacity(files.count + 1)
        var ioFailures = 0
        Parallel.stream(files) { file in
            (file, Result { () throws -> FileReport in
                let loaded = try ProfileLoader.load(path: file)
                let diagnostics = Validator.validate(loaded)
                // Nor is the source of a file with nothing to say about it: almost every file, in a large
                // tree. Should the folder check find something in it after all, it is read again below.
                return FileReport(loaded: keepsParts ? loaded : loaded.folderHeader(keepingSource: !diagnostics.isEmpty), diagnostics: diagnostics)
            })
        } deliver: { file, result in
            switch result {
            case .success(let report): reports.append(report)
            case .failure(let error):
                Terminal.printError("error: cannot read \(ControlCharacters.visible(file)): \(error.localizedDescription)\n")
                ioFailures += 1
            }
            reportsBefore.append(reports.count)
        }
        // This part runs on one core: only the few files a folder check has something to say about are
        // touched again.
        var position = 0
        for (path, files) in groups {
            let first = reportsBefore[position]
            position += files.count
            let end = reportsBefore[position]
            // Version chains are checked among the files of a folder, not for a file named on its own.
            guard files != [path] else { continue }
            let chain = Dictionary(grouping: Validator.validateFolder(reports[first..<end].lazy.map(\.loaded)), by: \.file)
            guard !chain.isEmpty else { continue }
            for index in first..<end {
                guard let found = chain[reports[index].loaded.path] else { continue }
                if reports[index].loaded.source == nil, let reread = try? ProfileLoader.load(path: reports[index].loaded.path) {
                    reports[index] = FileReport(loaded: reread.folderHeader(), diagnostics: reports[index].diagnostics)
                }
                reports[index].diagnostics = (reports[index].diagnostics + found).sortedByLocation()
            }
        }
        if let paper = self.paper.map({ Paper($0, landscape ? .landscape : .portrait) }) {
            let lang = self.lang
            reports = Parallel.map(reports) { report in
                guard let profile = report.loaded.profile, !report.diagnostics.hasErrors else { return report }
                let fit = PosterFit.diagnostics(for: profile, file: report.loaded.path, paper: paper, language: lang)
                return FileReport(loaded: report.loaded, diagnostics: (report.diagnostics + fit).sortedByLocation())
            }
        }
        let printer = DiagnosticPrinter(format: format, colored: Terminal.wantsColor())
        print(printer.render(reports), terminator: "")
        let all = reports.flatMap(\.diagnostics)
        if ioFailures > 0 { throw ExitCode(2) }
        if all.hasErrors || (strict && all.contains { $0.severity == .warning }) { throw ExitCode(1) }
    }
}
extension PaperSize: ExpressibleByArgument {}
