import Foundation
import Testing
import ProfileSyntax

/// The JSON reader: strict RFC 8259, every value and every syntax error at its line and column, in the
/// project's words; linear and bounded on hostile input.
@Suite struct JSONReaderTests {
    static func error(_ text: String) -> Diagnostic? { JSONReader.read(text, path: "p.json").error }

    @Test(arguments: [
        ("{\n  \"title\": \"X\",\n  \"parts\": [],\n}", 3, 14, "comma before `}`"),
        ("{\"parts\": [1, 2,]}", 1, 16, "comma before `]`"),
        ("{\n  \"title\": \"Teelt\n}", 2, 12, "string is not closed"),
        ("{\r\n  \"title\": \"Teelt\r\n}", 2, 12, "string is not closed"),
        ("{\"t\": \"a\rb\"}", 1, 9, "control character U+000D inside a string"),
        ("{\"title\" \"X\"}", 1, 10, "expected `:` after the key \"title\", found `\"`"),
        ("{\"a\": 1 \"b\": 2}", 1, 9, "expected `,` or `}` after a member, found `\"`"),
        ("{'title': 'X'}", 1, 2, "expected a key in double quotes, found `'`"),
        ("{\"title\": 'X'}", 1, 11, "expected a value, found `'`"),
        ("{\"core\": True}", 1, 10, "expected a value, found `True`"),
        ("{\"n\": 01}", 1, 7, "invalid number `01`"),
        ("{\"n\": 1.}", 1, 7, "invalid number `1.`"),
        ("{\"t\": \"a\\qb\"}", 1, 9, "unknown escape `\\q` in a string"),
        ("{\"t\": \"\\uD800\"}", 1, 8, "`\\uD800` is half of a surrogate pair"),
        ("{\"t\": \"a\tb\"}", 1, 9, "control character U+0009 inside a string"),
        ("{\n  \"parts\": [\n", 2, 12, "the array opened here is not closed"),
        ("{\"a\": 1} x", 1, 10, "`x` after the end of the JSON value"),
        ("// a comment\n{}", 1, 1, "expected a value, found `/`"),
        ("", 1, 1, "file is empty"),
        ("\u{FEFF}{\"a\": ]}", 1, 7, "expected a value, found `]`"),
        ("{\"ë\": \"é\", x}", 1, 12, "expected a key in double quotes, found `x`"),
    ])
    func syntaxErrorsAreLocatedAndPlainlyWorded(text: String, line: Int, column: Int, message: String) throws {
        let error = try #require(Self.error(text))
        #expect(error.code == "S019")
        #expect(error.message == message)
        #expect(error.span?.line == line)
        #expect(error.span?.column == column)
        #expect(error.help?.isEmpty == false)
    }

    @Test func valuesKnowWhereTheyStart() throws {
        let root = try #require(JSONReader.read("{\n  \"title\": \"Teeltspecialist\",\n  \"parts\": [ {} ]\n}", path: "p.json").node)
        guard case .object(let members) = root.value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["title", "parts"])
        #expect(members[0].keySpan == SourceSpan(line: 2, column: 3, length: 7))
        #expect(members[0].value.span == SourceSpan(line: 2, column: 12, length: 17))
        #expect(members[1].value.span == SourceSpan(line: 3, column: 12, length: 1))
    }

    @Test func escapesAndLiteralsAreDecoded() throws {
        let text = #"["a\"b\\c\/d\n\t", "\u00EBn", "\uD83D\uDE00", true, false, null, -1.5e3, 0]"#
        let root = try #require(JSONReader.read(text, path: "p.json").node)
        guard case .array(let values) = root.value else { Issue.record("not an array"); return }
        guard case .string(let first) = values[0].value, case .string(let second) = values[1].value,
              case .string(let third) = values[2].value, case .number(let number) = values[6].value else {
            Issue.record("wrong kinds"); return
        }
        #expect(first == "a\"b\\c/d\n\t")
        #expect(second == "ën")
        #expect(third == "😀")
        #expect(number == "-1.5e3")
        #expect(values.map(\.kindDescription) == ["a string", "a string", "a string", "`true`", "`false`", "`null`", "a number", "a number"])
    }

    @Test func deepNestingIsRefusedNotACrash() throws {
        let error = try #require(Self.error(String(repeating: "[", count: 100_000)))
        #expect(error.message == "values nested more than \(JSONReader.maximumDepth) levels deep")
        #expect(error.span?.column == JSONReader.maximumDepth + 1)
        #expect(JSONReader.read(String(repeating: "[", count: 64) + String(repeating: "]", count: 64), path: "p.json").node != nil)
    }

    /// Columns are counted forward once, so one line of 4 MiB with a value every few bytes stays linear.
    @Test func aFourMebibyteLineIsReadWhole() throws {
        let item = "{\"text\":\"Teeltstrategie bepalen \\u00EB\",\"trend\":\"growing\"},"
        let count = SourceFile.maximumSize / item.utf8.count
        let text = "[" + String(repeating: item, count: count) + "{}]"
        // Its time is measured in `make bench` (hostile shapes), never here.
        let root = try #require(JSONReader.read(text, path: "p.json").node)
        guard case .array(let values) = root.value else { Issue.record("not an array"); return }
        #expect(values.count == count + 1)
        #expect(values.last?.span.column == 1 + count * item.utf8.count + 1)
    }

    /// Escapes are resolved into one buffer that grows in place: a string of 2 million escapes stays linear.
    @Test func aStringOfEscapesIsReadWhole() throws {
        let text = "\"" + String(repeating: "\\n", count: SourceFile.maximumSize / 2 - 1) + "\""
        let root = try #require(JSONReader.read(text, path: "p.json").node)
        guard case .string(let value) = root.value else { Issue.record("not a string"); return }
        #expect(value.utf8.count == SourceFile.maximumSize / 2 - 1)
    }

    @Test func mutatedJSONNeverCrashesTheReader() {
        var generator = SystemRandomNumberGenerator()
        let seed = Array(#"{"title": "ë", "parts": [{"kind": "head", "items": [{"text": "a\u00EB", "core": true}]}], "n": -1.5e3}"#.utf8)
        for _ in 0..<3_000 {
            var bytes = seed
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[index] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.remove(at: index)
                default: bytes.insert(bytes[Int.random(in: 0..<bytes.count, using: &generator)], at: index)
                }
                if bytes.isEmpty { bytes = [0x7B] }
            }
            let (node, error) = JSONReader.read(String(decoding: bytes, as: UTF8.self), path: "p.json")
            #expect((node == nil) != (error == nil))
            if let span = error?.span { #expect(span.line >= 1 && span.column >= 1) }
        }
    }
}
