import ArgumentParser
import CLISupport
import DiffPoster
import Foundation
import PosterLayout
import PosterRender
import ProfileDiff
import ProfileModel
import ProfileSyntax

/// How a difference or a history is written as a report.
enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}

/// How `diff` writes: a report, or the figure.
enum DiffOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown, pdf, svg, png

    /// The drawing format, for the figure forms.
    var drawing: OutputFormat? { OutputFormat(rawValue: rawValue) }

    /// The extension of a file in this format.
    var fileExtension: String { self == .text ? "txt" : self == .markdown ? "md" : rawValue }
}

/// `beroepsbeeld diff`: what changed between two profiles, where on the body, and how much.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show the semantic difference of two profiles: items added, removed, reworded, moved; shift per part.",
        discussion: """
        Exit status: 0 when the profiles mean the same, 1 when they differ, 2 on usage or I/O errors or an \
        unreadable profile. Called by git as an external diff driver (7 arguments, or 9 for a rename or \
        copy), it exits 0 whatever it finds, so that git goes on: a side with errors is shown with its \
        diagnostics and a plain line diff; see docs/diff.md.
        """
    )

    @Option(help: "Output format: text (coloured on a terminal), json (docs/diff.md), markdown, or the figure as pdf, svg or png.")
    var format: DiffOutputFormat = .text

    @Flag(help: "One line per change (text format).")
    var brief = false

    @Flag(help: "Figure formats: then and now side by side on the next paper size up, instead of one marked figure.")
    var sideBySide = false

    @OptionGroup var figure: FigureOptions

    @OptionGroup var references: ReferenceOption

    @Argument(help: "OLD and NEW (.beroep or .json), or the 7 or 9 arguments git passes to an external diff driver.")
    var files: [String]

    func validate() throws {
        guard [2, 7, 9].contains(files.count) else {
            throw ValidationError("expected OLD and NEW, or the 7 or 9 arguments of git's external diff; got \(files.count) arguments")
        }
        if sideBySide && figure.look.chosenPaper.larger.isEmpty {
            throw ValidationError("--side-by-side needs a paper below a1: the two figures go on the next size up")
        }
    }

    func run() throws {
        try figure.refuseBinaryOnTerminal(format)
        if let git = GitDiffDriver(arguments: files) { return try git.run(self) }
        let (oldFile, newFile) = (files[0], files[1])
        let difference = try compare(DiffInput.load(oldFile, formOf: oldFile), DiffInput.load(newFile, formOf: newFile), labels: (oldFile, newFile),
                                     name: "\(ProfileReading.stem(oldFile))-\(ProfileReading.stem(newFile)).\(format.fileExtension)")
        if !difference.isEqual { throw ExitCode(1) }
    }

    /// Compares `old` and `new` and writes the report or figure; `name` is the file's name when `-o`
    /// names a folder.
    func compare(_ old: Profile, _ new: Profile, labels: (String, String), heading: String = "", name: String) throws -> ProfileDifference {
        let difference = ProfileDiffer.diff(old, new, oldPath: labels.0, newPath: labels.1)
        let output: Data
        switch format {
        case .text: output = Data((heading + DiffTextReport(colored: Terminal.wantsColor(), brief: brief).render(terminalSafe(difference))).utf8)
        case .json: output = DiffJSON.encode(difference)
        case .markdown: output = Data((heading + DiffMarkdownReport.render(terminalSafe(difference))).utf8)
        case .pdf, .svg, .png: output = Data(try drawing(difference, old: old, new: new, format: format.drawing!))
        }
        try ProfileReading.emit(output, to: figure.output, name: name)
        return difference
    }
}

extension Diff {
    /// The visual diff in `format`: the marked figure, or then and now side by side.
    func drawing(_ difference: ProfileDifference, old: Profile, new: Profile, format: OutputFormat) throws -> [UInt8] {
        let measurer = PangoTextMeasurer.forCurrentThread()
        let layout = DiffPosterLayout(measurer: measurer)
        let paper = figure.look.chosenPaper
        let result = sideBySide
            ? layout.sideBySide(difference, old: old, new: new, paper: paper, language: figure.look.lang, theme: figure.look.chosenTheme,
                                references: references.references)!
            : layout.changes(difference, old: old, new: new, paper: paper, language: figure.look.lang, theme: figure.look.chosenTheme,
                             references: references.references)
        let page: DiffPage
        switch result {
        case .success(let laidOut): page = laidOut
        case .failure(let failure):
            let parts = failure.parts.map { $0.kind.keyword(new.effectiveLanguage) + ($0.group.map { "/\($0)" } ?? "") }
            throw CLIError("the diff figure does not fit on \(failure.paper.name) (\(parts.joined(separator: ", "))); try a larger --paper")
        }
        let renderer = PosterRenderer(measurer: measurer)
        let title = "\(DiffWording.heading(difference))"
        switch format {
        case .pdf: return try renderer.pdf(pages: [page.primitives], paper: page.paper, title: title)
        case .svg: return try renderer.svg(page.primitives, paper: page.paper)
        case .png: return try renderer.png(page.primitives, paper: page.paper, dpi: Double(figure.dpi))
        }
    }
}

/// Reading the profiles to compare; an unreadable or invalid one is an error with exit status 2.
enum DiffInput {
    /// The profile in `file`; a file without a profile extension (a temporary file from git) is read in
    /// the form `formOf` names. `/dev/null` (git's side of an added or deleted file) is an empty profile.
    static func load(_ file: String, formOf formPath: String) throws -> Profile {
        if file == "/dev/null" { return Profile(title: "") }
        return try ProfileReading.readValid(file, formOf: formPath, invalidStatus: 2)
    }
}
