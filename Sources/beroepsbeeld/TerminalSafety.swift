import CLISupport
import Foundation
import ProfileModel
import ProfileSyntax

extension DiagnosticRenderer {
    /// `diagnostics` rendered one after another (the renderer shows control characters as visible
    /// stand-ins: a profile cannot reach the terminal through its diagnostics).
    func renderSafely(_ diagnostics: [Diagnostic], source: SourceFile?) -> String {
        diagnostics.map { render($0, source: source) + "\n" }.joined()
    }
}

/// `value` with every string in it made safe for a terminal (`ControlCharacters.visible`), for the human reports
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
    case let text as String: ControlCharacters.visible(text)
    case let list as [Any]: list.map(escapingStrings)
    case let object as [String: Any]: object.mapValues(escapingStrings)
    default: value
    }
}
