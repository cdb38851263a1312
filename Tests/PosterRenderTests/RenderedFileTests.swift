import Foundation
import PosterLayout
import PosterRender
import ProfileModel
import ProfileSyntax
import Testing

/// End to end through real cairo: the files are checked with poppler, librsvg and libxml2.
@Suite struct RenderedFileTests {
    let renderer = PosterRenderer(measurer: PangoTextMeasurer())

    /// The fixture, and the real Greenport profile once it is in Profiles/.
    static let profiles: [String] = {
        let real = Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Profiles/teeltspecialist/2020.beroep").path
        return [Fixtures.teeltspecialistPath] + (FileManager.default.fileExists(atPath: real) ? [real] : [])
    }()

    func render(_ path: String, paper: Paper, format: OutputFormat, language: ContentLanguage? = nil) throws -> (Profile, URL) {
        let profile = try #require(try ProfileLoader.load(path: path).profile)
        let poster = try PosterLayoutEngine(measurer: renderer.measurer).layout(profile, paper: paper, language: language).get()
        let url = try ExternalTools.temporaryFolder().appendingPathComponent("poster.\(format.fileExtension)")
        try Data(try renderer.render(poster, format: format, dpi: 72, title: profile.title)).write(to: url)
        return (profile, url)
    }

    @Test(arguments: [(Paper(.a3), "841.89 x 1190.55 pts"), (Paper(.a4, .landscape), "841.89 x 595.276 pts"),
                      (Paper(.a1), "1683.78 x 2383.94 pts")])
    func pdfinfoReportsThePaperInPoints(_ paper: Paper, _ size: String) throws {
        let (_, pdf) = try render(Fixtures.teeltspecialistPath, paper: paper, format: .pdf)
        let info = try ExternalTools.run("pdfinfo", [pdf.path])
        #expect(info.status == 0)
        #expect(info.output.contains("Page size:       \(size)"))
        #expect(info.output.contains("Pages:           1"))
    }

    @Test(arguments: profiles) func pdftotextFindsEveryWordOfEveryItemAndEveryLabelOfFigure1(_ path: String) throws {
        let (profile, pdf) = try render(path, paper: Paper(.a3), format: .pdf)
        let text = try ExternalTools.run("pdftotext", [pdf.path, "-"])
        #expect(text.status == 0)
        let words = Set(TextNormalization.words(text.output))
        let expected = profile.parts.flatMap { $0.allItems.map(\.text) + $0.allQuotes.map(\.text) } + profile.sources.map(\.text)
        for phrase in expected {
            let missing = TextNormalization.words(phrase).filter { !words.contains($0) }
            #expect(missing.isEmpty, "`\(phrase)`: \(missing) not in the PDF text")
        }
        // Figure 1's labels for every part the profile has researched: its own label, and its sub-groups'
        // names as headings (a part declared not researched says so instead).
        let figure1: [PartKind: String] = [.head: "praktijkkennis", .gut: "buikgevoel", .environment: "omgeving", .passion: "passie"]
        let researched = profile.parts.filter { !$0.notResearched }
        let labels = researched.compactMap { figure1[$0.kind] } + researched.flatMap { $0.groups.map { $0.name.lowercased() } }
            + (profile.parts.contains(where: \.notResearched) ? ["niet onderzocht"] : [])
            + profile.evidence.map { [MetadataValues.evidenceText($0, .nl).lowercased()] }!
        let flowing = text.output.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for label in labels { #expect(flowing.contains(label), "label `\(label)` missing") }
    }

    @Test func dutchDiacriticsSurviveIntoThePDFText() throws {
        var profile = try #require(try ProfileLoader.load(path: Fixtures.teeltspecialistPath).profile)
        profile.parts[0].items.append(Item(text: "Geëvalueerd café-overleg, naïeve vragen en ĳverig werk"))
        let poster = try PosterLayoutEngine(measurer: renderer.measurer).layout(profile, paper: Paper(.a3)).get()
        let url = try ExternalTools.temporaryFolder().appendingPathComponent("d.pdf")
        try Data(try renderer.render(poster, format: .pdf, title: profile.title)).write(to: url)
        let text = try ExternalTools.run("pdftotext", [url.path, "-"]).output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Geëvalueerd café-overleg, naïeve vragen"))
        #expect(text.contains("ĳverig") || text.contains("ijverig"))
        let fonts = try ExternalTools.run("pdffonts", [url.path]).output
        #expect(fonts.contains("NotoSans"), "Noto Sans is used")
        let rows = fonts.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            #expect(row.split(separator: " ").first { $0 == "yes" || $0 == "no" } == "yes", "not embedded: \(row)")
        }
    }

    @Test func theSVGParsesAndConverts() throws {
        let (_, svg) = try render(Fixtures.teeltspecialistPath, paper: Paper(.a4), format: .svg)
        #expect(try ExternalTools.run("xmllint", ["--noout", svg.path]).status == 0)
        let png = svg.deletingLastPathComponent().appendingPathComponent("from-svg.png")
        #expect(try ExternalTools.run("rsvg-convert", ["-o", png.path, svg.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: png.path))
    }

    @Test func thePNGHasThePaperSizeAtTheChosenResolution() throws {
        let (_, png) = try render(Fixtures.teeltspecialistPath, paper: Paper(.a4), format: .png)
        let bytes = [UInt8](try Data(contentsOf: png))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        func number(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        #expect(number(16) == 596 && number(20) == 842, "A4 at 72 dpi")
        // Python's zlib checks every chunk's CRC and inflates the image data to one filtered row per line.
        let check = """
        import struct, sys, zlib
        data = open(sys.argv[1], 'rb').read(); pos = 8; chunks = []
        while pos < len(data):
            n, = struct.unpack('>I', data[pos:pos + 4]); kind = data[pos + 4:pos + 8]; body = data[pos + 8:pos + 8 + n]
            assert zlib.crc32(kind + body) == struct.unpack('>I', data[pos + 8 + n:pos + 12 + n])[0]
            chunks.append((kind, body)); pos += 12 + n
        w, h = struct.unpack('>II', chunks[0][1][:8])
        raw = zlib.decompress(b''.join(b for k, b in chunks if k == b'IDAT'))
        assert len(raw) == h * (1 + 3 * w) and chunks[-1][0] == b'IEND'
        print(raw[1:4].hex())
        """
        let result = try ExternalTools.run("python3", ["-c", check, png.path])
        #expect(result.status == 0)
        #expect(result.output == "ffffff\n", "the top-left pixel is the white paper")
    }

    @Test(arguments: OutputFormat.allCases) func renderingTwiceGivesTheSameBytes(_ format: OutputFormat) throws {
        let profile = try #require(try ProfileLoader.load(path: Fixtures.teeltspecialistPath).profile)
        let bytes = try (0..<2).map { _ in
            let measurer = PangoTextMeasurer()
            let poster = try PosterLayoutEngine(measurer: measurer).layout(profile, paper: Paper(.a4)).get()
            return try PosterRenderer(measurer: measurer).render(poster, format: format, dpi: 40, title: profile.title)
        }
        #expect(bytes[0].count > 1000)
        let same = bytes[0] == bytes[1]
        if !same {
            for (index, data) in bytes.enumerated() { try? Data(data).write(to: URL(fileURLWithPath: "/tmp/render-helper/twice-\(index).\(format)")) }
        }
        #expect(same)
    }
}
