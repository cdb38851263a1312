import Foundation
import TestSupport
import Testing

/// `watch` sees saves through inotify (issue 12): also a save that keeps the file's size and
/// modification time, which comparing those every 100 ms could not tell from no save at all.
@Suite struct WatchTests {
    /// `beroepsbeeld watch` running on a copy of the poster fixture, its output lines read as they come.
    final class Watcher: @unchecked Sendable {
        let process = Process()
        let profile: URL
        let output: URL
        private var lines: [String] = []
        private let lock = NSLock()
        private let arrived = DispatchSemaphore(value: 0)

        init() throws {
            let folder = try CLI.temporaryFolder()
            profile = folder.appendingPathComponent("teelt.beroep")
            output = folder.appendingPathComponent("out")
            try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("Tests/PosterFixtures/teeltspecialist-2020.beroep"), to: profile)
            process.executableURL = TestSupport.binary
            process.arguments = ["watch", profile.path, "-o", output.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
                guard let self else { return }
                let text = String(decoding: handle.availableData, as: UTF8.self)
                self.lock.withLock { self.lines += text.split(separator: "\n").map(String.init) }
                for _ in text.filter({ $0 == "\n" }) { self.arrived.signal() }
            }
            try process.run()
        }

        deinit {
            // SIGKILL: the test runner starts children with SIGTERM blocked, and watch runs until stopped.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }

        /// The next line watch prints; nil when none comes within a minute (a missed save).
        func nextLine() -> String? {
            guard arrived.wait(timeout: .now() + 60) == .success else { return nil }
            return lock.withLock { lines.removeFirst() }
        }
    }

    @Test func aSaveThatKeepsSizeAndModificationTimeIsRendered() throws {
        let watcher = try Watcher()
        #expect(watcher.nextLine()?.hasPrefix("watching ") == true)
        #expect(watcher.nextLine()?.hasPrefix("rendered teeltspecialist-2020.pdf") == true)
        let pdf = watcher.output.appendingPathComponent("teeltspecialist-2020.pdf")
        #expect(try ExternalToolText.pdftotext(pdf).contains("Glastuinbouw"))

        // In place, the same number of bytes, and the old modification time put back.
        let attributes = try FileManager.default.attributesOfItem(atPath: watcher.profile.path)
        let text = try String(contentsOf: watcher.profile, encoding: .utf8)
        try text.replacingOccurrences(of: "sector: Glastuinbouw", with: "sector: Glastuinbouq").write(to: watcher.profile, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: watcher.profile.path)
        #expect(watcher.nextLine()?.hasPrefix("rendered teeltspecialist-2020.pdf") == true)
        #expect(try ExternalToolText.pdftotext(pdf).contains("Glastuinbouq"))

        // As editors save: a new file renamed over the old one.
        try text.replacingOccurrences(of: "sector: Glastuinbouw", with: "sector: Kassenbouw").write(to: watcher.profile, atomically: true, encoding: .utf8)
        #expect(watcher.nextLine()?.hasPrefix("rendered teeltspecialist-2020.pdf") == true)
        #expect(try ExternalToolText.pdftotext(pdf).contains("Kassenbouw"))
    }
}

/// poppler's pdftotext, for what a PDF says.
enum ExternalToolText {
    static func pdftotext(_ pdf: URL) throws -> String {
        try TestSupport.tool("pdftotext", [pdf.path, "-"]).output
    }
}
