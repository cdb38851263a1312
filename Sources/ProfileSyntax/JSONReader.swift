/// Reads JSON text into `JSONNode`s that know their line and column.
///
/// Written here because Foundation's `JSONSerialization` and `JSONDecoder` report no position for a value
/// or an error (and word their errors in Swift's terms), and no package this project may use reads JSON
/// with positions: Yams reads YAML, a superset that would take `{title: x}` as valid. The reader is strict
/// RFC 8259 (no comments, trailing commas, single quotes, `NaN` or leading zeros), stops at the first
/// syntax error, takes time linear in the input (columns are counted once, forward), and refuses nesting
/// deeper than `maximumDepth`, so that no input can exhaust the stack.
public struct JSONReader {
    /// Objects and arrays nested deeper than this are refused; a profile nests 8 levels at most.
    public static let maximumDepth = 64

    /// Reads `text`, named `path` in diagnostics. A leading byte order mark is skipped, as `SourceFile`
    /// skips it, so that columns match its lines. Returns the value, or the first syntax error (`S019`).
    public static func read(_ text: String, path: String) -> (node: JSONNode?, error: Diagnostic?) {
        var reader = JSONReader(bytes: Array(text.utf8), path: path)
        do {
            return (try reader.document(), nil)
        } catch {
            return (nil, reader.diagnostic(error))
        }
    }

    /// A place in the text: a byte offset with its line.
    private struct Position {
        var offset: Int
        var line: Int
        var lineStart: Int
    }

    private struct SyntaxError: Error {
        var at: Position
        var end: Int
        var message: String
        var label: String
        var help: String
    }

    private let bytes: [UInt8]
    private let path: String
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    /// The last column computed, so that the next one is counted on from there rather than from the line start.
    private var columnCache = (lineStart: 0, offset: 0, column: 0)

    private init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { (offset, lineStart) = (3, 3) }
        columnCache = (lineStart, lineStart, 0)
    }

    private var position: Position { Position(offset: offset, line: line, lineStart: lineStart) }
    private var next: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    // MARK: Values

    private mutating func document() throws(SyntaxError) -> JSONNode {
        skipWhitespace()
        guard offset < bytes.count else {
            throw SyntaxError(at: position, end: offset, message: "file is empty", label: "no JSON value",
                              help: "a JSON profile is one object: {\"format\": \"beroepsbeeld/2\", \"title\": \"…\", \"parts\": []}")
        }
        let root = try value()
        skipWhitespace()
        guard offset == bytes.count else {
            throw SyntaxError(at: position, end: offset + 1, message: "\(found()) after the end of the JSON value", label: "unexpected",
                              help: "a profile file holds one JSON object; remove what follows its closing `}`")
        }
        return root
    }

    private mutating func value() throws(SyntaxError) -> JSONNode {
        skipWhitespace()
        let start = position
        switch next ?? 0 {
        case 0x7B: return try object()
        case 0x5B: return try array()
        case 0x22:
            let text = try string()
            return JSONNode(value: .string(text), span: span(start, to: offset))
        case 0x2D, 0x30...0x39: return try number()
        case 0x61...0x7A, 0x41...0x5A: return try literal()
        default:
            throw SyntaxError(at: start, end: offset + 1, message: "expected a value, found \(found())", label: "expected a value",
                              help: helpForUnexpected())
        }
    }

    private mutating func object() throws(SyntaxError) -> JSONNode {
        var members: [JSONMember] = []
        let span = try sequence("object", closer: 0x7D) { (reader: inout JSONReader) throws(SyntaxError) in
            members.append(try reader.member())
        }
        return JSONNode(value: .object(members), span: span)
    }

    private mutating func array() throws(SyntaxError) -> JSONNode {
        var elements: [JSONNode] = []
        let span = try sequence("array", closer: 0x5D) { (reader: inout JSONReader) throws(SyntaxError) in
            elements.append(try reader.value())
        }
        return JSONNode(value: .array(elements), span: span)
    }

    /// Reads the object or array whose opening bracket is at `offset`, calling `element` for each member
    /// or element; returns the span of the opening bracket.
    private mutating func sequence(_ what: String, closer: UInt8,
                                   _ element: (inout JSONReader) throws(SyntaxError) -> Void) throws(SyntaxError) -> SourceSpan {
        let open = position
        let openSpan = span(open, to: offset + 1)
        try enter(open)
        offset += 1
        let (close, noun) = closer == 0x7D ? ("}", "a member") : ("]", "an element")
        var count = 0
        var comma: Position?
        elements: while true {
            skipWhitespace()
            guard let byte = next else { throw notClosed(open, what, closer: close) }
            if byte == closer, let comma { throw trailingComma(comma, before: close) }
            if byte == closer, count == 0 { break elements }
            try element(&self)
            count += 1
            skipWhitespace()
            switch next {
            case 0x2C: comma = position; offset += 1
            case closer?: break elements
            case nil: throw notClosed(open, what, closer: close)
            default:
                throw SyntaxError(at: position, end: offset + 1, message: "expected `,` or `\(close)` after \(noun), found \(found())",
                                  label: "expected `,` or `\(close)`", help: "separate \(noun.split(separator: " ")[1])s with commas and close the \(what) with `\(close)`")
            }
        }
        offset += 1
        depth -= 1
        return openSpan
    }

    /// Reads a `"key": value` member whose key starts at `offset`.
    private mutating func member() throws(SyntaxError) -> JSONMember {
        guard next == 0x22 else {
            throw SyntaxError(at: position, end: offset + 1, message: "expected a key in double quotes, found \(found())",
                              label: "expected a key", help: next == 0x27 ? "JSON strings take double quotes: \"title\""
                                                                          : "write each member as \"key\": value")
        }
        let keyStart = position
        let key = try string()
        let keySpan = span(keyStart, to: offset)
        skipWhitespace()
        guard next == 0x3A else {
            throw SyntaxError(at: position, end: offset + 1, message: "expected `:` after the key \"\(key)\", found \(found())",
                              label: "expected `:`", help: "write \"\(key)\": value")
        }
        offset += 1
        return JSONMember(key: key, keySpan: keySpan, value: try value())
    }

    /// Reads the string whose opening quote is at `offset`.
    private mutating func string() throws(SyntaxError) -> String {
        let open = position
        offset += 1
        var chunkStart = offset
        // The text with its escapes resolved, built only once an escape is met; appended to in place.
        var unescaped: [UInt8] = []
        var hasEscapes = false
        while true {
            guard let byte = next else { throw unclosedString(open) }
            switch byte {
            case 0x22:
                defer { offset += 1 }
                guard hasEscapes else { return String(decoding: bytes[chunkStart..<offset], as: UTF8.self) }
                unescaped += bytes[chunkStart..<offset]
                return String(decoding: unescaped, as: UTF8.self)
            case 0x5C:
                hasEscapes = true
                unescaped += bytes[chunkStart..<offset]
                try escape(into: &unescaped)
                chunkStart = offset
            case 0x0A: throw unclosedString(open)
            case 0x0D where offset + 1 == bytes.count || bytes[offset + 1] == 0x0A: throw unclosedString(open)
            case 0x00..<0x20:
                throw SyntaxError(at: position, end: offset + 1, message: "control character U+\(hex(UInt32(byte))) inside a string",
                                  label: "not allowed unescaped",
                                  help: byte == 0x09 ? "write a tab as \\t" : "write it as \\u\(hex(UInt32(byte)))")
            default: offset += 1
            }
        }
    }

    /// Reads the escape at `offset` (its backslash) and appends what it stands for.
    private mutating func escape(into buffer: inout [UInt8]) throws(SyntaxError) {
        let start = position
        guard offset + 1 < bytes.count else { throw unclosedString(start) }
        let letter = bytes[offset + 1]
        let simple: UInt8? = switch letter {
        case 0x22, 0x5C, 0x2F: letter
        case 0x62: 0x08
        case 0x66: 0x0C
        case 0x6E: 0x0A
        case 0x72: 0x0D
        case 0x74: 0x09
        default: nil
        }
        if let simple {
            buffer.append(simple)
            offset += 2
            return
        }
        guard letter == 0x75 else {
            offset += 1
            throw SyntaxError(at: start, end: offset + 1, message: "unknown escape `\\\(found(describing: false))` in a string",
                              label: "not an escape", help: "the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write a backslash as \\\\")
        }
        let first = try hexEscape(start)
        var scalar = first
        if (0xD800...0xDBFF).contains(first) {
            let secondStart = position
            guard next == 0x5C, offset + 1 < bytes.count, bytes[offset + 1] == 0x75 else { throw loneSurrogate(start, first) }
            let second = try hexEscape(secondStart)
            guard (0xDC00...0xDFFF).contains(second) else { throw loneSurrogate(start, first) }
            scalar = 0x10000 + (first - 0xD800) << 10 + (second - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(first) {
            throw loneSurrogate(start, first)
        }
        buffer += Array(String(Character(Unicode.Scalar(scalar)!)).utf8)
    }

    /// Reads `\uXXXX` at `offset`; returns the code unit.
    private mutating func hexEscape(_ start: Position) throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for index in offset + 2 ..< offset + 6 {
            guard index < bytes.count, let digit = hexDigit(bytes[index]) else {
                throw SyntaxError(at: start, end: min(index + 1, bytes.count), message: "`\\u` takes four hexadecimal digits",
                                  label: "incomplete escape", help: "write a character by its code as \\u00EB, or write it as it is")
            }
            value = value << 4 | digit
        }
        offset += 6
        return value
    }

    private mutating func number() throws(SyntaxError) -> JSONNode {
        let start = position
        func digits(_ reader: inout JSONReader) -> Int {
            let from = reader.offset
            while let byte = reader.next, (0x30...0x39).contains(byte) { reader.offset += 1 }
            return reader.offset - from
        }
        var valid = true
        if next == 0x2D { offset += 1 }
        if next == 0x30 { offset += 1 } else { valid = digits(&self) > 0 }
        if valid, next == 0x2E { offset += 1; valid = digits(&self) > 0 }
        if valid, next == 0x65 || next == 0x45 {
            offset += 1
            if next == 0x2B || next == 0x2D { offset += 1 }
            valid = digits(&self) > 0
        }
        // A number ends at a delimiter; `01`, `1.`, `1e` and `12abc` are not numbers.
        let end = offset
        while let byte = next, Self.isWordByte(byte) || byte == 0x2E || byte == 0x2B || byte == 0x2D { offset += 1 }
        guard valid, offset == end else {
            throw SyntaxError(at: start, end: offset, message: "invalid number `\(text(start.offset, offset))`", label: "not a JSON number",
                              help: "write numbers like 4, -2 or 3.5: no leading zeros, no `+`, digits on both sides of the point")
        }
        return JSONNode(value: .number(text(start.offset, end)), span: span(start, to: end))
    }

    /// `true`, `false` or `null`; any other word is an error.
    private mutating func literal() throws(SyntaxError) -> JSONNode {
        let start = position
        while let byte = next, Self.isWordByte(byte) { offset += 1 }
        let word = text(start.offset, offset)
        let value: JSONNode.Value
        switch word {
        case "true": value = .bool(true)
        case "false": value = .bool(false)
        case "null": value = .null
        default:
            throw SyntaxError(at: start, end: offset, message: "expected a value, found `\(word.prefix(40))`", label: "not a JSON value",
                              help: ["true", "false", "null"].contains(word.lowercased()) ? "JSON writes true, false and null in lowercase"
                                                                                         : "write text in double quotes: \"\(word.prefix(40))\"")
        }
        return JSONNode(value: value, span: span(start, to: offset))
    }

    // MARK: Errors

    private mutating func enter(_ open: Position) throws(SyntaxError) {
        depth += 1
        guard depth <= Self.maximumDepth else {
            throw SyntaxError(at: open, end: open.offset + 1, message: "values nested more than \(Self.maximumDepth) levels deep",
                              label: "too deep", help: "a profile nests 8 levels at most: profile, parts, part, groups, group, items, item, comments")
        }
    }

    private func notClosed(_ open: Position, _ what: String, closer: String) -> SyntaxError {
        SyntaxError(at: open, end: open.offset + 1, message: "the \(what) opened here is not closed", label: "never closed",
                    help: "close it with `\(closer)`; the file ends first")
    }

    private func trailingComma(_ comma: Position, before closer: String) -> SyntaxError {
        SyntaxError(at: comma, end: comma.offset + 1, message: "comma before `\(closer)`", label: "trailing comma",
                    help: "JSON allows no comma after the last \(closer == "}" ? "member" : "element"): remove it")
    }

    private func unclosedString(_ open: Position) -> SyntaxError {
        var end = open.offset + 1
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        return SyntaxError(at: open, end: end, message: "string is not closed", label: "no closing quote on this line",
                           help: "end the string with \" on the same line; write a line break inside a string as \\n")
    }

    private func loneSurrogate(_ start: Position, _ unit: UInt32) -> SyntaxError {
        SyntaxError(at: start, end: start.offset + 6, message: "`\\u\(hex(unit))` is half of a surrogate pair", label: "lone surrogate",
                    help: "write the character as it is, or as both halves of its pair (\\uD83D\\uDE00)")
    }

    private func helpForUnexpected() -> String {
        switch next {
        case 0x27: "JSON strings take double quotes"
        case 0x2F, 0x23: "JSON has no comments; keep them in a \"comments\" array"
        case 0x2B, 0x2E: "write numbers like 4, -2 or 3.5"
        default: "a value is a string in double quotes, a number, an object, an array, true, false or null"
        }
    }

    /// The character at `offset` for a message: "`x`", "U+0009" for an invisible one, or "the end of the file".
    private func found(describing quoted: Bool = true) -> String {
        guard offset < bytes.count else { return "the end of the file" }
        let character = String(decoding: bytes[offset..<min(offset + 4, bytes.count)], as: UTF8.self).unicodeScalars.first!
        if character.properties.isWhitespace || character.value < 0x20 || character.value == 0x7F {
            return "U+" + hex(character.value)
        }
        return quoted ? "`\(character)`" : String(character)
    }

    private mutating func diagnostic(_ error: SyntaxError) -> Diagnostic {
        Diagnostic(.error, Codes.invalidJSON, error.message, file: path, span: span(error.at, to: max(error.end, error.at.offset + 1)),
                   label: error.label, help: error.help)
    }

    // MARK: Positions and bytes

    private mutating func skipWhitespace() {
        while let byte = next {
            switch byte {
            case 0x20, 0x09, 0x0D: offset += 1
            case 0x0A: offset += 1; line += 1; lineStart = offset
            default: return
            }
        }
    }

    /// The span from `start` to the byte offset `end` (on the same line), with columns in Unicode scalars
    /// as the parser counts them.
    private mutating func span(_ start: Position, to end: Int) -> SourceSpan {
        var (from, column) = (start.lineStart, 0)
        if columnCache.lineStart == start.lineStart, columnCache.offset <= start.offset { (from, column) = (columnCache.offset, columnCache.column) }
        column += scalars(from, start.offset)
        columnCache = (start.lineStart, start.offset, column)
        return SourceSpan(line: start.line, column: column + 1, length: scalars(start.offset, min(end, bytes.count)))
    }

    private func scalars(_ from: Int, _ to: Int) -> Int {
        var count = 0
        for index in from..<max(from, to) where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    private func text(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }

    private func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
