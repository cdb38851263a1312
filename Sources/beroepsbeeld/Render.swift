import ArgumentParser
import CLISupport
import Foundation
import ParallelMap
import PosterLayout
import PosterRender

/// `beroepsbeeld render`: posters as PDF, SVG and PNG, one set per profile, on all cores.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render profiles as posters (PDF, SVG, PNG).",
        discussion: "Files are named from slug and version (teeltspecialist-2020.pdf) and written atomically into the output folder. A profile with errors, or one that does not fit the paper (L001), is reported and leaves no file. Exit status: 0 when every profile is rendered, 1 when one is not, 2 on usage or I/O errors.")

    @Argument(help: "Profile files or folders (searched recursively).")
    var paths: [String]

    @OptionGroup var options: PosterOptions

    @Option(help: "What to print when done: text (one line), or json (every profile's files and diagnostics; docs/cli.md).")
    var report: RunReportFormat = .text

    func run() throws {
        // The list of files is kept to the end: held compactly, so that memory stays flat over many files.
        let files = PathList(try ProfilePaths.expand(paths))
        try options.makeOutputFolder()
        let look = options.look
        let survey = FileSurvey(files: files)
        let job = PosterJob(paper: look.chosenPaper, language: look.lang, theme: look.chosenTheme, formats: try options.formats(), dpi: options.dpi, outputFolder: options.output,
                            references: options.references.references, componentTitles: survey.titles)
        let colored = Terminal.wantsColor(STDERR_FILENO)
        let progress = isatty(STDERR_FILENO) == 1 && files.count > 1 ? ProgressBar(total: files.count) : nil
        // Each profile's report is printed as soon as the profiles before it are done, and only counts
        // are kept (all outcomes only for the JSON summary), so memory stays flat over many files.
        var failed = 0, written = 0
        var outcomes: [PosterJob.Outcome] = []
        Parallel.stream(Array(files.indices), makeContext: { PosterRenderer(measurer: PangoTextMeasurer(), drawsOnEveryCore: files.count == 1) }) { index, renderer in
            job.run(files[index], renderer: renderer, mayWrite: { survey.mayWrite($0, from: index) }, colored: colored)
        } deliver: { outcome in
            if let progress { progress.show(outcome.report) } else { Terminal.printError(outcome.report) }
            progress?.step()
            failed += outcome.failed ? 1 : 0
            written += outcome.written.count
            if report == .json { outcomes.append(outcome) }
        }
        progress?.finish()
        if report == .json {
            FileHandle.standardOutput.write(RunSummary.render(outcomes, paths: Array(files), job: job))
        } else {
            print("rendered \(files.count - failed) of \(counted(files.count, "profile")) to \(options.output) (\(counted(written, "file")))")
        }
        if failed > 0 { throw ExitCode(1) }
    }
}
