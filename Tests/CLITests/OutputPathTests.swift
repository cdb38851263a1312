import Foundation
import Testing
import TestSupport

/// Issue 8, item 5: where output goes, and what happens when it cannot go there.
@Suite struct OutputPathTests {
    static let old = "Profiles/wooncoach/2011.beroep", new = "Profiles/wooncoach/2021.beroep"

    /// The files in `folder`, hidden ones included, sorted.
    static func contents(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func trailingSlashMeansAFolder() throws {
        let folder = try CLI.temporaryFolder()
        let out = folder.path + "/out/"
        #expect(try CLI.run(["export", Self.new, "-o", out]).status == 0)
        #expect(try CLI.run(["diff", "--format", "svg", Self.old, Self.new, "-o", out]).status == 1)
        let book = try CLI.run(["book", "Profiles/wooncoach", "-o", out])
        #expect(book.status == 0, "\(book.stderr)")
        let written = try Self.contents(folder.appendingPathComponent("out"))
        #expect(written == ["2011-2021.svg", "2021.json", "beroepsbeelden.pdf"])
        #expect(try TestSupport.tool("pdfinfo", [folder.path + "/out/beroepsbeelden.pdf"]).status == 0)
        #expect(try TestSupport.tool("xmllint", ["--noout", folder.path + "/out/2011-2021.svg"]).status == 0)
    }

    @Test func anExistingFolderWhereAFileIsMeantIsAPlainError() throws {
        let folder = try CLI.temporaryFolder()
        for arguments in [["export", Self.new], ["diff", "--format", "svg", Self.old, Self.new], ["book", "Profiles/wooncoach"]] {
            let result = try CLI.run(arguments + ["-o", folder.path])
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr == "error: cannot write \(folder.path): it is a folder; name a file in it, or end the path with / to write into it\n")
            #expect(try Self.contents(folder).isEmpty, "no temporary file left")
        }
    }

    @Test func anUnwritableFolderNamesTheUsersPathNotATemporaryFile() throws {
        // /proc takes no new files, even for root (a chmod 555 folder would not stop root).
        for output in ["/proc/beroepsbeeld.json", "/proc/no-such-folder/x.json"] {
            let result = try CLI.run(["export", Self.new, "-o", output])
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("error: cannot write \(output): "), "\(result.stderr)")
            #expect(!result.stderr.contains(".tmp"))
        }
    }

    @Test func aFIFOADeviceOrAFolderNamedLikeAProfileIsNotARegularFile() throws {
        let folder = try CLI.temporaryFolder()
        let fifo = folder.appendingPathComponent("pipe.beroep").path
        #expect(mkfifo(fifo, 0o644) == 0)
        try FileManager.default.createDirectory(atPath: folder.path + "/nested/x.beroep", withIntermediateDirectories: true)
        for (arguments, path) in [(["check", fifo], fifo), (["export", fifo], fifo), (["check", "/dev/zero"], "/dev/zero"),
                                  (["diff", "/dev/zero", Self.new], "/dev/zero"), (["check", folder.path + "/nested"], folder.path + "/nested/x.beroep")] {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("\(path): not a regular file"), "\(arguments): \(result.stderr)")
        }
    }

    /// A folder is walked as the files in it are sorted: hidden entries included, a link to a profile
    /// followed, a link to a folder not (it could lead out of the tree, or round in a loop), a broken
    /// link an error.
    @Test func aFolderIsWalkedInSortedOrderWithoutFollowingLinkedFolders() throws {
        let folder = try CLI.temporaryFolder()
        let profile = try String(contentsOfFile: Self.new, encoding: .utf8)
        for path in ["tree/b/z.beroep", "tree/.hidden/h.beroep", "tree/a.beroep", "tree/.d.beroep", "elsewhere/o.beroep"] {
            try FileManager.default.createDirectory(atPath: folder.path + "/" + (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try profile.write(toFile: folder.path + "/" + path, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/tree/linked", withDestinationPath: folder.path + "/elsewhere")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/tree/c.beroep", withDestinationPath: folder.path + "/elsewhere/o.beroep")
        let result = try CLI.run(["check", "--format", "json", folder.path + "/tree"])
        let files = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])["files"] as? [[String: Any]]
        #expect(files?.compactMap { $0["path"] as? String } == [".d.beroep", ".hidden/h.beroep", "a.beroep", "b/z.beroep", "c.beroep"].map { folder.path + "/tree/" + $0 })
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/tree/broken.beroep", withDestinationPath: folder.path + "/nowhere")
        let broken = try CLI.run(["check", folder.path + "/tree"])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("no such file: \(folder.path)/tree/broken.beroep"))
    }

    @Test func noProfileFoundIsAnError() throws {
        let folder = try CLI.temporaryFolder()
        try "notes".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        for command in ["check", "fmt", "render", "history", "book"] {
            let result = try CLI.run(command == "book" ? [command, folder.path, "-o", folder.path + "/b.pdf"] : [command, folder.path])
            #expect(result.status == 2, "\(command)")
            #expect(result.stderr.contains("no profiles (.beroep files) found in \(folder.path)"), "\(command): \(result.stderr)")
        }
        // One empty folder among others is fine.
        #expect(try CLI.run(["check", folder.path, Self.new]).status == 0)
    }

    @Test func aStaleTemporaryFileDoesNotConfuseTheNextRun() throws {
        let folder = try CLI.temporaryFolder()
        // What a killed run of the old naming scheme, or of this one, may leave behind.
        let stale = [".2021.json.123.tmp", ".2021.json.Ab12Cd.tmp", ".x.beroep.Ab12Cd.tmp"]
        for name in stale { try "half a file".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        #expect(try CLI.run(["export", Self.new, "-o", folder.path + "/"]).status == 0)
        try FileManager.default.copyItem(atPath: Self.old, toPath: folder.path + "/wooncoach.beroep")
        let check = try CLI.run(["check", folder.path])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.hasSuffix("checked 1 file: 0 errors, 0 warnings, 0 notes\n") || check.stdout.contains("checked 1 file:"))
        #expect(try Self.contents(folder) == (stale + ["2021.json", "wooncoach.beroep"]).sorted())
    }

    /// A real SIGTERM while `book` works on a big job: the temporary file it opened is removed.
    @Test(arguments: [SIGTERM, SIGINT]) func aSignalRemovesTheTemporaryFile(signal: Int32) throws {
        let folder = try CLI.temporaryFolder()
        let profiles = folder.appendingPathComponent("profiles")
        try FileManager.default.createDirectory(at: profiles, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: CLI.packageRoot.appendingPathComponent(Self.new).path, encoding: .utf8)
        for index in 0..<400 {
            try text.replacingOccurrences(of: "beroepsbeeld: Wooncoach", with: "beroepsbeeld: Wooncoach \(index)")
                .write(to: profiles.appendingPathComponent("p\(index).beroep"), atomically: true, encoding: .utf8)
        }
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // Started through Python, which clears the signal mask a test runner's threads hand down.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import os, signal, sys; signal.pthread_sigmask(signal.SIG_SETMASK, []); os.execv(sys.argv[1], sys.argv[1:])",
                             TestSupport.binary.path, "book", profiles.path, "-o", out.path + "/book.pdf"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the temporary file exists, then stop the job.
        let deadline = Date().addingTimeInterval(20)
        while try Self.contents(out).isEmpty, Date() < deadline { usleep(10_000) }
        let temporary = try Self.contents(out)
        #expect(temporary.count == 1 && temporary[0].hasPrefix(".book.pdf.") && temporary[0].hasSuffix(".tmp"), "\(temporary)")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal, "killed by the signal, not finished")
        #expect(try Self.contents(out).isEmpty, "no temporary file and no book left")
    }
}
