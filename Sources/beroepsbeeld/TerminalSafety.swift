import CLISupport
import Foundation
import ProfileModel
import ProfileSyntax

extension DiagnosticRenderer {
    /// `diagnostics` rendered one after another, with every control character in the quoted source,
    /// the messages and the file name made visible (`TerminalText`): a profile cannot reach the
    /// terminal through its diagnostics. Control pictures keep one character per character, so the
    /// carets stay under the right column.
    func renderSafely(_ diagnostics: [Diagnostic], source: SourceFile?) -> String {
        guard !diagnostics.isEmpty else { return "" }
        let shown = source.map { source in
            source.lines.contains { TerminalText.escaped($0).utf8.count != $0.utf8.count }
                ? SourceFile(path: source.path, text: source.lines.map(TerminalText.escaped).joined(separator: "\n")) : source
        }
        return diagnostics.map { diagnostic in
            var safe = diagnostic
            safe.message = TerminalText.escaped(diagnostic.message)
            safe.file = TerminalText.escaped(diagnostic.file)
            safe.label = diagnostic.label.map(TerminalText.escaped)
            safe.help = diagnostic.help.map(TerminalText.escaped)
            return render(safe, source: shown) + "\n"
        }.joined()
    }
}

/// `value` with every string in it made safe for a terminal (`TerminalText`), for the human reports
/// (a difference, a history), whose own colours must survive while the profiles' text is escaped.
/// Goes through the value's Codable form so that no field can be forgotten; the JSON reports and exit
/// statuses use the value itself.
func terminalSafe<T: Codable>(_ value: T) -> T {
    guard let data = try? JSONEncoder().encode(value), let tree = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
          let escaped = try? JSONSerialization.data(withJSONObject: escapingStrings(tree), options: [.fragmentsAllowed]),
          let safe = try? JSONDecoder().decode(T.self, from: escaped) else { return value }
    return safe
}

private func escapingStrings(_ value: Any) -> Any {
    switch value {
    case let text as String: TerminalText.escaped(text)
    case let list as [Any]: list.map(escapingStrings)
    case let object as [String: Any]: object.mapValues(escapingStrings)
    default: value
    }
}
