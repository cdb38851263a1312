import ArgumentParser
import CLISupport
import Foundation
import PosterLayout
import PosterRender
import ProfileSyntax

/// The options `render` and `watch` share: where posters go and how they look.
struct PosterOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The folder posters are written to (created when missing).")
    var output = "Output"

    @Option(help: "Formats to write, comma-separated: pdf, svg, png.")
    var format = "pdf"

    @OptionGroup var look: PosterLook

    @OptionGroup var references: ReferenceOption

    @Option(help: "Resolution of PNG output, in pixels per inch, 10–1200.")
    var dpi = 150

    /// The formats asked for, in the order given, without repeats.
    func formats() throws -> [OutputFormat] {
        var formats: [OutputFormat] = []
        for name in format.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let format = OutputFormat(rawValue: name) else {
                throw ValidationError("unknown format `\(name)`; use pdf, svg or png")
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw ValidationError("no format given; use pdf, svg or png") }
        return formats
    }

    /// Creates the output folder when missing; an I/O failure is a `CLIError`.
    func makeOutputFolder() throws {
        do { try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true) } catch {
            throw CLIError("cannot create output folder \(output): \(error.localizedDescription)")
        }
    }

    func validate() throws {
        _ = try formats()
        guard (10...1200).contains(dpi) else { throw ValidationError("--dpi must be between 10 and 1200") }
    }
}

/// Paper, language and theme: what `render`, `watch` and `book` lay posters out with.
struct PosterLook: ParsableArguments {
    @Option(help: "Paper size: a4, a3, a2 or a1.")
    var paper = "a3"

    @Flag(help: "Lay the poster out landscape instead of portrait.")
    var landscape = false

    @Option(help: "Language of headings and labels: nl or en (default: the profile's language).")
    var lang: ContentLanguage?

    @Option(help: "Colours: \(Theme.all.map(\.name).joined(separator: ", ")).")
    var theme = Theme.standard.name

    /// The paper in the chosen orientation.
    var chosenPaper: Paper { Paper(PaperSize(rawValue: paper.lowercased())!, landscape ? .landscape : .portrait) }
    /// The chosen theme.
    var chosenTheme: Theme { Theme.named(theme)! }

    func validate() throws {
        guard PaperSize(rawValue: paper.lowercased()) != nil else { throw ValidationError("unknown paper `\(paper)`; use a4, a3, a2 or a1") }
        guard Theme.named(theme) != nil else {
            throw ValidationError("unknown theme `\(theme)`; use \(Theme.all.map(\.name).joined(separator: ", "))")
        }
    }
}
