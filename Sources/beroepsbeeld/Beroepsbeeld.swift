import ArgumentParser
import CLISupport
import Foundation

/// The `beroepsbeeld` command: thin wiring over the pipeline's libraries.
@main
struct Beroepsbeeld: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beroepsbeeld",
        abstract: "Write, check, format and convert visual occupational profiles (beroepsbeelden).",
        discussion: "Exit status: 0 on success, 1 when a command finds problems (see each command's help), 2 on usage or I/O errors.",
        version: ToolVersion.current,
        subcommands: [Check.self, EvidenceCommand.self, Format.self, Export.self, Import.self, New.self, Explain.self, CatalogCommand.self, Diff.self, History.self, Compose.self, Twin.self, Render.self, Book.self, Watch.self, SiteCommand.self, Serve.self]
    )

    /// Runs the command line; usage and I/O errors exit with status 2, as every subcommand documents.
    static func main() async {
        do {
            try CommandSuggestion.check(Array(CommandLine.arguments.dropFirst()), in: Self.self)
            var command = try parseAsRoot()
            // `serve` runs an async server; every other command runs synchronously as before.
            if var server = command as? any AsyncParsableCommand { try await server.run() } else { try command.run() }
        } catch let error as CLIError {
            Terminal.printError("error: \(error)\n")
            Foundation.exit(2)
        } catch {
            if exitCode(for: error) == .validationFailure {
                // Lowercase like every other diagnostic of the tool.
                let message = fullMessage(for: error)
                Terminal.printError((message.hasPrefix("Error: ") ? "error: " + message.dropFirst(7) : message[...]) + "\n")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
