import Foundation
import Testing
import TestSupport

/// Issue 8, items 8 and 9: the conventions a command-line tool is expected to keep.
@Suite struct ConventionsTests {
    static let profile = "Profiles/wooncoach/2021.beroep"

    @Test func version() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(result.stdout)")
    }

    @Test func mistypedCommandGetsADidYouMean() throws {
        let root = try CLI.run(["chek", Self.profile])
        #expect(root.status == 2)
        #expect(root.stderr == "error: unknown command `chek`; did you mean `check`?\n")
        let nested = try CLI.run(["catalog", "serach", "kennis"])
        #expect(nested.status == 2)
        #expect(nested.stderr == "error: unknown command `serach`; did you mean `search`?\n")
    }

    @Test func countsAreSingularForOne() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("bad.beroep")
        try "beroepsbeeld: X\nhandn:\n  - iets\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", Self.profile])
        #expect(result.stdout.hasSuffix("checked 1 file: 0 errors, 0 warnings, 0 notes\n"))
        let bad = try CLI.run(["check", file.path])
        #expect(!bad.stdout.contains(" 1 errors") && !bad.stdout.contains(" 1 warnings") && !bad.stdout.contains(" 1 notes"))
        #expect(bad.stdout.range(of: #"checked 1 file: \d+ errors?, \d+ warnings?, \d+ notes?\n$"#, options: .regularExpression) != nil)
    }

    @Test func searchWithoutAMatchExitsOneLikeGrep() throws {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("catalog.sqlite").path
        #expect(try CLI.run(["catalog", "import", "--db", db, Self.profile]).status == 0)
        #expect(try CLI.run(["catalog", "search", "--db", db, "coachen"]).status == 0)
        let none = try CLI.run(["catalog", "search", "--db", db, "zzzyxw"])
        #expect(none.status == 1)
        #expect(none.stdout.isEmpty)
        #expect(none.stderr == "no match for zzzyxw\n")
        #expect(try CLI.run(["catalog", "search", "--db", db, "--limit", "0", "coachen"]).status == 2)
    }

    @Test func numericOptionsStateAndCheckTheirRange() throws {
        for command in [["diff"], ["history"], ["render"], ["watch"]] {
            let help = try CLI.run(command + ["--help"])
            #expect(help.stdout.contains("10–1200"), "\(command) --help states the --dpi range")
        }
        #expect(try CLI.run(["catalog", "search", "--help"]).stdout.contains("1–1000"))
        let outside = try CLI.run(["diff", "--format", "png", "--dpi", "5000", Self.profile, Self.profile, "-o", "/tmp/x.png"])
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("--dpi must be between 10 and 1200"))
    }

    /// Every command's help says what its exit statuses mean.
    @Test func everyHelpStatesItsExitCodes() throws {
        let commands = [[], ["check"], ["fmt"], ["export"], ["import"], ["new"], ["explain"], ["diff"], ["history"], ["render"], ["book"],
                        ["watch"], ["catalog"]] + ["import", "list", "show", "export", "search", "stats", "history", "diff", "render"].map { ["catalog", $0] }
        for command in commands {
            let help = try CLI.run(command + ["--help"])
            #expect(help.stdout.contains("Exit status:") || help.stdout.contains("exit status"), "\(command) --help")
        }
    }

    /// Binary figures are not sent to a terminal (curl does the same); `script` gives the command one.
    @Test func binaryOutputIsRefusedOnATerminal() throws {
        for format in ["png", "pdf"] {
            let command = "\(TestSupport.binary.path) diff --format \(format) \(Self.profile) \(Self.profile); echo status=$?"
            let result = try TestSupport.tool("script", ["-qec", command, "/dev/null"])
            #expect(result.output.contains("error: not writing \(format.uppercased()) to a terminal; name a file with -o FILE"), "\(result.output)")
            #expect(result.output.contains("status=2"))
            #expect(!result.output.contains(format == "png" ? "PNG\r\n" : "%PDF"))
        }
        // Through a pipe the bytes flow as before.
        let piped = try TestSupport.run(TestSupport.binary, ["diff", "--format", "png", Self.profile, Self.profile], in: CLI.packageRoot)
        #expect(piped.stdout.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func completionScriptsAreGenerated() throws {
        for shell in ["bash", "zsh", "fish"] {
            let result = try CLI.run(["--generate-completion-script", shell])
            #expect(result.status == 0)
            #expect(result.stdout.contains("catalog"))
        }
    }
}
