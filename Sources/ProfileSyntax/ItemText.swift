/// Splits the trailing markers (`[groeit]`, `[kern]`, `[schets]`, `[bron: …]`) and id (`#sensordata`) off
/// an item's text; of a quote, only its provenance markers (`[parafrase]`, `[bron: …]`).
struct ItemText {
    var text: Substring
    var trend: Trend?
    var isCore = false
    var id: String?
    var citations: [CitationNode] = []
    var sketch = false
    var potential = false
    var paraphrase = false
    var diagnostics: [Diagnostic] = []

    /// Reads `body` (the item after its dash, or the quote after its `>`) of `line`, reporting marker
    /// problems at their columns. For a quote, a bracket that is not a provenance marker ends the markers
    /// and stays part of the attribution, as it always has.
    init(_ body: Substring, in line: Substring, lineNumber: Int, file: String, isQuote: Bool = false, suggestions: SuggestionCache) {
        text = body
        // Markers are read from the end of the line backwards, so columns are counted backwards from one
        // known point: counting each from the start of the line would make a line of many markers quadratic.
        var anchor = (index: line.endIndex, column: line.column(of: line.endIndex))
        func span(_ range: Range<Substring.Index>) -> SourceSpan {
            let lower = range.lowerBound
            anchor = lower <= anchor.index ? (lower, anchor.column - line.utf8[lower..<anchor.index].scalarCount)
                                           : (lower, anchor.column + line.utf8[anchor.index..<lower].scalarCount)
            return SourceSpan(line: lineNumber, column: anchor.column + 1, length: line[range].scalarLength)
        }
        // The marker to the right of the one being read: of two trend markers the left one counts, and
        // the error goes under the right one, the second as the line reads.
        var trendRange: Range<Substring.Index>?
        var coreRange: Range<Substring.Index>?
        var found: [CitationNode] = []
        // Scanned on UTF-8 bytes: brackets, '#', '-', '_' and spaces are ASCII.
        scan: while true {
            text = text.trimmingTrailingSpaces()
            if text.utf8.last == 0x5D, let open = text.lastIndex(ofByte: 0x5B) {
                let inside = text.utf8.index(after: open)..<text.utf8.index(before: text.endIndex)
                let word = text[inside].trimmingSpaces()
                let range = open..<text.endIndex
                if let colon = word.utf8.firstIndex(of: 0x3A), Keywords.citation.contains(word[..<colon].trimmingSpaces().lowercased()) {
                    // Read left to right inside the marker; markers come right to left, so prepend.
                    found.insert(contentsOf: Self.citations(word[word.utf8.index(after: colon)...], line: line, lineNumber: lineNumber,
                                                           file: file, markerSpan: span(range), diagnostics: &diagnostics), at: 0)
                    text = text[..<open]
                    continue
                }
                guard !word.isEmpty, !word.utf8.contains(0x20) else { break }
                let marker = Keywords.marker(word)
                switch marker {
                case .paraphrase:
                    if !isQuote {
                        diagnostics.append(Diagnostic(.error, Codes.badCitation, "`[\(word)]` marks a quote, not an item", file: file,
                                                      span: span(range), label: "paraphrase on an item",
                                                      help: "an item is always in the author's words; remove the marker, or make the line a quote (`> …`)"))
                    }
                    paraphrase = true
                case .sketch where !isQuote:
                    sketch = true
                case .potential where !isQuote:
                    potential = true
                case _ where isQuote:
                    break scan
                case .trend(let trendFound):
                    if let later = trendRange {
                        diagnostics.append(Diagnostic(.error, Codes.conflictingMarkers, "item has more than one trend marker",
                                                      file: file, span: span(later), label: "second trend marker",
                                                      help: "keep the one trend that fits: nieuw, groeit, krimpt or verdwijnt"))
                    }
                    trend = trendFound
                    trendRange = range
                case .core:
                    if let later = coreRange {
                        diagnostics.append(Diagnostic(.error, Codes.conflictingMarkers, "item is marked core twice",
                                                      file: file, span: span(later), label: "repeated marker",
                                                      help: "remove one of the two markers"))
                    }
                    isCore = true
                    coreRange = range
                default:
                    let suggestion = suggestions.closest(to: word)
                    diagnostics.append(Diagnostic(.error, Codes.unknownMarker, "unknown marker `[\(word)]`",
                                                  file: file, span: span(range), label: "not a marker",
                                                  help: suggestion.map { "did you mean `[\($0)]`?" }
                                                    ?? "markers are [nieuw] [groeit] [krimpt] [verdwijnt] [kern] [schets] [bron: key] (or new, growing, shrinking, disappearing, core, sketch, source)"))
                }
                text = text[..<open]
            } else if !isQuote, let hash = text.lastIndex(ofByte: 0x23),
                      hash == text.startIndex || text.utf8[text.utf8.index(before: hash)] == 0x20 {
                let word = text[text.utf8.index(after: hash)...]
                guard !word.utf8.contains(0x20), id == nil else { break }
                if !ItemID.isValid(word) {
                    diagnostics.append(ItemID.invalid("#\(word)", file: file, span: span(hash..<text.endIndex)))
                } else {
                    id = String(word)
                }
                text = text[..<hash]
            } else {
                break
            }
        }
        citations = found
    }

    /// The citations in the inside of `[bron: …]` after its colon: `key locator; key locator`, each key
    /// checked (`S025`); `markerSpan` locates a marker with no key at all.
    private static func citations(_ list: Substring, line: Substring, lineNumber: Int, file: String, markerSpan: SourceSpan,
                                  diagnostics: inout [Diagnostic]) -> [CitationNode] {
        var result: [CitationNode] = []
        // Split on UTF-8 bytes: ';' and ' ' are ASCII, and splitting Characters costs grapheme breaking.
        for chunk in list.utf8.split(separator: 0x3B, omittingEmptySubsequences: false) {
            let entry = Substring(chunk).trimmingSpaces()
            let key = entry[..<(entry.utf8.firstIndex(of: 0x20) ?? entry.endIndex)]
            let locator = entry[key.endIndex...].trimmingSpaces()
            let keySpan = key.isEmpty ? markerSpan
                : SourceSpan(line: lineNumber, column: line.column(of: key.startIndex) + 1, length: key.scalarLength)
            guard SourceKey.isValid(key) else {
                diagnostics.append(Diagnostic(.error, Codes.badCitation,
                                              key.isEmpty ? "citation names no source" : "`\(key)` is not a source key", file: file,
                                              span: keySpan, label: key.isEmpty ? "no key" : "not a key",
                                              help: "cite a source by its key and, optionally, where in it: `[bron: kracht2021 p. 27]`; keys are lowercase letters, digits and hyphens"))
                continue
            }
            result.append(CitationNode(key: String(key), locator: locator.isEmpty ? nil : String(locator), span: keySpan))
        }
        return result
    }
}
