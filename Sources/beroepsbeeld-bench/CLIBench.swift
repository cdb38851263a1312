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
        let reference = try Self.buildReference(linking: binary, in: folder)
        let small = folder + "/small.beroep"
        try CorpusGenerator.profile(0).write(toFile: small, atomically: true, encoding: .utf8)
        let nothing = Self.median(runs) { try Spawned.run(reference).seconds }
        let help = Self.median(runs) { try Spawned.run(binary, ["--help"]).seconds }
        let check = Self.median(runs) { try Spawned.run(binary, ["check", small]).seconds }
        print(String(format: "cli: start-up, median of %d: C program linking the same libraries %.1f ms; `--help` %.1f ms (%.2f×); "
                     + "`check` of one profile %.1f ms (%.2f×) (goal ≤ 1.5×)",
                     runs, nothing * 1000, help * 1000, help / nothing, check * 1000, check / nothing))

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

    /// A C program that does nothing but link every shared library `binary` needs (its `NEEDED`
    /// entries, read with readelf), built with cc: what start-up costs before any of our code runs.
    static func buildReference(linking binary: String, in folder: String) throws -> String {
        let dynamic = try Spawned.output("/usr/bin/readelf", ["-d", binary])
        let libraries = dynamic.split(separator: "\n").compactMap { line -> String? in
            guard line.contains("(NEEDED)"), let open = line.firstIndex(of: "["), let close = line.lastIndex(of: "]") else { return nil }
            return String(line[line.index(after: open)..<close])
        }
        let runpath = dynamic.split(separator: "\n").first { $0.contains("(RUNPATH)") || $0.contains("(RPATH)") }
            .flatMap { line in line.firstIndex(of: "[").map { String(line[line.index(after: $0)..<line.lastIndex(of: "]")!]) } }
        let source = folder + "/nothing.c", program = folder + "/nothing"
        try "int main(void) { return 0; }\n".write(toFile: source, atomically: true, encoding: .utf8)
        var arguments = ["-O2", "-o", program, source, "-Wl,--no-as-needed"]
        if let runpath { arguments += runpath.split(separator: ":").flatMap { ["-L\($0)", "-Wl,-rpath,\($0)"] } }
        arguments += libraries.map { "-l:" + $0 }
        let built = try Spawned.run("/usr/bin/cc", arguments)
        guard built.status == 0 else { throw ValidationError("cc could not build the reference program") }
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
