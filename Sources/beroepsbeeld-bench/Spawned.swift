import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program run to its end: its wall time, exit status and peak memory (from wait4's rusage,
/// which Foundation's Process does not give).
struct Spawned {
    let seconds: Double
    let status: Int32
    let peakMegabytes: Int

    /// Runs `program` with `arguments`, its output thrown away, and waits for it.
    static func run(_ program: String, _ arguments: [String] = []) throws -> Spawned {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let start = DispatchTime.now()
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        guard spawned == 0 else { throw ValidationError("cannot run \(program): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return Spawned(seconds: seconds, status: (status >> 8) & 0xFF, peakMegabytes: usage.ru_maxrss / 1024)
    }

    /// What `program` prints on standard output.
    static func output(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// Runs `beroepsbeeld watch` on a profile, saves the profile again and again (a new file renamed over
/// it, as editors save), and times each save until watch reports the PDF written.
struct WatchTimer {
    let binary: String
    let folder: String

    /// The seconds from each of `count` saves to its PDF on disk.
    func saves(_ count: Int) throws -> [Double] {
        let profile = folder + "/watched.beroep"
        try CorpusGenerator.profile(1).write(toFile: profile, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["watch", profile, "-o", folder + "/watched"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }
        let lines = LineReader(pipe.fileHandleForReading)
        _ = lines.next()  // "watching …"
        guard lines.next()?.hasPrefix("rendered") == true else { throw ValidationError("watch did not render the profile") }
        var latencies: [Double] = []
        for save in 0..<count {
            // Each save a different profile, so every one is a real change.
            let text = CorpusGenerator.profile(2 + save)
            let start = DispatchTime.now()
            try text.write(toFile: profile, atomically: true, encoding: .utf8)
            guard lines.next()?.hasPrefix("rendered") == true else { throw ValidationError("watch did not render save \(save)") }
            latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
        }
        return latencies
    }
}

/// Lines read one at a time from a file handle, blocking until each is complete.
final class LineReader {
    private let handle: FileHandle
    private var buffer = Data()

    init(_ handle: FileHandle) { self.handle = handle }

    func next() -> String? {
        while true {
            if let end = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[buffer.startIndex..<end], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...end)
                return line
            }
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            buffer.append(chunk)
        }
    }
}
