import ArgumentParser
import Foundation

/// The `beroepsbeeld` binary as people run it: start-up next to a C program linking the same
/// libraries, `check` of a large generated corpus on every core, the peak memory of `render` on a
/// small and a ten times larger corpus, and how soon `watch` has a PDF on disk after a save.
struct CLIBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cli", abstract: "Time the beroepsbeeld binary: start-up, check, render memory, watch.")

    @Option(help: "The beroepsbeeld binary (default: the one next to this bench).")
    var binary: String?

    @Option(help: "Runs per start-up figure.")
    var runs = 50

    @Option(help: "Profiles in the check corpus.")
    var checkCount = 10_000

    @Option(help: "Posters rendered for the memory baseline; the large run renders ten times as many.")
    var renderCount = 1_000

    @Option(help: "Saves timed for watch.")
    var saves = 20

    func run() throws {
        let binary = self.binary ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("beroepsbeeld").path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("beroepsbeeld-cli-bench-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        // Start-up: the same libraries loaded, nothing done, against --help and a check of one small profile.
        // The Swift program that does nothing shows what the language's runtime and Foundation cost on
        // top of the C program before any of ours runs: the floor under the two ratios.
        let libraries = try Self.libraries(of: binary)
        let reference = try Self.buildReference(linking: libraries, in: folder)
        let swiftReference = try Self.buildSwiftReference(linking: libraries, in: folder)
        let small = folder + "/small.beroep"
        try CorpusGenerator.profile(0).write(toFile: small, atomically: true, encoding: .utf8)
        let nothing = Self.median(runs) { try Spawned.run(reference).seconds }
        let swiftNothing = swiftReference.map { program in Self.median(runs) { try Spawned.run(program).seconds } }
        let help = Self.median(runs) { try Spawned.run(binary, ["--help"]).seconds }
        let check = Self.median(runs) { try Spawned.run(binary, ["check", small]).seconds }
        print(String(format: "cli: start-up, median of %d: C program linking the same libraries %.1f ms; `--help` %.1f ms (%.2f×); "
                     + "`check` of one profile %.1f ms (%.2f×) (goal ≤ 1.5×)",
                     runs, nothing * 1000, help * 1000, help / nothing, check * 1000, check / nothing)
              + (swiftNothing.map { String(format: "; a Swift program linking the same, with Foundation, doing nothing %.1f ms (%.2f×)", $0 * 1000, $0 / nothing) }
                 ?? "; no swiftc on PATH for the Swift reference"))

        // check on every core.
        let corpus = folder + "/corpus"
        try Self.writeCorpus(checkCount, to: corpus)
        let checked = try Spawned.run(binary, ["check", corpus])
        print(String(format: "cli: check of %d profiles on %d cores: %.2f s, peak RSS %d MB (goal < 0.8 s)",
                     checkCount, ProcessInfo.processInfo.activeProcessorCount, checked.seconds, checked.peakMegabytes))

        // render's peak memory must not grow with the number of posters.
        var peaks: [Int] = []
        for count in [renderCount, renderCount * 10] {
            let profiles = folder + "/render-\(count)"
            try Self.writeCorpus(count, to: profiles)
            let rendered = try Spawned.run(binary, ["render", profiles, "-o", folder + "/out-\(count)", "--format", "pdf"])
            try? FileManager.default.removeItem(atPath: folder + "/out-\(count)")
            try? FileManager.default.removeItem(atPath: profiles)
            peaks.append(rendered.peakMegabytes)
            print(String(format: "cli: render of %d posters to PDF: %.1f s, peak RSS %d MB", count, rendered.seconds, rendered.peakMegabytes)
                  + (peaks.count == 2 ? " (goal < 100 MB and no higher than for \(renderCount): \(peaks[1] <= peaks[0] + 2 ? "flat" : "grows"))" : ""))
        }

        // watch: from a save to the PDF on disk.
        let latencies = try WatchTimer(binary: binary, folder: folder).saves(saves)
        print(String(format: "cli: watch, save → PDF on disk, median of %d saves: %.1f ms (goal < 20 ms)", saves, Self.median(latencies) * 1000))
    }

    /// The shared libraries `binary` needs (its `NEEDED` entries, read with readelf) and where it looks
    /// for them (its run path), as linker arguments.
    static func libraries(of binary: String) throws -> [String] {
        let dynamic = try Spawned.output("/usr/bin/readelf", ["-d", binary])
        let libraries = dynamic.split(separator: "\n").compactMap { line -> String? in
            guard line.contains("(NEEDED)"), let open = line.firstIndex(of: "["), let close = line.lastIndex(of: "]") else { return nil }
            return String(line[line.index(after: open)..<close])
        }
        let runpath = dynamic.split(separator: "\n").first { $0.contains("(RUNPATH)") || $0.contains("(RPATH)") }
            .flatMap { line in line.firstIndex(of: "[").map { String(line[line.index(after: $0)..<line.lastIndex(of: "]")!]) } }
        var arguments = ["--no-as-needed"]
        if let runpath { arguments += runpath.split(separator: ":").flatMap { ["-L\($0)", "-rpath=\($0)"] } }
        return arguments + libraries.map { "-l:" + $0 }
    }

    /// A C program that does nothing but link `libraries` (linker arguments), built with cc: what
    /// start-up costs before any of our code runs.
    static func buildReference(linking libraries: [String], in folder: String) throws -> String {
        let source = folder + "/nothing.c", program = folder + "/nothing"
        try "int main(void) { return 0; }\n".write(toFile: source, atomically: true, encoding: .utf8)
        let built = try Spawned.run("/usr/bin/cc", ["-O2", "-o", program, source] + libraries.map { "-Wl," + $0 })
        guard built.status == 0 else { throw ValidationError("cc could not build the reference program") }
        return program
    }

    /// The same in Swift, built as `beroepsbeeld` is (static Swift libraries, lld, packed relocations),
    /// touching Foundation so that it is linked and started as in ours; nil when no swiftc is on PATH.
    static func buildSwiftReference(linking libraries: [String], in folder: String) throws -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        guard let swiftc = path.split(separator: ":").map({ $0 + "/swiftc" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { return nil }
        let source = folder + "/nothing.swift", program = folder + "/nothing-swift"
        try "import Foundation\nexit(ProcessInfo.processInfo.arguments.count > 99 ? 1 : 0)\n".write(toFile: source, atomically: true, encoding: .utf8)
        let flags = ["-O", "-static-stdlib", "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-o", program, source]
        let built = try Spawned.run(swiftc, flags + libraries.flatMap { ["-Xlinker", $0] })
        guard built.status == 0 else { throw ValidationError("swiftc could not build the Swift reference program") }
        return program
    }

    /// `count` generated profiles as files in `folder`.
    static func writeCorpus(_ count: Int, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for index in 0..<count {
            try CorpusGenerator.profile(index).write(toFile: folder + "/p\(index).beroep", atomically: false, encoding: .utf8)
        }
    }

    static func median(_ runs: Int, _ body: () throws -> Double) -> Double {
        median((0..<runs).compactMap { _ in try? body() })
    }

    static func median(_ values: [Double]) -> Double { values.isEmpty ? .nan : values.sorted()[values.count / 2] }
}
