import ArgumentParser
import CLISupport
import Foundation
import PosterLayout
import PosterRender

/// `beroepsbeeld watch`: re-check and re-render a profile each time it is saved.
struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Re-check and re-render a profile on every save (stop with Ctrl-C).",
        discussion: "Saves are seen through inotify as soon as the file is written or renamed into place (polling every 100 ms where inotify is unavailable). Runs until stopped; exit status 2 on usage or I/O errors.")

    @Argument(help: "The profile file to watch.")
    var file: String

    @OptionGroup var options: PosterOptions

    func run() throws {
        try options.makeOutputFolder()
        let look = options.look
        let job = PosterJob(paper: look.chosenPaper, language: look.lang, theme: look.chosenTheme, formats: try options.formats(),
                            dpi: options.dpi, outputFolder: options.output, references: options.references.references)
        let renderer = PosterRenderer(measurer: PangoTextMeasurer())
        let watcher = FileWatcher(path: file)
        FileHandle.standardOutput.write(Data("watching \(file); writing to \(options.output)\n".utf8))
        while true {
            let start = DispatchTime.now()
            let outcome = job.run(file, renderer: renderer, mayWrite: { _ in true }, colored: Terminal.wantsColor(STDERR_FILENO))
            let milliseconds = (DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
            Terminal.printError(outcome.report)
            let files = outcome.written.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
            let line = outcome.failed ? "not rendered (\(milliseconds) ms)" : "rendered \(files) in \(milliseconds) ms"
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
            watcher.waitForSave()
        }
    }
}
