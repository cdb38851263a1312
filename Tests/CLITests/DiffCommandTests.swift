import Foundation
import Testing

@Suite struct DiffCommandTests {
    static let old = "Profiles/wooncoach/2011.beroep", new = "Profiles/wooncoach/2021.beroep"

    @Test func exitStatusSaysEqualDifferentOrError() throws {
        #expect(try CLI.run(["diff", Self.new, Self.new]).status == 0)
        let different = try CLI.run(["diff", Self.old, Self.new])
        #expect(different.status == 1)
        #expect(different.stdout.contains("Zorgbegeleider 2011 → Wooncoach 2021"))
        #expect(!different.stdout.contains("\u{1B}["), "no colour when NO_COLOR is set and output is a pipe")
        #expect(try CLI.run(["diff", Self.old, "Profiles/missing.beroep"]).status == 2)
        #expect(try CLI.run(["diff", Self.old]).status == 2)

        let folder = try CLI.temporaryFolder()
        let bad = folder.appendingPathComponent("bad.beroep")
        try "beroepsbeeld: X\nhandn:\n  - iets\n".write(to: bad, atomically: true, encoding: .utf8)
        let invalid = try CLI.run(["diff", bad.path, Self.new])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("error[S004]: unknown keyword `handn`"))
    }

    @Test func jsonFormEqualsTheLanguageForm() throws {
        let folder = try CLI.temporaryFolder()
        let json = folder.appendingPathComponent("wooncoach.json").path
        #expect(try CLI.run(["export", Self.new, "-o", json]).status == 0)
        #expect(try CLI.run(["diff", Self.new, json]).status == 0)
        let result = try CLI.run(["diff", "--format", "json", Self.old, json])
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["format"] as? String == "beroepsbeeld-diff/1")
        #expect(document["equal"] as? Bool == false)
        #expect((document["parts"] as? [[String: Any]])?.first?["part"] as? String == "head")
    }

    @Test func briefAndMarkdownForms() throws {
        let brief = try CLI.run(["diff", "--brief", Self.old, Self.new])
        #expect(brief.stdout.split(separator: "\n").contains("passie: reworded \"Zorgen voor mensen die dat zelf niet kunnen\" → "
            + "\"Kwetsbare mensen helpen zo zelfredzaam mogelijk te leven\""))
        let markdown = try CLI.run(["diff", "--format", "markdown", Self.old, Self.new])
        #expect(markdown.stdout.hasPrefix("# Zorgbegeleider 2011 → Wooncoach 2021\n"))
        #expect(markdown.stdout.contains("| Part | Shift |"))
    }

    /// git passes path, old-file, old-hex, old-mode, new-file, new-hex, new-mode, and /dev/null for a
    /// side that does not exist; a difference must exit 0 or git stops.
    @Test func worksAsGitExternalDiffDriver() throws {
        let changed = try CLI.run(["diff", "Profiles/wooncoach/x.beroep", Self.old, "abc", "100644", Self.new, "def", "100644"])
        #expect(changed.status == 0)
        #expect(changed.stdout.contains("--- a/Profiles/wooncoach/x.beroep\n+++ b/Profiles/wooncoach/x.beroep"))
        let added = try CLI.run(["diff", "x.beroep", "/dev/null", ".", ".", Self.new, "def", "100644"])
        #expect(added.status == 0)
        #expect(added.stdout.hasPrefix("nothing → Wooncoach 2021\n"))
    }

    @Test func historyListsVersionsInOrder() throws {
        let result = try CLI.run(["history", "Profiles/wooncoach"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Wooncoach: 2 versions (2011, 2021)\n"))
        #expect(result.stdout.contains("2011 → 2021: shift "))
        let json = try CLI.run(["history", "--format", "json", "Profiles/mbo-docent"])
        #expect(json.stdout.contains("\"format\" : \"beroepsbeeld-history/1\""))
    }
}
