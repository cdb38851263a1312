import Testing
@testable import ProfileSyntax

/// Tabs in indentation (`S020`) and control characters in text (`S021`): located errors, never a silent
/// change of meaning.
@Suite struct ControlCharacterTests {
    @Test func aTabInIndentationIsAnErrorAtTheTab() {
        // The reproducer: items indented by a tab under a group at two spaces, then the next group.
        let (_, diagnostics) = parse("beroepsbeeld: X\nhanden:\n  vaardigheden:\n\t- Robots schoonmaken\n  taken:\n    - Plannen\n")
        let tabs = diagnostics.filter { $0.code == "S020" }
        #expect(tabs.count == 1)
        #expect(tabs.first?.span == SourceSpan(line: 4, column: 1, length: 1))
        #expect(tabs.first?.severity == .error)
        #expect(tabs.first?.help?.contains("spaces") == true)
    }

    @Test func formFeedEscapeAndBidiOverrideInTextAreLocatedErrors() {
        let (_, diagnostics) = parse("beroepsbeeld: Ti\u{1B}[31mtel\nhoofd:\n  - Een\u{0C}twee\n  - Links \u{202E}rechts\n")
        let controls = diagnostics.filter { $0.code == "S021" }
        #expect(controls.map(\.span) == [SourceSpan(line: 1, column: 17, length: 1), SourceSpan(line: 3, column: 8, length: 1),
                                         SourceSpan(line: 4, column: 11, length: 1)])
        #expect(controls[0].message.contains("U+001B (escape)"))
        #expect(controls[1].message.contains("U+000C (form feed)"))
        #expect(controls[2].message.contains("bidirectional"))
    }

    @Test func aTabBetweenWordsIsAnErrorButNotInACommentOrTrailingSpace() {
        let (_, diagnostics) = parse("beroepsbeeld: X\n# een\topmerking\nhoofd:\n  - Robots\tschoonmaken\n  - Plannen\t\n")
        #expect(diagnostics.map(\.code) == ["S021"])
        #expect(diagnostics.first?.span == SourceSpan(line: 4, column: 11, length: 1))
    }

    @Test func renderedDiagnosticsShowControlCharactersAsVisibleStandIns() {
        let source = SourceFile(path: "x.beroep", text: "beroepsbeeld: A\u{1B}]0;pwned\u{07}B\n")
        let (_, diagnostics) = Parser.parse(source)
        let text = diagnostics.map { DiagnosticRenderer(colored: false).render($0, source: source) }.joined()
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.contains("A␛]0;pwned␇B"))
    }

    @Test func theByteScanFindsWhatIsControlFindsAtScalarColumns() {
        // Around every range the scan decodes by hand: the neighbours of C1 and of both bidirectional
        // ranges, and other characters that share their first bytes (§, no-break space, dashes).
        let scalars: [UInt32] = [0x08, 0x09, 0x0A, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0x85, 0x9F, 0xA0, 0xA7, 0xEB, 0x2014, 0x2029, 0x202A,
                                 0x202C, 0x202E, 0x202F, 0x2065, 0x2066, 0x2069, 0x206A, 0x20AC, 0x1F600]
        let text = String(String.UnicodeScalarView(scalars.flatMap { [Unicode.Scalar($0)!, "x"] }))
        let expected = text.unicodeScalars.enumerated().compactMap { column, scalar in
            scalar == "\t" || ControlCharacters.isControl(scalar) ? ControlCharacters.Hit(column: column, scalar: scalar) : nil
        }
        #expect(ControlCharacters.scan(Substring(text)) == expected)
        #expect(expected.map(\.scalar.value) == [0x08, 0x09, 0x0A, 0x1F, 0x7F, 0x80, 0x85, 0x9F, 0x202A, 0x202C, 0x202E, 0x2066, 0x2069])
        // A control as the last character of a line: the bytes looked at ahead end with it.
        #expect(ControlCharacters.scan(Substring("ab\u{80}")) == [ControlCharacters.Hit(column: 2, scalar: "\u{80}")])
        #expect(ControlCharacters.scan(Substring("ab\u{2069}")) == [ControlCharacters.Hit(column: 2, scalar: "\u{2069}")])
    }

    @Test func plainTextHasNoHits() {
        #expect(ControlCharacters.scan("Cliënten begeleiden — “zorg” ✓").isEmpty)
        #expect(ControlCharacters.visible("geen\u{85}stuur") == "geen\u{FFFD}stuur")
    }
}
