import Testing
@testable import ProfileSyntax

/// Diagnostics that lead: a misspelt part is read as the part it was meant to be, repeated marker
/// errors point at the repeat and are capped per line, and none of it takes time out of proportion.
@Suite struct LeadingDiagnosticsTests {
    @Test func aMisspeltPartIsReadAsTheSuggestedPartSoItsErrorsShowNow() {
        let (tree, diagnostics) = parse("beroepsbeeld: X\nhandn:\n  - Gewas beoordelen [groet]\n")
        #expect(diagnostics.map(\.code) == ["S004", "S007"])
        #expect(diagnostics[0].help?.contains("did you mean `handen`?") == true)
        #expect(diagnostics[0].span == SourceSpan(line: 2, column: 1, length: 5))
        #expect(tree.parts.map(\.kind) == [.hands])
        #expect(tree.parts[0].entries.items.map(\.text) == ["Gewas beoordelen"])
    }

    @Test func aWordFarFromAnyKeywordStillSkipsItsBlock() {
        let (tree, diagnostics) = parse("beroepsbeeld: X\nallerlei:\n  - iets [groet]\n")
        #expect(diagnostics.map(\.code) == ["S004"])
        #expect(tree.parts.isEmpty)
    }

    @Test func theSecondTrendMarkerCarriesTheCaret() {
        let (tree, diagnostics) = parse("hoofd:\n  - Data lezen [nieuw] [groeit]\n")
        #expect(diagnostics.map(\.code) == ["S008"])
        // `[groeit]` starts at column 24; `[nieuw]` at 16.
        #expect(diagnostics.first?.span == SourceSpan(line: 2, column: 24, length: 8))
        #expect(tree.parts[0].entries.items.first?.trend == .new)
    }

    @Test func repeatedMarkerErrorsOnOneLineAreCappedWithACount() {
        let markers = 2_000
        let source = SourceFile(path: "x.beroep", text: "hoofd:\n  - Iets" + String(repeating: " [kern]", count: markers) + "\n")
        let diagnostics = Parser.parse(source).diagnostics
        #expect(diagnostics.count == Parser.repeatsShownPerLine + 1)
        #expect(diagnostics.allSatisfy { $0.code == "S008" && $0.severity == .error })
        #expect(diagnostics.last?.message == "… and \(markers - 1 - Parser.repeatsShownPerLine) more like this on line 2")
        // Columns are right however far along the line: the n-th repeat starts at 10 + 7n.
        #expect(diagnostics.prefix(3).map { $0.span!.column } == [17, 24, 31])
    }
}
