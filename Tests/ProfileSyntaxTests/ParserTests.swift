import Foundation
import Testing
@testable import ProfileSyntax

/// Parses `text` as a file named test.beroep.
func parse(_ text: String) -> (tree: SyntaxTree, diagnostics: [Diagnostic]) {
    Parser.parse(SourceFile(path: "test.beroep", text: text))
}

@Suite struct ParserTests {
    @Test func readsMetadataPartsGroupsMarkersIdsAndQuotes() throws {
        let (tree, diagnostics) = parse("""
        beroepsbeeld: Teeltspecialist
        versie: 2020
        hoofd:
          - Plantfysiologie [kern]
          - Sensordata lezen [nieuw] #sensordata
          > "Je leest de plant van een scherm." — teeltspecialist
        handen:
          vaardigheden:
            - Gewas beoordelen
          taken:
            - Teelt plannen [groeit]
          - Los item na de groepen
        passie: Werken met levend materiaal
        """)
        #expect(diagnostics.isEmpty)
        #expect(tree.metadata.map(\.field) == [.title, .version])
        #expect(tree.metadata[0].value == "Teeltspecialist")
        #expect(tree.metadata[0].valueSpan == SourceSpan(line: 1, column: 15, length: 15))
        #expect(tree.parts.map(\.kind) == [.head, .hands, .passion])
        let head = tree.parts[0].entries
        #expect(head.items.map(\.text) == ["Plantfysiologie", "Sensordata lezen"])
        #expect(head.items[0].isCore && head.items[0].trend == nil)
        #expect(head.items[1].trend == .new && head.items[1].id == "sensordata")
        #expect(head.items[1].textSpan == SourceSpan(line: 5, column: 5, length: 16))
        #expect(head.quotes.first?.text == "Je leest de plant van een scherm.")
        #expect(head.quotes.first?.attribution == "teeltspecialist")
        let hands = tree.parts[1]
        #expect(hands.groups.map(\.name) == ["vaardigheden", "taken"])
        #expect(hands.groups[1].entries.items.first?.trend == .growing)
        #expect(hands.entries.items.map(\.text) == ["Los item na de groepen"], "an item at the group header's indent leaves the group")
        #expect(tree.parts[2].entries.items.map(\.text) == ["Werken met levend materiaal"])
    }

    @Test(arguments: [
        ("hoofd", PartKind.head), ("head", .head), ("handen", .hands), ("hands", .hands), ("hart", .heart), ("heart", .heart),
        ("mond", .mouth), ("mouth", .mouth), ("buik", .gut), ("gut", .gut), ("voeten", .feet), ("feet", .feet),
        ("passie", .passion), ("passion", .passion), ("omgeving", .environment), ("environment", .environment), ("HOOFD", .head),
    ])
    func acceptsPartKeywordsInBothLanguages(keyword: String, kind: PartKind) {
        let (tree, diagnostics) = parse("\(keyword):\n  - iets\n")
        #expect(diagnostics.isEmpty)
        #expect(tree.parts.first?.kind == kind)
    }

    @Test func acceptsMetadataAndMarkersInBothLanguagesMixed() {
        let (tree, diagnostics) = parse("""
        profile: Ethical hacker
        versie: 2021
        language: en
        bron: A
        source: B
        head:
          - One [growing] [core]
        hoofd:
          - Twee [verdwijnt]
          - Drie [shrinking]
          - Vier [new]
        """)
        #expect(diagnostics.isEmpty)
        #expect(tree.metadata.map(\.field) == [.title, .version, .language, .source, .source])
        let items = tree.parts.flatMap(\.entries.items)
        #expect(items.map(\.trend) == [.growing, .disappearing, .shrinking, .new])
        #expect(items[0].isCore)
    }

    @Test func continuationLinesExtendTheItemAbove() {
        let (tree, diagnostics) = parse("hoofd:\n  - Een lang item dat\n    doorloopt op de volgende regel [groeit]\n  - Tweede\n")
        #expect(diagnostics.isEmpty)
        #expect(tree.parts[0].entries.items.map(\.text) == ["Een lang item dat doorloopt op de volgende regel", "Tweede"])
        #expect(tree.parts[0].entries.items[0].trend == .growing)
    }

    @Test func commentsAttachToTheNodeBelow() {
        let (tree, _) = parse("# kop\nberoepsbeeld: X\n# over het hoofd\nhoofd:\n  # over het item\n  - Iets\n# slot\n")
        #expect(tree.metadata[0].comments.map(\.text) == ["kop"])
        #expect(tree.parts[0].comments.map(\.text) == ["over het hoofd"])
        #expect(tree.parts[0].entries.items[0].comments.map(\.text) == ["over het item"])
        #expect(tree.trailingComments.map(\.text) == ["slot"])
    }

    @Test func hashInsideTextIsNotAnID() {
        let (tree, diagnostics) = parse("handen:\n  - Programmeren in C# en F#\n")
        #expect(diagnostics.isEmpty)
        #expect(tree.parts[0].entries.items[0].text == "Programmeren in C# en F#")
        #expect(tree.parts[0].entries.items[0].id == nil)
    }

    @Test func toleratesCRLFAndByteOrderMark() {
        let (tree, diagnostics) = parse("\u{FEFF}beroepsbeeld: X\r\nhoofd:\r\n  - Één item met ë en ĳ\r\n")
        #expect(diagnostics.isEmpty)
        #expect(tree.metadata[0].value == "X")
        #expect(tree.parts[0].entries.items[0].text == "Één item met ë en ĳ")
    }

    @Test func trailingWhitespaceIsNotSignificant() {
        let (a, _) = parse("hoofd:   \n  - Iets [groeit]   \t\n")
        let (b, _) = parse("hoofd:\n  - Iets [groeit]\n")
        #expect(a.parts[0].entries.items[0].text == b.parts[0].entries.items[0].text)
        #expect(a.parts[0].entries.items[0].trend == .growing)
    }
}
