/// Text from profiles made safe to print: no control character reaches a terminal raw, so a title
/// holding ESC cannot move the cursor, retitle the window or hide text (issue 8, item 6).
///
/// The one escaping every human-readable output uses (docs/cli.md, "Control characters"): a C0
/// control character or DEL is shown as its symbol from Unicode's Control Pictures block (ESC as
/// `␛`, BEL as `␇`, DEL as `␡`), one character for one, so the carets under a diagnostic's source
/// line stay aligned; a C1 control character (U+0080–U+009F), which has no symbol, is spelled
/// `\u{9B}`. Line feeds and tabs are layout, not injection, and are kept.
public enum TerminalText {
    /// `text` with every control character but line feed and tab made visible.
    public static func escaped<S: StringProtocol>(_ text: S) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return String(text) }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case _ where !needsEscape(scalar): out.append(scalar)
            case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            default: out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            }
        }
        return String(out)
    }

    /// Whether `scalar` is a control character other than line feed and tab.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }
}
