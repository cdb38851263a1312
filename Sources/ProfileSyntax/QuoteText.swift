/// Reads a quote line's body: `"text" — attribution`.
enum QuoteText {
    static let separators = [" — ", " – ", " -- "]
    static let quoteMarks: Set<Character> = ["\"", "“", "”", "„", "'", "‘", "’"]

    /// Splits off the attribution after the last dash separator and removes surrounding quote marks.
    static func split(_ body: Substring) -> (text: String, attribution: String?) {
        guard let best = lastSeparator(in: body) else { return (unquoted(body), nil) }
        let attribution = body[best.upperBound...].trimmingSpaces()
        return (unquoted(body[..<best.lowerBound]), attribution.isEmpty ? nil : String(attribution))
    }

    /// The last ` — `, ` – ` or ` -- ` in `body`, found by a backward byte scan.
    static func lastSeparator(in body: Substring) -> Range<Substring.Index>? {
        let utf8 = body.utf8
        let dashes: [[UInt8]] = separators.map { Array($0.utf8.dropFirst().dropLast()) }  // without the spaces
        var end = utf8.endIndex
        while let space = utf8[..<end].lastIndex(of: 0x20) {
            let after = utf8.index(after: space)
            for dash in dashes where utf8[after...].starts(with: dash) {
                let dashEnd = utf8.index(after, offsetBy: dash.count)
                if dashEnd < utf8.endIndex, utf8[dashEnd] == 0x20 { return space..<utf8.index(after: dashEnd) }
            }
            end = space
        }
        return nil
    }

    static func unquoted(_ text: Substring) -> String {
        var text = text.trimmingSpaces()
        if let first = text.first, quoteMarks.contains(first) { text = text.dropFirst() }
        if let last = text.last, quoteMarks.contains(last) { text = text.dropLast() }
        return String(text.trimmingSpaces())
    }
}
