import ArgumentParser
import CLISupport
import ProfileSyntax

/// "did you mean `check`?" for a mistyped command name, which argument-parser would only report as an
/// unexpected argument.
enum CommandSuggestion {
    /// Throws a `CLIError` when the first word after the command names of `arguments` is not one of
    /// `root`'s subcommands (at any depth) but is close to one.
    static func check(_ arguments: [String], in root: ParsableCommand.Type) throws {
        var command = root
        for word in arguments {
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty, !word.hasPrefix("-") else { return }
            let names = subcommands.map { $0.configuration.commandName ?? $0._commandName }
            if let next = subcommands.first(where: { ($0.configuration.commandName ?? $0._commandName) == word }) {
                command = next
                continue
            }
            guard word != "help", let suggestion = Suggestion.closest(to: word, among: names) else { return }
            throw CLIError("unknown command `\(ControlCharacters.visible(word))`; did you mean `\(suggestion)`?")
        }
    }
}
