import ArgumentParser

/// The options `diff` and `history` share for their figures and output file.
struct FigureOptions: ParsableArguments {
    @OptionGroup var look: PosterLook

    @Option(help: "Resolution of PNG output, in pixels per inch.")
    var dpi = 150

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        guard (10...1200).contains(dpi) else { throw ValidationError("--dpi must be between 10 and 1200") }
    }
}
