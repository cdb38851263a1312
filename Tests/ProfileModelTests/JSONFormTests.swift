import Foundation
import Testing
import ProfileModel

@Suite struct JSONFormTests {
    @Test func encodingIsDeterministicWithSortedKeys() throws {
        let profile = try #require(Fixtures.load(try Fixtures.text("teeltspecialist.beroep")).profile)
        let a = ProfileJSON.encode(profile), b = ProfileJSON.encode(profile)
        #expect(a == b)
        let text = String(decoding: a, as: UTF8.self)
        #expect(text.contains("\"format\" : \"beroepsbeeld/2\""))
        #expect(text.contains("\"evidence\" : {\n    \"groups\" : [\n      {\n        \"count\" : 4,\n        \"label\" : \"beoefenaars\"\n      },"))
        #expect(!text.contains("origin"), "source locations are not part of the JSON form")
    }

    @Test func schemaFileNamesEveryEncodedKey() throws {
        let schema = try String(contentsOf: Fixtures.root.appendingPathComponent("docs/profile.schema.json"), encoding: .utf8)
        for key in ["format", "title", "slug", "sector", "region", "version", "supersedes", "language", "sources", "evidence",
                    "practitioners", "context", "groups", "count", "qualifier", "label", "unknown", "key", "citations", "locator", "sketch",
                    "paraphrase", "notResearched", "isco", "esco", "license", "parts", "kind", "items", "quotes", "groups", "text",
                    "trend", "core", "id", "potential", "components", "side", "share", "amount", "unit", "direction", "attribution", "comments", "fieldComments", "trailingComments"] {
            #expect(schema.contains("\"\(key)\""), "schema lacks \(key)")
        }
    }
}
