import ArgumentParser

/// The `beroepsbeeld` command: thin wiring over the pipeline's libraries.
@main
struct Beroepsbeeld: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beroepsbeeld",
        abstract: "Write, check, format and convert visual occupational profiles (beroepsbeelden).",
        subcommands: [Check.self, Format.self, Export.self, Import.self, New.self, Explain.self]
    )
}
