import Foundation
import Testing

/// `fmt` keeps what it does not own: permissions, symbolic links, meaning, comments; it writes nothing it
/// could not read back.
@Suite struct FormatSafetyTests {
    private let messy = "beroepsbeeld: X\nhart:\n  - b   [groeit]\nhoofd:\n  - a\n"

    @Test func keepsTheFilesPermissions() throws {
        let file = try CLI.temporaryFolder().appendingPathComponent("x.beroep")
        try messy.write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        #expect(try CLI.run(["fmt", file.path]).status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8) != messy)
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }

    @Test func writesThroughASymbolicLinkToItsTarget() throws {
        let folder = try CLI.temporaryFolder()
        let target = folder.appendingPathComponent("echt.beroep"), link = folder.appendingPathComponent("link.beroep")
        try messy.write(to: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "echt.beroep")
        #expect(try CLI.run(["fmt", link.path]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "echt.beroep")
        #expect(try String(contentsOf: target, encoding: .utf8) == "beroepsbeeld: X\n\nhoofd:\n  - a\n\nhart:\n  - b [groeit]\n")
    }

    @Test func neverWritesAnEmptyTitleForAnEmptyFile() throws {
        let file = try CLI.temporaryFolder().appendingPathComponent("leeg.beroep")
        FileManager.default.createFile(atPath: file.path, contents: Data())
        _ = try CLI.run(["fmt", file.path])
        #expect(try Data(contentsOf: file).isEmpty)
    }

    @Test func leavesAFileWithATabInItsIndentationUntouched() throws {
        let file = try CLI.temporaryFolder().appendingPathComponent("tab.beroep")
        let text = "beroepsbeeld: X\nhanden:\n  vaardigheden:\n\t- Robots schoonmaken\n  taken:\n    - Plannen\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["fmt", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error[S020]: tab in indentation"))
        #expect(result.stderr.contains("tab.beroep:4:1"))
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }

    @Test func isIdempotentForJSONWithACommentOnAFieldItDoesNotWrite() throws {
        let folder = try CLI.temporaryFolder()
        let json = folder.appendingPathComponent("x.json"), text = folder.appendingPathComponent("x.beroep")
        try #"{"format": "beroepsbeeld/1", "title": "X", "fieldComments": {"sector": ["nog te bepalen"]}, "parts": [{"kind": "head", "items": [{"text": "a"}]}]}"#
            .write(to: json, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["import", json.path, "-o", text.path]).status == 0)
        let once = try String(contentsOf: text, encoding: .utf8)
        #expect(once.contains("# nog te bepalen"))
        #expect(try CLI.run(["fmt", text.path]).status == 0)
        #expect(try String(contentsOf: text, encoding: .utf8) == once)
    }
}
