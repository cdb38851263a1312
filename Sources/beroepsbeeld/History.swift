import ArgumentParser
import CLISupport
import DiffPoster
import Foundation
import PosterLayout
import PosterRender
import ProfileDiff
import ProfileModel

/// `beroepsbeeld history`: every version of an occupation in order, and how each step shifted it.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show the versions of an occupation in version order, with the shift per part at each step.",
        discussion: "Exit status: 0 on success, 2 on usage or I/O errors or an unreadable profile."
    )

    @Option(help: "Output format: text, json (docs/diff.md), markdown, or the timeline figure as pdf (a page per occupation), svg or png.")
    var format: DiffOutputFormat = .text

    @OptionGroup var figure: FigureOptions

    @Argument(help: "A folder with the versions of one occupation (several occupations get one history each), or files.")
    var paths: [String]

    func run() throws {
        try figure.refuseBinaryOnTerminal(format)
        let files = try ProfilePaths.expand(paths)
        let versions = try files.map { ProfileVersion(path: $0, profile: try DiffInput.load($0, formOf: $0)) }
        let histories = VersionHistory.histories(versions)
        let data: Data
        switch format {
        case .text: data = Data(HistoryReport.text(terminalSafe(histories)).utf8)
        case .json: data = HistoryReport.json(histories)
        case .markdown: data = Data(HistoryReport.markdown(terminalSafe(histories)).utf8)
        case .pdf, .svg, .png: data = Data(try timeline(histories, format: format.drawing!))
        }
        try ProfileReading.emit(data, to: figure.output, name: "history.\(format.fileExtension)")
    }

    /// The timeline figures: a PDF page per occupation with a history, or one SVG or PNG.
    private func timeline(_ histories: [ProfileHistory], format: OutputFormat) throws -> [UInt8] {
        let measurer = PangoTextMeasurer.forCurrentThread()
        let chart = HistoryChart(measurer: measurer)
        let titled = chart.pages(histories, paper: figure.look.chosenPaper, language: figure.look.lang, theme: figure.look.chosenTheme)
        let pages = titled.map(\.page)
        let renderer = PosterRenderer(measurer: measurer)
        if format == .pdf {
            return try renderer.pdf(pages: pages.map(\.primitives), paper: figure.look.chosenPaper, title: titled.map(\.title).joined(separator: ", "),
                                    outline: titled.enumerated().map { PosterRenderer.OutlineEntry(title: $1.title, page: $0 + 1) })
        }
        guard pages.count == 1 else {
            throw CLIError("\(format.rawValue) holds one figure, and these files hold \(pages.count) occupations with a history; use pdf or name one folder")
        }
        return format == .svg ? try renderer.svg(pages[0].primitives, paper: pages[0].paper)
            : try renderer.png(pages[0].primitives, paper: pages[0].paper, dpi: Double(figure.dpi))
    }
}
