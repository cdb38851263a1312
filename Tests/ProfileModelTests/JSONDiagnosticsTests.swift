import Foundation
import Testing
import ProfileModel
import ProfileSyntax

/// The JSON form gets every check the language gets, with the same codes, each located at
/// `file.json:line:col` and quoted from the JSON text.
@Suite struct JSONDiagnosticsTests {
    /// A small profile in JSON with `line` as its fourth line.
    static func profile(_ line: String, item: String = "{\"text\": \"Plantfysiologie\"}") -> String {
        """
        {
          "format": "beroepsbeeld/1",
          "title": "Teeltspecialist",
          \(line)
          "parts": [
            {"kind": "head", "items": [\(item)]}
          ]
        }
        """
    }

    static func load(_ json: String) -> LoadedProfile {
        ProfileLoader.load(path: "p.json", bytes: Array(json.utf8))
    }

    @Test(arguments: [
        ("\"slug\": \"../../../tmp/x\",", "S018", 11),
        ("\"version\": \"2020-99-99\",", "S013", 14),
        ("\"supersedes\": \"vorig jaar\",", "S013", 17),
        ("\"language\": \"Nederlands\",", "S015", 15),
        ("\"version\": \"\",", "S011", 14),
        ("\"evidence\": {\"practitioners\": 4},", "S012", 15),
        ("\"evidence\": {\"practitioners\": -4, \"context\": 2},", "S012", 33),
        ("\"region\": \"A\", \"region\": \"B\",", "S014", 18),
    ])
    func metadataValuesGetTheLanguagesCodeAtTheValue(line: String, code: String, column: Int) {
        let loaded = Self.load(Self.profile(line))
        #expect(loaded.diagnostics.map(\.code) == [code], "\(loaded.diagnostics)")
        #expect(loaded.diagnostics.first?.span?.line == 4)
        #expect(loaded.diagnostics.first?.span?.column == column)
    }

    @Test func aSourceKeyGivenTwiceIsReportedAtTheSecondKey() {
        let line = "\"sources\": [{\"key\": \"kracht\", \"text\": \"Bron A\"}, {\"key\": \"kracht\", \"text\": \"Bron B\"}],"
        let loaded = Self.load(Self.profile(line))
        #expect(loaded.diagnostics.map(\.code) == ["S024"], "\(loaded.diagnostics)")
        #expect(loaded.diagnostics.first?.message == "source key `kracht` is used twice")
        #expect(loaded.diagnostics.first?.span?.line == 4)
        #expect(loaded.diagnostics.first?.span?.column == line.range(of: "\"kracht\", \"text\": \"Bron B")!.lowerBound.utf16Offset(in: line) + 3)
    }

    @Test func theSlugAndVersionTheLanguageRejectsAreNotKept() throws {
        let loaded = Self.load(Self.profile("\"slug\": \"../../../tmp/x\", \"version\": \"2020-99-99\","))
        let profile = try #require(loaded.profile)
        #expect(profile.slug == nil && profile.version == nil)
        #expect(loaded.diagnostics.hasErrors)
        let language = Fixtures.load("beroepsbeeld: Teeltspecialist\nslug: ../../../tmp/x\nversie: 2020-99-99\n")
        #expect(language.diagnostics.map(\.code) == loaded.diagnostics.map(\.code), "the same codes as the language")
        #expect(language.diagnostics.map(\.message) == loaded.diagnostics.map(\.message), "the same words as the language")
    }

    @Test(arguments: [
        ("{\"text\": \"Data lezen\", \"trend\": \"groei\"}", "S007", "did you mean `growing`?"),
        ("{\"text\": \"Data lezen\", \"trend\": \"krimpt\"}", "S007", "did you mean `shrinking`?"),
        ("{\"text\": \"Data lezen\", \"id\": \"data.lezen\"}", "S017", "use ASCII letters"),
        ("{\"text\": \"Data lezen\", \"id\": \"\"}", "S017", "use ASCII letters"),
        ("{\"text\": \"\"}", "S009", "write the item's text"),
        ("{\"trend\": \"new\"}", "S009", "write the item's text"),
        ("{\"text\": \"Data lezen\", \"core\": \"ja\"}", "S019", "write true or false"),
    ])
    func itemValuesGetTheLanguagesCodes(item: String, code: String, help: String) {
        let loaded = Self.load(Self.profile("", item: item))
        #expect(loaded.diagnostics.map(\.code) == [code], "\(loaded.diagnostics)")
        #expect(loaded.diagnostics.first?.span?.line == 6)
        #expect(loaded.diagnostics.first?.help?.contains(help) == true, "\(loaded.diagnostics.first?.help ?? "")")
    }

    @Test func aMisspeltPartKindIsS004WithADidYouMeanAndNoFollowOnMissingPart() throws {
        let loaded = Self.load(Self.profile("").replacingOccurrences(of: "\"kind\": \"head\"", with: "\"kind\": \"haed\""))
        let error = try #require(loaded.diagnostics.first)
        #expect(loaded.diagnostics.count == 1)
        #expect(error.code == "S004")
        #expect(error.message == "unknown part kind `haed`")
        #expect(error.help == "did you mean `head`?")
        #expect(error.span == SourceSpan(line: 6, column: 14, length: 6))
        #expect(loaded.profile?.part(.head) != nil, "read as the part it most likely is, so no missing-part error follows")
        #expect(!error.message.contains("PartKind") && !error.message.contains("initialize"), "no Swift wording")
    }

    @Test func aDutchKeywordAsAKindSuggestsItsEnglishName() {
        let loaded = Self.load(Self.profile("").replacingOccurrences(of: "\"kind\": \"head\"", with: "\"kind\": \"hoofd\""))
        #expect(loaded.diagnostics.map(\.help) == ["did you mean `head`?"])
    }

    @Test func unknownKeysAreReportedByNameWithTheNearestKnownOne() throws {
        let loaded = Self.load(Self.profile("\"verison\": \"2021\", \"colour\": \"red\",",
                                            item: "{\"text\": \"Data lezen\", \"txet\": \"x\"}"))
        #expect(loaded.diagnostics.map(\.code) == ["S022", "S022", "S022"])
        #expect(loaded.diagnostics.map(\.severity) == [.error, .error, .error])
        let verison = try #require(loaded.diagnostics.first)
        #expect(verison.message == "unknown key \"verison\" in the profile")
        #expect(verison.span == SourceSpan(line: 4, column: 3, length: 9))
        #expect(verison.help == "did you mean \"version\"?")
        #expect(loaded.diagnostics[1].help?.contains("the keys of the profile are `format`, `title`") == true)
        #expect(loaded.diagnostics[2].message == "unknown key \"txet\" in an item")
        #expect(loaded.diagnostics[2].help == "did you mean \"text\"?")
        #expect(loaded.profile?.version == nil, "an unknown key is not read as the key it resembles")
    }

    @Test func unknownFieldCommentKeysAreReported() {
        let loaded = Self.load(Self.profile("\"fieldComments\": {\"titel\": [\"x\"], \"title\": [\"y\"]},"))
        #expect(loaded.diagnostics.map(\.code) == ["S022"])
        #expect(loaded.diagnostics.first?.help == "did you mean \"title\"?")
        #expect(loaded.profile?.fieldComments == ["title": ["y"]])
    }

    @Test func wrongTypesAreLocatedAndWordedPlainly() throws {
        let loaded = Self.load("{\n  \"title\": 12,\n  \"sources\": \"één bron\",\n  \"parts\": {}\n}\n")
        #expect(loaded.diagnostics.map(\.code) == ["S019", "S019", "S019"])
        #expect(loaded.diagnostics.map(\.message) == [
            "\"title\" holds a number where a string belongs",
            "\"sources\" holds a string where an array belongs",
            "\"parts\" holds an object where an array belongs",
        ])
        #expect(loaded.diagnostics.map { $0.span.map { [$0.line, $0.column] } } == [[2, 12], [3, 14], [4, 12]])
        for diagnostic in loaded.diagnostics {
            #expect(!diagnostic.message.contains("Swift") && !diagnostic.message.contains("expected to decode"))
        }
    }

    @Test func aNullIsAWrongTypeWithAPlainHint() {
        let loaded = Self.load(Self.profile("\"sector\": null,"))
        #expect(loaded.diagnostics.map(\.message) == ["\"sector\" holds `null` where a string belongs"])
        #expect(loaded.diagnostics.first?.help == "leave \"sector\" out when it has no value")
    }

    @Test func aPassionWithGroupsIsS016() {
        let loaded = Self.load(Self.profile("").replacingOccurrences(
            of: "{\"kind\": \"head\", \"items\": [{\"text\": \"Plantfysiologie\"}]}",
            with: "{\"kind\": \"passion\", \"items\": [], \"groups\": [{\"name\": \"kern\", \"items\": [{\"text\": \"x\"}]}]}"))
        #expect(loaded.diagnostics.map(\.code) == ["S016"])
    }

    @Test func aDuplicateKeyKeepsTheFirstAndNamesItsLine() throws {
        let loaded = Self.load("{\n  \"title\": \"A\",\n  \"title\": \"B\",\n  \"parts\": []\n}\n")
        let error = try #require(loaded.diagnostics.first)
        #expect(error.code == "S014")
        #expect(error.span?.line == 3)
        #expect(error.help == "keep one \"title\"; line 2 has the first")
        #expect(loaded.profile?.title == "A", "the language keeps a field's first line too")
    }

    @Test func theSourceIsKeptSoThatDiagnosticsQuoteTheJSONText() throws {
        let loaded = Self.load(Self.profile("\"slug\": \"../../../tmp/x\","))
        let source = try #require(loaded.source)
        let rendered = DiagnosticRenderer(colored: false).render(try #require(loaded.diagnostics.first), source: source)
        #expect(rendered == """
            error[S018]: slug `../../../tmp/x` is not lowercase letters, digits and hyphens
             --> p.json:4:11
              |
            4 |   "slug": "../../../tmp/x",
              |           ^^^^^^^^^^^^^^^^ invalid slug
              = help: write `"slug": "tmp-x"`, or leave the slug out to derive it from the title

            """)
    }

    @Test func validationFindingsOnAJSONProfileAreLocatedToo() throws {
        let loaded = Self.load(Self.profile("", item: "{\"text\": \"a\", \"id\": \"x\"}, {\"text\": \"b\", \"id\": \"x\"}"))
        let items = try #require(loaded.profile?.part(.head)?.items)
        #expect(items.map { $0.origin.span?.line } == [6, 6])
        #expect(items.map { $0.origin.span?.column } == [41, 67])
    }

    @Test func exportedProfilesReadBackWithoutAProblem() throws {
        for path in Fixtures.allProfilePaths() {
            let text = try String(contentsOf: Fixtures.root.appendingPathComponent(path), encoding: .utf8)
            let profile = try #require(Fixtures.load(text, path: path).profile)
            let loaded = ProfileLoader.load(path: "x.json", bytes: [UInt8](ProfileJSON.encode(profile)))
            #expect(loaded.diagnostics.isEmpty, "\(path): \(loaded.diagnostics)")
            #expect(loaded.profile == profile)
        }
    }

    @Test(arguments: [
        ("{\"text\": \"Sensordata lezen [groeit]\"}", 6, 41, "marker or an id"),
        ("{\"text\": \"Sensordata lezen #data\"}", 6, 41, "marker or an id"),
    ])
    func aTextTheLanguageWouldReadOtherwiseIsS023(item: String, line: Int, column: Int, help: String) throws {
        let loaded = Self.load(Self.profile("", item: item))
        let error = try #require(loaded.diagnostics.first { $0.code == "S023" }, "\(loaded.diagnostics)")
        #expect(error.severity == .error)
        #expect(error.span?.line == line && error.span?.column == column)
        #expect(error.help?.contains(help) == true, "\(error.help ?? "")")
    }

    /// A line break, a NUL or another control character in a string is S021 at that string, as in the
    /// language (issue 8, item 6), before anything is written.
    @Test(arguments: [("{\"text\": \"Data\\u0000lezen\"}", 6, 41), ("{\"text\": \"Sensordata\\nlezen\"}", 6, 41),
                      ("{\"text\": \"Sensordata lezen\", \"comments\": [\"een\\ntwee\"]}", 6, 74)])
    func aControlCharacterInAStringIsS021AtTheString(item: String, line: Int, column: Int) throws {
        let loaded = Self.load(Self.profile("", item: item))
        let error = try #require(loaded.diagnostics.first { $0.code == "S021" }, "\(loaded.diagnostics)")
        #expect(error.span?.line == line && error.span?.column == column, "\(String(describing: error.span))")
    }

    @Test func aGroupNameWithAColonIsS023AtTheName() throws {
        let loaded = Self.load(Self.profile("").replacingOccurrences(
            of: "\"items\": [{\"text\": \"Plantfysiologie\"}]",
            with: "\"items\": [], \"groups\": [{\"name\": \"taken: alle\", \"items\": [{\"text\": \"x\"}]}]"))
        #expect(loaded.diagnostics.map(\.code) == ["S023"])
        #expect(loaded.diagnostics.first?.message == "the group name `taken: alle` would read otherwise in the language form")
        #expect(loaded.diagnostics.first?.span?.column == 55)
    }

    @Test func aMarkerInTheTrendFieldIsFine() {
        let loaded = Self.load(Self.profile("", item: "{\"text\": \"Programmeren in C#\", \"trend\": \"growing\", \"core\": true, \"id\": \"c-sharp\"}"))
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    }

    /// A minified profile is one line: its diagnostics of one kind are capped, so that printing them
    /// does not quote a 4 MiB line thousands of times.
    @Test func manyProblemsOnOneLineAreCountedNotAllPrinted() throws {
        let items = Array(repeating: "{\"text\": \"Data lezen\", \"trend\": \"groei\"}", count: 5_000).joined(separator: ",")
        let text = "{\"title\": \"X\", \"parts\": [{\"kind\": \"head\", \"items\": [\(items)]}]}"
        let start = Date()
        let loaded = Self.load(text)
        let source = try #require(loaded.source)
        let printed = loaded.diagnostics.map { DiagnosticRenderer(colored: false).render($0, source: source) }.joined()
        let seconds = Date().timeIntervalSince(start)
        #expect(loaded.diagnostics.count == ProfileJSON.diagnosticsPerLine + 1)
        #expect(loaded.diagnostics.last?.message == "… and \(5_000 - ProfileJSON.diagnosticsPerLine) more like this on line 1")
        #expect(loaded.diagnostics.allSatisfy { $0.code == "S007" && $0.severity == .error })
        #expect(printed.contains("did you mean `growing`?"))
        #expect(seconds < 5, "took \(seconds) s")
    }
}

/// Issue 8, item 6: control characters are an error in the JSON form as in the language, at the string.
@Suite struct JSONControlCharacterTests {
    @Test func anEscapeOrALineBreakInAStringIsS021AtThatString() {
        let text = "{\n  \"format\": \"beroepsbeeld/2\",\n  \"title\": \"Woon\\u001b]0;pwned\\u0007coach\",\n  \"parts\": [{\"kind\": \"head\", \"items\": [{\"text\": \"Een\\nregel\"}]}]\n}\n"
        let loaded = ProfileLoader.load(path: "t.json", bytes: Array(text.utf8))
        let found = loaded.diagnostics.filter { $0.code == "S021" }
        #expect(found.map { $0.span?.line } == [3, 4])
        #expect(found.first?.message.contains("U+001B (escape)") == true)
        #expect(found.last?.message.contains("U+000A") == true)
    }
}
