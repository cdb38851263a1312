import ArgumentParser
import Foundation
import ProfileModel
import ProfileSyntax

/// How diagnostics are printed.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case human, json
}

/// The diagnostics of one checked file.
struct FileReport {
    let loaded: LoadedProfile
    var diagnostics: [Diagnostic]
}

/// Prints the diagnostics of checked files, in the rustc style or as JSON (see docs/cli.md).
struct DiagnosticPrinter {
    let format: DiagnosticFormat
    let colored: Bool

    func render(_ reports: [FileReport]) -> String {
        let all = reports.flatMap(\.diagnostics)
        let counts = Dictionary(grouping: all, by: \.severity).mapValues(\.count)
        switch format {
        case .human:
            let renderer = DiagnosticRenderer(colored: colored)
            var out = reports.map { renderer.renderSafely($0.diagnostics, source: $0.loaded.source) }.joined()
            out += "checked \(counted(reports.count, "file")): \(counted(counts[.error] ?? 0, "error")), "
                + "\(counted(counts[.warning] ?? 0, "warning")), \(counted(counts[.info] ?? 0, "note"))\n"
            return out
        case .json:
            let document = JSONReport(
                files: reports.map { JSONReport.File(path: $0.loaded.path, diagnostics: $0.diagnostics) },
                summary: .init(files: reports.count, errors: counts[.error] ?? 0, warnings: counts[.warning] ?? 0, infos: counts[.info] ?? 0))
            return String(decoding: StableJSON.document(document, format: JSONReport.format), as: UTF8.self)
        }
    }
}

/// "1 error", "2 errors": `count` and `noun`, plural unless the count is one.
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}

/// The JSON output of `check --format json` (schema docs/schemas/check.schema.json).
struct JSONReport: Encodable {
    static let format = "beroepsbeeld-check/1"

    struct File: Encodable {
        let path: String
        let diagnostics: [Diagnostic]
    }
    struct Summary: Encodable {
        let files, errors, warnings, infos: Int
    }
    let files: [File]
    let summary: Summary
}
