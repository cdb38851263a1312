import ArgumentParser
import CLISupport

/// The options `diff` and `history` share for their figures and output file.
struct FigureOptions: ParsableArguments {
    @OptionGroup var look: PosterLook

    @Option(help: "Resolution of PNG output, in pixels per inch, 10–1200.")
    var dpi = 150

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output; a path ending in / is a folder to write into.")
    var output: String?

    /// Refuses PDF and PNG bound for a terminal, as curl does: binary bytes garble the screen.
    func refuseBinaryOnTerminal(_ format: DiffOutputFormat) throws {
        guard output == nil, format == .pdf || format == .png, Terminal.stdoutIsTerminal else { return }
        throw CLIError("not writing \(format.rawValue.uppercased()) to a terminal; name a file with -o FILE, or redirect: > figure.\(format.rawValue)")
    }

    func validate() throws {
        guard (10...1200).contains(dpi) else { throw ValidationError("--dpi must be between 10 and 1200") }
    }
}
