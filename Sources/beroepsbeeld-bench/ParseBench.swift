import ArgumentParser
import Foundation
import ProfileModel
import ProfileSyntax
import ProfileValidation

/// Parse + validate throughput on a generated corpus, and the peak memory it takes.
struct ParseBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse", abstract: "Parse and validate a generated corpus of profiles.")

    @Option(help: "How many profiles to generate.")
    var count = 10_000

    func run() throws {
        let corpus = (0..<count).map { CorpusGenerator.profile($0) }
        let bytes = corpus.reduce(0) { $0 + $1.utf8.count }
        let start = DispatchTime.now()
        var errors = 0
        var warnings = 0
        for (index, text) in corpus.enumerated() {
            let loaded = ProfileLoader.parse(SourceFile(path: "gen/\(index).beroep", text: text))
            for diagnostic in Validator.validate(loaded) {
                if diagnostic.severity == .error { errors += 1 } else if diagnostic.severity == .warning { warnings += 1 }
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        print("parse+validate: \(count) profiles (\(bytes / 1024) KiB) in \(String(format: "%.3f", seconds)) s "
              + "= \(Int(Double(count) / seconds)) profiles/s on one core; \(errors) errors, \(warnings) warnings found")
        print("parse+validate: peak RSS \(PeakMemory.megabytes()) MB (goal: 10,000 in < 2 s, < 200 MB)")
    }
}
