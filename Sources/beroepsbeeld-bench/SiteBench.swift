import ArgumentParser
import CLISupport
import Dispatch
import Foundation
import SiteBuilder

/// The website: a site of generated profiles built cold, then again after one profile changed.
struct SiteBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "site", abstract: "Build a static site of generated profiles, cold and after one change.")

    @Option(help: "Profiles in the site.")
    var count = 1000

    @Option(help: "Worker threads.")
    var cores = 2

    @Option(help: "Rebuilds after one changed profile; the median is the figure.")
    var rebuilds = 5

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("beroepsbeeld-site-bench-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sources = folder + "/profiles", output = folder + "/site"
        var files: [String] = []
        for index in 0..<count {
            try FileManager.default.createDirectory(atPath: "\(sources)/\(index)", withIntermediateDirectories: true)
            let file = "\(sources)/\(index)/profiel.beroep"
            try CorpusGenerator.profile(index).write(toFile: file, atomically: false, encoding: .utf8)
            files.append(file)
        }
        let builder = SiteBuilder(assets: try SiteAssets(folder: SiteAssets.locate()), options: SiteOptions(), threads: cores)

        let (cold, coldFiles) = try build(builder, files, output)
        print("site: \(count) profiles → \(coldFiles) files, cold, on \(cores) cores: \(String(format: "%.2f", cold)) s (goal < 20 s)")

        // One profile changed, rebuilt: several times (a different profile and wording each time), the median printed.
        var rebuilt: [Double] = []
        for round in 0..<rebuilds {
            let changed = files[(count / 2 + round * 97) % count]
            let text = try String(contentsOfFile: changed, encoding: .utf8)
            try text.replacingOccurrences(of: "passie: ", with: "passie: Veranderd \(round): ").write(toFile: changed, atomically: false, encoding: .utf8)
            let (warm, warmFiles) = try build(builder, files, output)
            print("  rebuilt after one change: \(String(format: "%.2f", warm)) s, \(warmFiles) files written")
            rebuilt.append(warm)
        }
        print("site: one profile changed, rebuilt, median of \(rebuilds): \(String(format: "%.2f", CLIBench.median(rebuilt))) s "
              + "(range \(String(format: "%.2f", rebuilt.min()!))–\(String(format: "%.2f", rebuilt.max()!))) (goal < 1 s)")
    }

    /// Loads every profile, builds against the folder's manifest and writes what changed as `beroepsbeeld site`
    /// does (`OutputFile`: a temporary file renamed into place); seconds and files written.
    private func build(_ builder: SiteBuilder, _ files: [String], _ output: String) throws -> (Double, Int) {
        let start = DispatchTime.now()
        let entries = SiteEntry.load(files, threads: cores)
        let loaded = DispatchTime.now()
        let previous = SiteFolder.manifest(in: output)
        let site = try builder.build(entries, previous: previous)
        let built = DispatchTime.now()
        let written = try SiteFolder.write(site, to: output, previous: previous, threads: cores) { try OutputFile.write($0, to: $1) }
        let end = DispatchTime.now()
        func seconds(_ a: DispatchTime, _ b: DispatchTime) -> String { String(format: "%.2f", Double(b.uptimeNanoseconds - a.uptimeNanoseconds) / 1e9) }
        print("  load and validate \(seconds(start, loaded)) s; " + site.timings.map { "\($0.phase) \(String(format: "%.2f", $0.seconds)) s" }.joined(separator: "; ")
              + "; write \(seconds(built, end)) s")
        return (Double(end.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9, written)
    }
}
