import ArgumentParser
import Foundation
import ProfileCatalog
import ProfileModel

/// Catalogue import throughput and search latency, on a catalogue generated from the research profiles, in a temporary file.
struct CatalogBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog", abstract: "Import generated versions into a fresh catalogue, then time searches on it.")

    @Option(help: "How many versions to import (four per occupation).")
    var count = 10_000

    @Option(help: "How many searches to time.")
    var searches = 500

    @Option(help: "The research profiles the corpus is made from.")
    var profiles = "Profiles"

    func run() throws {
        let templates = try Self.templates(in: profiles)
        guard !templates.isEmpty else { throw ValidationError("no .beroep files under \(profiles)") }
        let sources = (0..<count).map { Self.variant($0, of: templates) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("beroepsbeeld-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("catalogue.sqlite").path

        let start = DispatchTime.now(), startCPU = Self.processCPU()
        let candidates = ImportCandidate.prepare(sources.enumerated().map { (path: "gen/\($0.offset).beroep", bytes: Data($0.element.utf8)) })
        let validated = DispatchTime.now(), validatedCPU = Self.processCPU()
        let catalog = try Catalog(path: path, create: true)
        let results = try catalog.importProfiles(candidates, replace: false)
        let stored = DispatchTime.now(), storedCPU = Self.processCPU()
        let added = results.filter { $0.outcome == .added }.count
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0)
            + ((try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0)
        print("catalog import: \(added) of \(count) versions in \(Self.seconds(start, stored)) s "
              + "(read+validate \(Self.seconds(start, validated)) s, store \(Self.seconds(validated, stored)) s, one transaction; "
              + "CPU \(String(format: "%.2f", validatedCPU - startCPU)) s + \(String(format: "%.2f", storedCPU - validatedCPU)) s); "
              + "file \(size / 1_048_576) MB (goal: 10,000 in < 10 s)")

        // Every word of the corpus's items in turn, without diacritics; every third with a second word, some with filters.
        let vocabulary = Array(Set(templates.flatMap { TextNormalization.words($0) }.filter { $0.count >= 4 })).sorted()
        let step = max(1, vocabulary.count / searches)
        var latencies: [Double] = []
        for n in 0..<searches {
            let word = vocabulary[(n * step) % vocabulary.count]
            let text = n % 3 == 0 ? word + " " + vocabulary[(n * 7 + 3) % vocabulary.count].prefix(4) : word
            let query = SearchQuery(text: text, part: n % 4 == 0 ? .hands : nil, trend: n % 5 == 0 ? .new : nil)
            latencies.append(try Self.milliseconds { _ = try catalog.search(query) })
        }
        // The words in most items cost the most (every hit is ranked): each is searched as often as the rest.
        let commonWords = ["werken", "kennis", "klanten"]
        for n in 0..<max(3, searches / 10) {
            latencies.append(try Self.milliseconds { _ = try catalog.search(SearchQuery(text: commonWords[n % 3])) })
        }
        let common = try commonWords.map { word in try Self.milliseconds { _ = try catalog.search(SearchQuery(text: word)) } }
        latencies.sort()
        func percentile(_ p: Int) -> String { String(format: "%.2f", latencies[min(latencies.count - 1, latencies.count * p / 100)]) }
        print("catalog search: \(latencies.count) queries on \(added) versions (every tenth a common word), median \(percentile(50)) ms, "
              + "p95 \(percentile(95)) ms, p99 \(percentile(99)) ms (goal: p99 < 10 ms); the most common words (werken, kennis, klanten) "
              + common.map { String(format: "%.1f", $0) }.joined(separator: ", ") + " ms")
    }

    /// The research profiles' texts, without slugs and superseded versions (the variants get their own).
    private static func templates(in folder: String) throws -> [String] {
        let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".beroep") }.sorted() ?? []
        return try files.map { file in
            try String(contentsOfFile: folder + "/" + file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("slug:") && !$0.hasPrefix("vervangt:") }.joined(separator: "\n")
        }
    }

    /// Version `2010 + 3·(index mod 4)` of occupation `index / 4`, made from one research profile with every
    /// seventh item dropped, a different seventh in each version.
    private static func variant(_ index: Int, of templates: [String]) -> String {
        let occupation = index / 4
        var itemNumber = 0
        return templates[occupation % templates.count].split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
            if line.hasPrefix("beroepsbeeld:") || line.hasPrefix("profile:") { return line + " \(occupation)" }
            if line.hasPrefix("versie:") || line.hasPrefix("version:") { return "versie: \(2010 + 3 * (index % 4))" }
            guard line.drop(while: { $0 == " " }).hasPrefix("- ") else { return String(line) }
            itemNumber += 1
            return (itemNumber + index % 4) % 7 == 0 ? nil : String(line)
        }.joined(separator: "\n")
    }

    private static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now()
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
    }

    /// CPU time used by the whole process so far, user and system, in seconds.
    private static func processCPU() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    private static func seconds(_ from: DispatchTime, _ to: DispatchTime) -> String {
        String(format: "%.2f", Double(to.uptimeNanoseconds - from.uptimeNanoseconds) / 1e9)
    }
}
