/// A position range on one line of a source file; lines and columns count from 1, columns in characters.
public struct SourceSpan: Sendable, Equatable, Hashable, Codable {
    public var line: Int
    public var column: Int
    public var length: Int

    public init(line: Int, column: Int, length: Int) {
        self.line = line
        self.column = column
        self.length = max(1, length)
    }
}

/// Decoded source text with its lines, ready for the parser.
public struct SourceFile: Sendable {
    /// Inputs above this many bytes are refused with `S001` rather than parsed.
    public static let maximumSize = 4 * 1024 * 1024

    /// The path shown in diagnostics.
    public let path: String
    /// The lines of the text, without line terminators (LF or CRLF).
    public let lines: [Substring]

    /// Makes a source from text that is already decoded.
    public init(path: String, text: String) {
        self.path = path
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        // Split on bytes: in Swift "\r\n" is one Character, so a character split would miss CRLF. Offsets
        // become indices in constant time on native UTF-8 text.
        let utf8 = body.utf8
        let ranges = utf8.withBytes(Self.lineRanges)
        lines = ranges.map { range in
            body[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
        }
    }

    /// The byte ranges of the lines in `bytes`, without their LF or CRLF; a CR ending the text is dropped too.
    private static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in 0..<bytes.count where bytes[index] == 0x0A {
            ranges.append(start..<(index > start && bytes[index - 1] == 0x0D ? index - 1 : index))
            start = index + 1
        }
        ranges.append(start..<(bytes.count > start && bytes[bytes.count - 1] == 0x0D ? bytes.count - 1 : bytes.count))
        return ranges
    }

    /// Decodes raw bytes: strips a BOM and reports invalid UTF-8; refuses binary or oversized input
    /// with a nil source.
    public static func decode(path: String, bytes: [UInt8]) -> (source: SourceFile?, diagnostics: [Diagnostic]) {
        if bytes.count > maximumSize { return (nil, [tooLarge(path: path, size: bytes.count)]) }
        if let nul = bytes.firstIndex(of: 0) {
            return (nil, [Diagnostic(.error, Codes.binaryFile, "file holds binary data, not profile text",
                                       file: path, span: location(ofByte: nul, in: bytes),
                                       label: "NUL byte here", help: "profiles are UTF-8 text files")])
        }
        // Valid text (nearly every file) is validated once, by the standard library; only invalid text is
        // decoded with repairs and searched for its first bad byte.
        if let text = String(validating: bytes, as: UTF8.self) { return (SourceFile(path: path, text: text), []) }
        let text = String(decoding: bytes, as: UTF8.self)
        var diagnostics: [Diagnostic] = []
        if let bad = firstInvalidUTF8(bytes) {
            diagnostics.append(Diagnostic(.error, Codes.invalidUTF8, "file is not valid UTF-8",
                                          file: path, span: location(ofByte: bad, in: bytes),
                                          label: "invalid byte 0x\(String(bytes[bad], radix: 16, uppercase: true))",
                                          help: "save the file as UTF-8; invalid bytes are read as \u{FFFD}"))
        }
        return (SourceFile(path: path, text: text), diagnostics)
    }

    /// The `S001` diagnostic for a file of `size` bytes, above `maximumSize`.
    public static func tooLarge(path: String, size: Int) -> Diagnostic {
        Diagnostic(.error, Codes.fileTooLarge, "file is \(size) bytes, above the limit of \(maximumSize)", file: path, span: nil,
                   help: "a profile is a few kilobytes; check that this is the right file")
    }

    /// The line with the given 1-based number, or an empty line when out of range.
    public func line(_ number: Int) -> Substring {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    private static func location(ofByte offset: Int, in bytes: [UInt8]) -> SourceSpan {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        return SourceSpan(line: line, column: prefix.count + 1, length: 1)
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            if index + length > count { return index }
            for offset in 1..<length {
                let byte = bytes[index + offset]
                let (min, max) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                if byte < min || byte > max { return index }
            }
            index += length
        }
        return nil
    }
}
