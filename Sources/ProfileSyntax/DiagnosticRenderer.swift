/// Renders diagnostics in the rustc style: header, location arrow, source excerpt with carets, help.
public struct DiagnosticRenderer {
    /// Lines longer than this are shown as a window around the span.
    static let excerptWidth = 100

    public let colored: Bool

    public init(colored: Bool) { self.colored = colored }

    /// Renders `diagnostic`, quoting from `source` when the diagnostic has a span in it. Text from the file
    /// (the quoted line, and names quoted in the message) shows control characters as visible stand-ins:
    /// a file can never drive the terminal that checks it.
    public func render(_ diagnostic: Diagnostic, source: SourceFile?) -> String {
        var diagnostic = diagnostic
        diagnostic.message = ControlCharacters.visible(diagnostic.message)
        diagnostic.file = ControlCharacters.visible(diagnostic.file)
        diagnostic.label = diagnostic.label.map { ControlCharacters.visible($0) }
        diagnostic.help = diagnostic.help.map { ControlCharacters.visible($0) }
        let color = diagnostic.severity == .error ? "31" : diagnostic.severity == .warning ? "33" : "36"
        var out = paint("\(diagnostic.severity.rawValue)[\(diagnostic.code)]", "1;\(color)") + paint(": \(diagnostic.message)", "1") + "\n"
        guard let span = diagnostic.span else {
            out += paint("  --> ", "1;34") + diagnostic.file + "\n"
            if let help = diagnostic.help { out += paint("   = help: ", "1;34") + help + "\n" }
            return out
        }
        let gutter = String(repeating: " ", count: String(span.line).count)
        out += gutter + paint("--> ", "1;34") + "\(diagnostic.file):\(span.line):\(span.column)\n"
        if let source {
            let (shown, caretColumn, caretLength) = excerpt(of: source.line(span.line), span: span)
            out += gutter + paint(" |", "1;34") + "\n"
            out += paint("\(span.line) |", "1;34") + " " + shown + "\n"
            out += gutter + paint(" |", "1;34") + " " + String(repeating: " ", count: caretColumn)
                + paint(String(repeating: "^", count: caretLength) + (diagnostic.label.map { " " + $0 } ?? ""), "1;\(color)") + "\n"
        }
        if let help = diagnostic.help { out += gutter + paint(" = help: ", "1;34") + help + "\n" }
        return out
    }

    /// The visible part of a line, with tabs and control characters shown as stand-ins of one column, and
    /// where the carets go in it.
    func excerpt(of line: Substring, span: SourceSpan) -> (String, Int, Int) {
        let start = max(0, span.column - 1)
        let count = line.count
        let length = max(1, min(span.length, max(1, count - start), Self.excerptWidth))
        guard count > Self.excerptWidth else {
            return (ControlCharacters.visible(line), start, length)
        }
        let from = max(0, min(start - 20, count - Self.excerptWidth))
        let window = line.dropFirst(from).prefix(Self.excerptWidth)
        let prefix = from > 0 ? "…" : ""
        let suffix = from + Self.excerptWidth < count ? "…" : ""
        return (prefix + ControlCharacters.visible(window) + suffix, start - from + prefix.count, min(length, Self.excerptWidth - (start - from)))
    }

    private func paint(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
