import Testing
@testable import ProfileSyntax

@Suite struct DiagnosticRendererTests {
    @Test func rendersInTheRustcShape() {
        let source = SourceFile(path: "Profiles/x.beroep", text: "beroepsbeeld: X\nhandn:\n")
        let (_, diagnostics) = Parser.parse(source)
        let text = DiagnosticRenderer(colored: false).render(diagnostics[0], source: source)
        #expect(text == """
        error[S004]: unknown keyword `handn`
         --> Profiles/x.beroep:2:1
          |
        2 | handn:
          | ^^^^^ not a keyword
          = help: did you mean `handen`? (read as `handen` meanwhile)

        """)
    }

    @Test func colourIsOnlyAddedWhenAsked() {
        let source = SourceFile(path: "x", text: "handn:\n")
        let diagnostic = Parser.parse(source).diagnostics[0]
        #expect(!DiagnosticRenderer(colored: false).render(diagnostic, source: source).contains("\u{1B}"))
        #expect(DiagnosticRenderer(colored: true).render(diagnostic, source: source).contains("\u{1B}[1;31m"))
    }

    @Test(arguments: [("handn", "handen"), ("Hooft", "hoofd"), ("pasie", "passie"), ("verise", "versie"), ("feeet", "feet")])
    func suggestsTheClosestKeyword(typo: String, expected: String) {
        #expect(Suggestion.closest(to: typo, among: Keywords.topLevelWords) == expected)
    }

    @Test func suggestsNothingForUnrelatedWords() {
        #expect(Suggestion.closest(to: "koffieautomaat", among: Keywords.topLevelWords) == nil)
    }
}
