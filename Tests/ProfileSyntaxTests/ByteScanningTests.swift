import Testing
@testable import ProfileSyntax

@Suite struct ByteScanningTests {
    /// The count is taken eight bytes at a time with a tail byte by byte: every slice of texts with one-,
    /// two-, three- and four-byte scalars, at every start and end, so that each lands on and off a word.
    @Test func scalarCountMatchesTheStandardLibraryOnEverySlice() {
        for text in ["ab", "geëvalueerd cliënten — één", "€uro 𝄞 muziek ✓ ok", String(repeating: "ë", count: 13) + "x"] {
            let line = Substring(text)
            let indices = Array(line.unicodeScalars.indices) + [line.endIndex]
            for (lowerOffset, lower) in indices.enumerated() {
                for (upperOffset, upper) in indices.enumerated() where upper >= lower {
                    #expect(line[lower..<upper].utf8.scalarCount == upperOffset - lowerOffset, "\(text) \(lowerOffset)..<\(upperOffset)")
                }
            }
        }
    }

    @Test func columnsCountScalarsNotBytes() {
        let line: Substring = "  - geëvalueerd [bron: x]"
        let bracket = line.lastIndex(ofByte: 0x5B)!
        #expect(line.column(of: bracket) == 16)
        #expect(line[bracket...].scalarLength == 9)
    }
}
