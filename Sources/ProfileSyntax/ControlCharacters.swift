/// Characters that may not stand in profile text: they are invisible or move the cursor, so a file
/// holding them can mean something other than what its reader sees, and printed raw they can drive a
/// terminal (an ESC starts an escape sequence).
///
/// They are the C0 controls other than tab, line feed and carriage return (tabs are reported on their
/// own), DEL, the C1 controls (U+0080–U+009F) and the bidirectional overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069). Line breaks are not text: the line splitter has already taken them out.
public enum ControlCharacters {
    /// One control character found in a line: where it is and which it is.
    public struct Hit: Sendable, Equatable {
        /// The 0-based column (in Unicode scalars) of the character.
        public var column: Int
        public var scalar: Unicode.Scalar
    }

    /// Whether `scalar` is a control character in the sense above (tab excluded).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x08, 0x0A...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Every control character and tab in `text`, with its column. One pass over the UTF-8 bytes, so a
    /// line of any length costs time in proportion to its length, however many hits it has.
    public static func scan(_ text: Substring) -> [Hit] {
        text.utf8.withBytes(scan)
    }

    /// The scan on valid UTF-8 bytes, by hand rather than over `unicodeScalars`: the parser runs it on
    /// every line, and nearly every line has no hit. Each character looked for is one ASCII byte, a C1
    /// control (0xC2 0x80–0x9F) or a bidirectional control (0xE2 0x80 0xAA–0xAE, 0xE2 0x81 0xA6–0xA9), so
    /// no other character needs decoding; the column counts the bytes that start a scalar.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Hit] {
        var hits: [Hit] = []
        var column = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var value: UInt32?
            switch byte {
            case 0x00...0x1F, 0x7F: value = UInt32(byte)
            case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]): value = UInt32(bytes[index + 1])
            case 0xE2 where index + 2 < bytes.count:
                let (second, third) = (bytes[index + 1], bytes[index + 2])
                if (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third)) {
                    value = 0x2000 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                }
            default: break
            }
            if let value, let scalar = Unicode.Scalar(value) { hits.append(Hit(column: column, scalar: scalar)) }
            if byte & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return hits
    }

    /// A short, readable name: `U+001B (escape)`, `U+0009 (tab)`.
    public static func name(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let word = switch scalar.value {
        case 0x00: "NUL"
        case 0x09: "tab"
        case 0x0B: "vertical tab"
        case 0x0C: "form feed"
        case 0x0D: "carriage return"
        case 0x1B: "escape"
        case 0x7F: "delete"
        case 0x202A...0x2069: "bidirectional control"
        default: "control character"
        }
        return "\(code) (\(word))"
    }

    /// `text` with every control character replaced by a visible stand-in of one column: the Unicode
    /// control pictures for C0 and DEL (`␛` for ESC, `␉` for a tab), `�` for C1 and the bidirectional
    /// controls. The one escaping of everything the tool prints for people: a file can never drive the
    /// terminal that shows it, and carets under a quoted line stay aligned. `keepingLayout` keeps line
    /// feeds and tabs, for multi-line reports.
    public static func visible(_ text: some StringProtocol, keepingLayout: Bool = false) -> String {
        func escapes(_ scalar: Unicode.Scalar) -> Bool {
            (scalar == "\t" || isControl(scalar) || scalar == "\n") && !(keepingLayout && (scalar == "\t" || scalar == "\n"))
        }
        guard text.unicodeScalars.contains(where: escapes) else { return String(text) }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case _ where !escapes(scalar): out.append(scalar)
            case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            default: out.append("\u{FFFD}")
            }
        }
        return String(out)
    }
}
