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
        // Scanned on UTF-8 bytes: brackets, '#', '-', '_' and spaces are ASCII.
        while true {
            text = text.trimmingTrailingSpaces()
            if text.utf8.last == 0x5D, let open = text.lastIndex(ofByte: 0x5B) {
                let word = text[text.utf8.index(after: open)..<text.utf8.index(before: text.endIndex)].trimmingSpaces()
                guard !word.isEmpty, !word.utf8.contains(0x20) else { break }
                let range = open..<text.endIndex
                if let found = Keywords.trend(String(word)) {
                    if let later = trendRange {
                        diagnostics.append(Diagnostic(.error, Codes.conflictingMarkers, "item has more than one trend marker",
                                                      file: file, span: span(later), label: "second trend marker",
                                                      help: "keep the one trend that fits: nieuw, groeit, krimpt or verdwijnt"))
                    }
                    trend = found
                    trendRange = range
                } else if Keywords.isCoreMarker(String(word)) {
                    if let later = coreRange {
                        diagnostics.append(Diagnostic(.error, Codes.conflictingMarkers, "item is marked core twice",
                                                      file: file, span: span(later), label: "repeated marker",
                                                      help: "remove one of the two markers"))
                    }
                    isCore = true
                    coreRange = range
                } else {
                    let suggestion = Suggestion.closest(to: String(word), among: Keywords.markerWords)
                    diagnostics.append(Diagnostic(.error, Codes.unknownMarker, "unknown marker `[\(word)]`",
                                                  file: file, span: span(range), label: "not a marker",
                                                  help: suggestion.map { "did you mean `[\($0)]`?" }
                                                    ?? "markers are [nieuw] [groeit] [krimpt] [verdwijnt] [kern] (or new, growing, shrinking, disappearing, core)"))
                }
                text = text[..<open]
            } else if let hash = text.lastIndex(ofByte: 0x23),
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
    }
}

extension Substring {
    func trimmingSpaces() -> Substring { trimmingLeadingSpaces().trimmingTrailingSpaces() }

    // Whitespace is ASCII, so the trims work on UTF-8 bytes: far faster than on Characters.
    func trimmingLeadingSpaces() -> Substring {
        guard let first = utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return self[endIndex...] }
        return self[first...]
    }

    func trimmingTrailingSpaces() -> Substring {
        guard let last = utf8.lastIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return self[startIndex..<startIndex] }
        return self[..<utf8.index(after: last)]
    }

    /// The index of the last byte equal to `byte` (an ASCII byte, so it starts a character), scanned
    /// through contiguous storage: the generic `utf8.lastIndex(of:)` is many times slower.
    func lastIndex(ofByte byte: UInt8) -> Index? {
        let offset = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var index = bytes.count - 1
            while index >= 0 { if bytes[index] == byte { return index }; index -= 1 }
            return nil
        } ?? utf8.lastIndex(of: byte).map { utf8.distance(from: startIndex, to: $0) }
        return offset.map { utf8.index(startIndex, offsetBy: $0) }
    }

    /// The number of Unicode scalars from the start of the line to `index`: the 0-based column.
    func column(of index: Index) -> Int { utf8[startIndex..<index].scalarCount }

    /// The number of Unicode scalars in this text.
    var scalarLength: Int { utf8.scalarCount }
}

extension Substring.UTF8View {
    /// Counts scalars by their leading bytes, without decoding.
    var scalarCount: Int {
        func count<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
        return withContiguousStorageIfAvailable(count) ?? count(self)
    }
}
