import ArgumentParser

/// `--no-references`, which `render`, `watch`, `book` and `diff` share: a clean classroom print
/// without the small source numbers; the footer still lists the sources, plainly.
struct ReferenceOption: ParsableArguments {
    @Flag(inversion: .prefixedNo,
          help: "Print each statement's source numbers, keyed to the numbered source list in the footer (--no-references: a clean print; the footer keeps a plain source list).")
    var references = true
}
