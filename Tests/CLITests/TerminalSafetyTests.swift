import Foundation
import Testing
import TestSupport

/// Issue 8, item 6: no human-readable output lets a control character from a profile or a catalogue
/// reach the terminal raw; they are shown as Control Pictures (ESC as ␛).
@Suite struct TerminalSafetyTests {
    /// A fixed copy of an earlier wooncoach profile, so that the edits below find their lines.
    static let profile = "Tests/Fixtures/wooncoach-2021.beroep"

    /// A copy of the wooncoach profile with ESC sequences in its title and an item, and an error.
    static func hostileProfile(in folder: URL) throws -> URL {
        let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent(profile), encoding: .utf8)
            .replacingOccurrences(of: "beroepsbeeld: Wooncoach", with: "beroepsbeeld: Woon\u{1B}]0;pwned\u{07}coach")
            .replacingOccurrences(of: "Kennis van coachen", with: "Kennis \u{1B}[2J van coachen")
        let file = folder.appendingPathComponent("hostile.beroep")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func checkDiffAndHistoryNeverPrintRawControlCharacters() throws {
        let folder = try CLI.temporaryFolder()
        let hostile = try Self.hostileProfile(in: folder).path
        for arguments in [["check", hostile], ["diff", Self.profile, hostile], ["diff", "--format", "markdown", Self.profile, hostile],
                          ["history", folder.path]] {
            let result = try CLI.run(arguments)
            let printed = result.stdout + result.stderr
            #expect(!printed.contains("\u{1B}"), "raw ESC in the output of \(arguments)")
            #expect(!printed.contains("\u{07}"), "raw BEL in the output of \(arguments)")
            #expect(!printed.isEmpty)
        }
        // Whether the language accepts the title or reports it, what is shown is the escaped form.
        let diff = try CLI.run(["diff", Self.profile, hostile])
        #expect((diff.stdout + diff.stderr).contains("␛"))
    }

    /// ESC is shown as one character (␛), so the carets under a quoted line stay under their column.
    @Test func caretsStayAlignedAfterAnEscapedCharacter() throws {
        let folder = try CLI.temporaryFolder()
        let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent(Self.profile), encoding: .utf8)
            .replacingOccurrences(of: "  - Kennis van coachen en eigen regie [nieuw]", with: "  - Kennis \u{1B}[2J van coachen en eigen regie [groet]")
        let file = folder.appendingPathComponent("markers.beroep")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let lines = try CLI.run(["check", file.path]).stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let quoted = try #require(lines.firstIndex { $0.contains("Kennis ␛[2J van coachen en eigen regie [groet]") })
        let markerLine = try #require(lines[quoted...].firstIndex { $0.contains("^^^^^^^ not a marker") })
        let snippet = Array(lines[markerLine - 1]), carets = Array(lines[markerLine])
        let markerColumn = try #require(snippet.indices.first { String(snippet[$0...]).hasPrefix("[groet]") })
        #expect(carets.firstIndex(of: "^") == markerColumn, "the carets sit under `[groet]`")
        #expect(!lines.joined().contains("\u{1B}"))
    }

    @Test func colouredReportsKeepTheirColoursButEscapeTheProfile() throws {
        let folder = try CLI.temporaryFolder()
        let hostile = try Self.hostileProfile(in: folder).path
        // `script` gives the command a terminal, so the report is coloured.
        let result = try TestSupport.run(URL(fileURLWithPath: "/usr/bin/script"), ["-qec", "\(TestSupport.binary.path) diff \(Self.profile) \(hostile)", "/dev/null"],
                                         environment: ["NO_COLOR": nil], in: CLI.packageRoot)
        guard !result.output.contains("error[") else { return }  // the language refused the title: covered above
        #expect(result.output.contains("\u{1B}[1m"), "the report's own colours stay")
        #expect(!result.output.contains("\u{1B}]0;"), "the title's escape sequence is not sent")
        #expect(result.output.contains("Woon␛]0;pwned␇coach"))
    }

    @Test func catalogueOutputsEscapeStoredControlCharacters() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("catalog.sqlite").path
        #expect(try CLI.run(["catalog", "import", "--db", db, Self.profile]).status == 0)
        // Data already in a catalogue, whatever the language accepts today.
        let sql = """
            UPDATE occupation SET title = 'Woon' || char(27) || ']0;pwned' || char(7) || 'coach';
            UPDATE version SET sector = 'Zorg' || char(27) || '[2J';
            UPDATE item SET text = text || char(27) || '[31m';
            UPDATE version SET model = replace(model, 'Wooncoach', 'Woon\\u001b[5mcoach');
            """
        #expect(try TestSupport.tool("sqlite3", [db, sql]).status == 0)
        for arguments in [["list"], ["show", "wooncoach"], ["search", "kennis"], ["history", "wooncoach"]] {
            let result = try CLI.run(["catalog"] + arguments + ["--db", db])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{07}"), "raw control character from catalog \(arguments)")
        }
        #expect(try CLI.run(["catalog", "list", "--db", db]).stdout.contains("Woon␛]0;pwned␇coach"))
    }
}
