import Foundation
import Testing
import TestSupport

/// Issue 8, item 7: as git's external diff driver, `diff` takes git's 7 or 9 arguments, shows a
/// rename as one, and shows a side that does not parse with its diagnostics and a line diff, always
/// exiting 0 so that `git diff` and `git log -p` go on.
@Suite struct GitDiffDriverTests {
    /// A repository whose history has a rename with an edit and then a broken revision, with the
    /// built binary as the diff driver for .beroep files.
    static func repository() throws -> URL {
        let folder = try CLI.temporaryFolder()
        func git(_ arguments: String...) throws {
            let result = try TestSupport.run(URL(fileURLWithPath: "/usr/bin/env"), ["git"] + arguments,
                                             environment: ["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"], in: folder)
            #expect(result.status == 0, "git \(arguments): \(result.errors)")
        }
        try git("init", "-q", "-b", "main")
        try git("config", "user.email", "test@example.org")
        try git("config", "user.name", "Test")
        try git("config", "diff.beroepsbeeld.command", TestSupport.binary.path + " diff")
        try "*.beroep diff=beroepsbeeld\n".write(to: folder.appendingPathComponent(".gitattributes"), atomically: true, encoding: .utf8)
        let profile = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Tests/Fixtures/wooncoach-2021.beroep"), encoding: .utf8)
        try profile.write(to: folder.appendingPathComponent("coach.beroep"), atomically: true, encoding: .utf8)
        try git("add", ".")
        try git("commit", "-qm", "first")
        try git("mv", "coach.beroep", "wooncoach.beroep")
        try profile.replacingOccurrences(of: "Kennis van coachen en eigen regie", with: "Kennis van coachen, eigen regie en netwerken")
            .write(to: folder.appendingPathComponent("wooncoach.beroep"), atomically: true, encoding: .utf8)
        try git("commit", "-qam", "rename and edit")
        try (profile + "handn:\n  - iets [groet]\n").replacingOccurrences(of: "Kennis van coachen", with: "Kennis van begeleiden")
            .write(to: folder.appendingPathComponent("wooncoach.beroep"), atomically: true, encoding: .utf8)
        try git("commit", "-qam", "broken")
        return folder
    }

    static func git(_ arguments: [String], in folder: URL) throws -> TestSupport.RunResult {
        try TestSupport.run(URL(fileURLWithPath: "/usr/bin/env"), ["git", "--no-pager"] + arguments,
                            environment: ["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1", "NO_COLOR": "1"], in: folder)
    }

    @Test func renameThroughGitDiffM() throws {
        let folder = try Self.repository()
        let result = try Self.git(["diff", "-M", "HEAD~2", "HEAD~1"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(!result.errors.contains("external diff died"))
        #expect(result.output.contains("renamed coach.beroep → wooncoach.beroep (similarity index"))
        #expect(result.output.contains("--- a/coach.beroep"))
        #expect(result.output.contains("+++ b/wooncoach.beroep"))
        #expect(result.output.contains("Kennis van coachen, eigen regie en netwerken"))
    }

    @Test func gitLogGoesOnPastARenameAndABrokenRevision() throws {
        let folder = try Self.repository()
        let result = try Self.git(["log", "-p", "-M", "--ext-diff"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(!result.errors.contains("external diff died"))
        // Every commit is there, oldest last.
        for message in ["first", "rename and edit", "broken"] { #expect(result.output.contains("    \(message)")) }
        #expect(result.output.contains("renamed coach.beroep → wooncoach.beroep"))
        // The broken side: its diagnostics, located in the repository's path, then a plain line diff.
        #expect(result.output.contains("error["))
        #expect(result.output.contains("--> wooncoach.beroep:"))
        #expect(result.output.contains("-  - Kennis van coachen, eigen regie en netwerken [nieuw] #coachkennis"))
        #expect(result.output.contains("+  - Kennis van begeleiden en eigen regie [nieuw] #coachkennis"))
        #expect(result.output.contains("+handn:"))
    }

    @Test func nineArgumentsDirectly() throws {
        let profile = "Profiles/wooncoach/2021.beroep"
        let result = try CLI.run(["diff", "old.beroep", profile, "0000000", "100644", profile, "0000000", "100644", "new.beroep",
                                  "similarity index 100%\nrename from old.beroep\nrename to new.beroep\n"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("renamed old.beroep → new.beroep (similarity index 100%)\n"))
    }
}
