import ArgumentParser
import CLISupport
import Foundation
import PosterLayout
import PosterRender
import ProfileModel
import ProfileSyntax

/// `beroepsbeeld book`: one PDF with a cover, an index and a poster page per profile.
struct Book: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "book",
        abstract: "Bind profiles into one PDF: a cover, an index and a poster page per profile.",
        discussion: """
            Every profile must pass validation and fit the paper; otherwise the errors are printed and no file is written. \
            Exit status: 0 when the book is written, 1 when a profile cannot be bound, 2 on usage or I/O errors.
            """)

    @Argument(help: "Profile files or folders (searched recursively).")
    var paths: [String]

    @Option(name: .shortAndLong, help: "The PDF file to write; a path ending in / is a folder to write beroepsbeelden.pdf into.")
    var output: String

    @OptionGroup var look: PosterLook

    @OptionGroup var references: ReferenceOption

    @Option(help: "What to print when done: text (one line), or json (pages, and every profile's page and diagnostics; docs/cli.md).")
    var report: RunReportFormat = .text

    func run() throws {
        let given = try ProfilePaths.expand(paths)
        // Hybrids come after the single occupations, in a section of their own.
        let known = FileSurvey(files: given)
        let files = given.filter { !known.hybrids.contains($0) } + given.filter(known.hybrids.contains)
        // Opened first, so that an unwritable output fails before the long work; removed unless committed.
        let target = try OutputFile(OutputFile.resolve(output, name: "beroepsbeelden.pdf"))
        let measurer = PangoTextMeasurer()
        let engine = PosterLayoutEngine(measurer: measurer)
        let job = PosterJob(paper: look.chosenPaper, language: look.lang, theme: look.chosenTheme, formats: [.pdf], dpi: 72, outputFolder: "",
                            references: references.references, componentTitles: known.titles)
        var posters: [(Profile, Poster)] = []
        var printed = ""
        // Per file: its profile, diagnostics and failure, and the index of its poster when it has one.
        var results: [(identity: PosterJob.Identity?, diagnostics: [Diagnostic], error: String?, poster: Int?)] = []
        for file in files {
            switch job.prepare(file, engine: engine, colored: Terminal.wantsColor(STDERR_FILENO)) {
            case .poster(let poster, let loaded, let text, let diagnostics):
                results.append((loaded.profile.map(PosterJob.Identity.init), diagnostics, nil, posters.count))
                posters.append((loaded.profile!, poster))
                printed += text
            case .failed(let outcome):
                results.append((outcome.identity, outcome.diagnostics, outcome.error, nil))
                printed += outcome.report
            }
        }
        Terminal.printError(printed)
        // The JSON summary, with the page of each poster counted from `firstPoster`.
        func summary(file: String?, pages: Int, firstPoster: Int) -> Data {
            RunSummary.book(zip(files, results).map { path, result in
                RunSummary.ProfileSummary(path: path, identity: result.identity, ok: file != nil && result.poster != nil,
                                          diagnostics: result.diagnostics, error: result.error, page: file == nil ? nil : result.poster.map { firstPoster + $0 })
            }, file: file, paper: look.chosenPaper, pages: pages)
        }
        guard posters.count == files.count else {
            Terminal.printError("error: \(files.count - posters.count) of \(counted(files.count, "profile")) cannot be bound; no book written\n")
            if report == .json { FileHandle.standardOutput.write(summary(file: nil, pages: 0, firstPoster: 0)) }
            throw ExitCode(1)
        }
        let book = BookLayout(paper: look.chosenPaper, language: look.lang ?? .nl, theme: look.chosenTheme, measurer: measurer,
                              componentTitles: known.titles)
        let profiles = posters.map(\.0)
        let indexPages = book.indexPages(profiles)
        let firstPoster = 2 + indexPages.count
        let pages = [book.cover(profiles)]
            + indexPages.map { rows in
                book.index(rows.map { (profiles[$0], firstPoster + $0) },
                           continuesHybrids: rows.first.map { $0 > 0 && profiles[$0 - 1].isHybrid } ?? false)
            }
            + posters.map(\.1.primitives)
        var outline = profiles.enumerated().map { index, profile in
            PosterRenderer.OutlineEntry(title: profile.title + (profile.version.map { " (\($0))" } ?? ""), page: firstPoster + index)
        }
        if let first = profiles.firstIndex(where: \.isHybrid) {
            outline.insert(PosterRenderer.OutlineEntry(title: book.wording.hybridSection, page: firstPoster + first), at: first)
        }
        let bytes = try PosterRenderer(measurer: measurer).pdf(pages: pages, paper: look.chosenPaper, title: book.wording.bookTitle,
                                                               outline: outline)
        try target.commit(Data(bytes))
        if report == .json {
            FileHandle.standardOutput.write(summary(file: target.path, pages: pages.count, firstPoster: firstPoster))
        } else {
            print("bound \(counted(profiles.count, "profile")) into \(target.path) (\(pages.count) pages)")
        }
    }
}
