/// Splits the trailing markers (`[groeit]`, `[kern]`) and id (`#sensordata`) off an item's text.
struct ItemText {
    var text: Substring
    var trend: Trend?
    var isCore = false
    var id: String?
    var diagnostics: [Diagnostic] = []

    /// Reads `body` (the item after its dash) of `line`, reporting marker problems at their columns.
    init(_ body: Substring, in line: Substring, lineNumber: Int, file: String) {
        text = body
        func span(_ range: Range<Substring.Index>) -> SourceSpan {
            SourceSpan(line: lineNumber, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1,
                       length: line.distance(from: range.lowerBound, to: range.upperBound))
        }
        while true {
            text = text.trimmingTrailingSpaces()
            if text.last == "]", let open = text.lastIndex(of: "[") {
                let word = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingSpaces()
                guard !word.isEmpty, !word.contains(" ") else { break }
                let range = open..<text.endIndex
                if let found = Keywords.trend(String(word)) {
                    if trend != nil {
                        diagnostics.append(Diagnostic(.error, Codes.conflictingMarkers, "item has more than one trend marker",
                                                      file: file, span: span(range), label: "second trend marker",
                                                      help: "keep the one trend that fits: nieuw, groeit, krimpt or verdwijnt"))
                    }
                    trend = found
                } else if Keywords.isCoreMarker(String(word)) {
                    if isCore {
                        diagnostics.append(Diagnostic(.error, Codes.conflictingMarkers, "item is marked core twice",
                                                      file: file, span: span(range), label: "repeated marker",
                                                      help: "remove one of the two markers"))
                    }
                    isCore = true
                } else {
                    let suggestion = Suggestion.closest(to: String(word), among: Keywords.markerWords)
                    diagnostics.append(Diagnostic(.error, Codes.unknownMarker, "unknown marker `[\(word)]`",
                                                  file: file, span: span(range), label: "not a marker",
                                                  help: suggestion.map { "did you mean `[\($0)]`?" }
                                                    ?? "markers are [nieuw] [groeit] [krimpt] [verdwijnt] [kern] (or new, growing, shrinking, disappearing, core)"))
                }
                text = text[..<open]
            } else if let hash = text.lastIndex(of: "#"), hash == text.startIndex || text[text.index(before: hash)] == " " {
                let word = text[text.index(after: hash)...]
                guard !word.contains(" "), id == nil else { break }
                if word.isEmpty || !word.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
                    diagnostics.append(Diagnostic(.error, Codes.badIdentifier, "item id `#\(word)` has characters an id may not hold",
                                                  file: file, span: span(hash..<text.endIndex), label: "invalid id",
                                                  help: "use ASCII letters, digits, '-' and '_', for instance `#data-lezen`"))
                } else {
                    id = String(word)
                }
                text = text[..<hash]
            } else {
                break
            }
        }
    }
}

extension Substring {
    func trimmingSpaces() -> Substring { trimmingLeadingSpaces().trimmingTrailingSpaces() }

    func trimmingLeadingSpaces() -> Substring {
        guard let first = firstIndex(where: { $0 != " " && $0 != "\t" }) else { return self[endIndex...] }
        return self[first...]
    }

    func trimmingTrailingSpaces() -> Substring {
        guard let last = lastIndex(where: { $0 != " " && $0 != "\t" }) else { return self[startIndex..<startIndex] }
        return self[...last]
    }
}
