import Foundation

/// What the test targets share: the package's folders, the built binary, and running programs as a
/// user would.
public enum TestSupport {
    /// The package root, the folder that holds Package.swift.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built `beroepsbeeld` binary, beside the test bundle.
    public static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("beroepsbeeld")

    /// How a program ended and what it printed.
    public struct RunResult: Sendable {
        public let status: Int32
        public let stdout: Data
        public let stderr: Data
        /// Standard output as text.
        public var output: String { String(decoding: stdout, as: UTF8.self) }
        /// Standard error as text.
        public var errors: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// Runs `executable` with `arguments` in `directory`, with `environment` laid over this process's
    /// (a nil value removes a variable). Standard error goes to a file, so neither stream can block.
    public static func run(_ executable: URL, _ arguments: [String], environment: [String: String?] = [:],
                           in directory: URL? = nil) throws -> RunResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var merged = ProcessInfo.processInfo.environment
        for (name, value) in environment { merged[name] = value }
        process.environment = merged
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return RunResult(status: process.terminationStatus, stdout: stdout, stderr: try Data(contentsOf: errorFile))
    }

    /// Runs a tool found on PATH: pdfinfo, pdftotext, rsvg-convert, xmllint, sha256sum, python3.
    public static func tool(_ name: String, _ arguments: [String]) throws -> RunResult {
        try run(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments)
    }

    /// A fresh temporary folder.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("beroepsbeeld-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
