import ArgumentParser
import CLISupport
import HybridMatch
import PosterLayout
import ProfileSyntax
import ProfileValidation

/// `beroepsbeeld explain`: what a diagnostic code means, with a bad and a good example.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a diagnostic code (S004, V013, …) with a bad and a good example.",
        discussion: "Exit status: 0 on success, 2 on usage errors or an unknown code.")

    @Flag(help: "Print every code as Markdown (this is how docs/rules.md is made).")
    var all = false

    @Argument(help: "The code to explain, for instance V013, or its name, for instance low-evidence.")
    var code: String?

    /// Every code the tool reports, in code order.
    static var codes: [DiagnosticCode] { Codes.all + Validator.codes + LayoutCodes.all + TwinCodes.all }

    func validate() throws {
        guard all || code != nil else { throw ValidationError("name a code, for instance `explain V013`, or pass --all") }
    }

    func run() throws {
        if all {
            print(RulesDocument.markdown(Self.codes), terminator: "")
            return
        }
        let wanted = code!.lowercased()
        guard let found = Self.codes.first(where: { $0.id.lowercased() == wanted || $0.name == wanted }) else {
            let suggestion = Suggestion.closest(to: wanted, among: Self.codes.map { $0.id.lowercased() } + Self.codes.map(\.name))
            throw CLIError("unknown code `\(code!)`" + (suggestion.map { "; did you mean `\($0)`?" } ?? "; `explain --all` lists them"))
        }
        print(RulesDocument.explanation(found), terminator: "")
    }
}
