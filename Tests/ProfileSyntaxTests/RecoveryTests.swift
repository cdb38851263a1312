import Testing
@testable import ProfileSyntax

@Suite struct RecoveryTests {
    @Test func reportsEveryErrorOfAFileInOneRunAndKeepsTheRest() {
        let (tree, diagnostics) = parse("""
        beroepsbeeld: Test
        handn:
          - valt onder het onbekende blok
        hoofd: tekst na de dubbele punt
          - Data lezen [groei]
          - Twee trends [nieuw] [krimpt]
          -
        hart
        mond:
          - Overleg met het team
        """)
        #expect(diagnostics.map(\.code) == ["S004", "S010", "S007", "S008", "S009", "S005"])
        #expect(diagnostics.map { $0.span!.line } == [2, 4, 5, 6, 7, 8])
        #expect(diagnostics[0].help == "did you mean `handen`? (read as `handen` meanwhile)")
        #expect(diagnostics[2].help == "did you mean `[groeit]`?")
        #expect(diagnostics[5].help == "add a colon: `hart:`")
        // Nothing is lost: the valid parts and items are all there, the misspelt part read as `handen`.
        #expect(tree.parts.map(\.kind) == [.hands, .head, .mouth])
        #expect(tree.parts[0].entries.items.map(\.text) == ["valt onder het onbekende blok"])
        #expect(tree.parts[1].entries.items.map(\.text) == ["tekst na de dubbele punt", "Data lezen", "Twee trends"])
        #expect(tree.parts[2].entries.items.map(\.text) == ["Overleg met het team"])
    }

    @Test func itemsBeforeAnyPartAreReportedOnce() {
        let (_, diagnostics) = parse("beroepsbeeld: X\n  - los item\n  > \"los citaat\"\n")
        #expect(diagnostics.map(\.code) == ["S006", "S006"])
    }

    @Test func groupsInPassionAndNestedGroupsAreReported() {
        let (_, diagnostics) = parse("handen:\n  taken:\n    sub:\n      - x\npassie:\n  kern:\n    - y\n")
        #expect(diagnostics.map(\.code) == ["S016", "S016"])
    }

    @Test func badIdentifierIsReportedAtItsColumn() {
        let (_, diagnostics) = parse("hoofd:\n  - Data lezen #data.lezen\n")
        #expect(diagnostics.map(\.code) == ["S017"])
        #expect(diagnostics[0].span == SourceSpan(line: 2, column: 16, length: 11))
    }
}
