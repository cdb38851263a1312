import Testing
@testable import ProfileSyntax

@Suite struct ByteSoupTests {
    @Test func binaryInputIsRefusedWithTheNulLocation() {
        let (source, diagnostics) = SourceFile.decode(path: "x.beroep", bytes: Array("abc\nde\u{0}f".utf8))
        #expect(source == nil)
        #expect(diagnostics.map(\.code) == ["S002"])
        #expect(diagnostics[0].span == SourceSpan(line: 2, column: 3, length: 1))
    }

    @Test func invalidUTF8IsReportedAndTheRestStillParses() {
        var bytes = Array("beroepsbeeld: X\nhoofd:\n  - geëvalueerd\n".utf8)
        let e = bytes.firstIndex(of: 0xC3)!
        bytes.replaceSubrange(e...(e + 1), with: [0xEB])  // Latin-1 ë
        let (source, diagnostics) = SourceFile.decode(path: "x.beroep", bytes: bytes)
        #expect(diagnostics.map(\.code) == ["S003"])
        #expect(diagnostics[0].span?.line == 3)
        let (tree, _) = Parser.parse(source!)
        #expect(tree.parts.first?.entries.items.first?.text == "ge\u{FFFD}valueerd")
    }

    @Test func oversizedInputIsRefused() {
        let (source, diagnostics) = SourceFile.decode(path: "x.beroep", bytes: [UInt8](repeating: 0x41, count: SourceFile.maximumSize + 1))
        #expect(source == nil)
        #expect(diagnostics.map(\.code) == ["S001"])
    }

    @Test func emptyInputGivesAnEmptyTree() {
        let (tree, diagnostics) = parse("")
        #expect(diagnostics.isEmpty && tree.parts.isEmpty && tree.metadata.isEmpty)
    }

    @Test func oneEnormousLineIsOneDiagnostic() {
        let line = String(repeating: "woord ", count: 500_000)
        let (_, diagnostics) = parse(line)
        #expect(diagnostics.map(\.code) == ["S005"])
        let rendered = DiagnosticRenderer(colored: false).render(diagnostics[0], source: SourceFile(path: "test.beroep", text: line))
        #expect(rendered.count < 1_000, "the excerpt is cut to a window, not the whole line")
    }

    @Test func randomBytesNeverCrashTheReader() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("-:>#[] \n\thoofdpassie:groeit\u{0}".utf8) + [0xC3, 0xEB, 0xFF, 0x0D]
        for _ in 0..<300 {
            let bytes = (0..<Int.random(in: 0..<400, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let (source, diagnostics) = SourceFile.decode(path: "soup", bytes: bytes)
            if let source {
                let (_, parsed) = Parser.parse(source)
                for diagnostic in parsed { #expect(diagnostic.span != nil) }
            } else {
                #expect(diagnostics.hasErrors)
            }
        }
    }
}
