import Foundation

/// Reads a quote line's body: `"text" — attribution`.
enum QuoteText {
    static let separators = [" — ", " – ", " -- "]
    static let quoteMarks: Set<Character> = ["\"", "“", "”", "„", "'", "‘", "’"]

    /// Splits off the attribution after the last dash separator and removes surrounding quote marks.
    static func split(_ body: Substring) -> (text: String, attribution: String?) {
        var best: Range<Substring.Index>?
        for separator in separators {
            if let range = body.range(of: separator, options: .backwards), range.lowerBound > (best?.lowerBound ?? body.startIndex) {
                best = range
            }
        }
        guard let best else { return (unquoted(body), nil) }
        let attribution = body[best.upperBound...].trimmingSpaces()
        return (unquoted(body[..<best.lowerBound]), attribution.isEmpty ? nil : String(attribution))
    }

    static func unquoted(_ text: Substring) -> String {
        var text = text.trimmingSpaces()
        if let first = text.first, quoteMarks.contains(first) { text = text.dropFirst() }
        if let last = text.last, quoteMarks.contains(last) { text = text.dropLast() }
        return String(text.trimmingSpaces())
    }
}
