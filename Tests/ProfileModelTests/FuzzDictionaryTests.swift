import Foundation
import Testing
import ProfileModel
import ProfileSyntax

/// fuzz/beroep.dict, the dictionary `make fuzz` hands libFuzzer, stays in step with the language and the
/// JSON form: a keyword missing there is a shape the fuzzer reaches only by chance.
@Suite struct FuzzDictionaryTests {
    /// The dictionary's entries, decoded as libFuzzer reads them (`\\`, `\"` and `\xNN` escapes).
    static func entries() throws -> [String] {
        let text = try String(contentsOf: Fixtures.root.appendingPathComponent("fuzz/beroep.dict"), encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let quoted = try #require(line.firstIndex(of: "=").map { line[line.index(after: $0)...] })
            try #require(quoted.count >= 2 && quoted.first == "\"" && quoted.last == "\"", "entry \(line) is not quoted")
            var bytes: [UInt8] = []
            var rest = Substring(quoted.dropFirst().dropLast()).utf8[...]
            while let byte = rest.popFirst() {
                guard byte == UInt8(ascii: "\\") else { bytes.append(byte); continue }
                let next = rest.popFirst()
                let escape = try #require(next, "entry \(line) ends in a backslash")
                if escape == UInt8(ascii: "x") {
                    let hex = String(decoding: rest.prefix(2), as: UTF8.self)
                    bytes.append(try #require(UInt8(hex, radix: 16), "entry \(line) has a bad \\x escape"))
                    rest = rest.dropFirst(2)
                } else {
                    try #require(escape == UInt8(ascii: "\\") || escape == UInt8(ascii: "\""), "entry \(line) has an unknown escape")
                    bytes.append(escape)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    @Test func everyKeywordAndMarkerOfBothLanguagesIsInTheDictionary() throws {
        var wanted = ["[kern]", "[core]"]
        for language in ContentLanguage.allCases {
            wanted += PartKind.allCases.map { $0.keyword(language) + ":" }
            wanted += MetadataField.allCases.map { $0.keyword(language) + ": " }
            wanted += Trend.allCases.map { "[\($0.keyword(language))]" }
        }
        let entries = Set(try Self.entries())
        #expect(wanted.filter { !entries.contains($0) } == [])
    }

    @Test func everyKeyOfTheJSONFormIsInTheDictionary() throws {
        func keys(_ value: Any) -> Set<String> {
            if let object = value as? [String: Any] {
                return object.reduce(into: Set(object.keys)) { result, entry in
                    // fieldComments is keyed by field name, which is a value, not a key of the form.
                    if entry.key != "fieldComments" { result.formUnion(keys(entry.value)) }
                }
            }
            return (value as? [Any])?.reduce(into: Set<String>()) { $0.formUnion(keys($1)) } ?? []
        }
        var found = Set<String>()
        for path in Fixtures.allProfilePaths() {
            let text = try String(contentsOf: Fixtures.root.appendingPathComponent(path), encoding: .utf8)
            let profile = try #require(Fixtures.load(text, path: path).profile)
            found.formUnion(keys(try JSONSerialization.jsonObject(with: ProfileJSON.encode(profile))))
        }
        #expect(found.isSuperset(of: ["attribution", "trend", "groups", "evidence", "label", "citations"]))
        let entries = Set(try Self.entries())
        #expect(found.sorted().filter { !entries.contains("\"\($0)\" : ") } == [])
    }
}
