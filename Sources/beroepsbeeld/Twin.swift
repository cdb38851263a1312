import ArgumentParser
import CLISupport
import Foundation
import HybridMatch
import ProfileCatalog
import ProfileModel
import ProfileSyntax

/// `beroepsbeeld twin`: Job Twinning pairs of teachers and company professionals, or the profiles that
/// complement one profile most.
struct Twin: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "twin",
        abstract: "Pair teachers with company professionals for Job Twinning, with the greatest total fit (docs/hybrid.md).",
        discussion: """
        CANDIDATES is a .csv or .toml file of roles (id, profile, side, wishes, hours, region); a file with \
        personal traits (name, age, gender, …) is refused. Each pair is explained: common ground, what each \
        can learn, time and region fit; each candidate gets its 3 best alternatives. With --complement SLUG, \
        ranks the other side's profiles that complement SLUG most. \
        Exit status: 0 on success, 1 when the candidates file or a profile has errors, 2 on usage or I/O errors.
        """)

    @Option(help: "Read the profiles from this folder (default: Profiles).")
    var profiles: String?

    @Option(name: .customLong("db"), help: "Read the profiles from this catalogue instead of a folder.")
    var database: String?

    @Option(help: "Rank the profiles that complement this profile's slug most, instead of pairing candidates.")
    var complement: String?

    @Option(help: "Output format: text, json (docs/schemas/twin.schema.json) or markdown.")
    var format: DiffFormat = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output; a path ending in / is a folder for twin.txt/.json/.md.")
    var output: String?

    @Argument(help: "The candidates (.csv or .toml); not with --complement.")
    var candidates: String?

    func validate() throws {
        if profiles != nil && database != nil { throw ValidationError("give --profiles or --db, not both") }
        if (candidates == nil) == (complement == nil) { throw ValidationError("give a CANDIDATES file, or --complement SLUG") }
    }

    func run() throws {
        let known = TwinProfiles(try loadProfiles())
        let name = "twin." + (format == .text ? "txt" : format == .markdown ? "md" : "json")
        if let complement {
            guard let ranking = ComplementRanking(slug: complement, profiles: known) else {
                let guess = Suggestion.closest(to: complement, among: known.profiles.keys.sorted())
                throw CLIError("no profile `\(complement)` among the profiles read" + (guess.map { "; did you mean `\($0)`?" } ?? ""))
            }
            let data = format == .json ? TwinReport.json(ranking) : Data(TwinReport.text(ranking, markdown: format == .markdown).utf8)
            return try ProfileReading.emit(data, to: output, name: name)
        }
        let pairing = TwinPairing(candidates: try readCandidates(candidates!, known: known), profiles: known)
        let data = format == .json ? TwinReport.json(pairing) : Data(TwinReport.text(pairing, markdown: format == .markdown).utf8)
        try ProfileReading.emit(data, to: output, name: name)
    }

    /// The candidates of `file`; its errors (and unknown profile slugs) are printed, and exit with status 1.
    private func readCandidates(_ file: String, known: TwinProfiles) throws -> [Candidate] {
        try ProfilePaths.requireRegularFile(file)
        let bytes: [UInt8]
        do { bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file))) } catch {
            throw CLIError("cannot read \(file): \(error.localizedDescription)")
        }
        let decoded = SourceFile.decode(path: file, bytes: bytes)
        var diagnostics = decoded.diagnostics.filter { $0.severity == .error }
        var candidates: [Candidate] = []
        if let source = decoded.source, diagnostics.isEmpty {
            let read = CandidateReader.read(path: file, text: source.lines.joined(separator: "\n"))
            candidates = read.candidates
            diagnostics = read.diagnostics + known.unknownProfiles(read.candidates, file: file)
        }
        guard diagnostics.isEmpty else {
            let renderer = DiagnosticRenderer(colored: Terminal.wantsColor(STDERR_FILENO))
            Terminal.printError(renderer.renderSafely(diagnostics.sortedByLocation(), source: decoded.source))
            throw ExitCode(1)
        }
        return candidates
    }

    /// The profiles of the folder or the catalogue; a profile with errors stops the run (status 1).
    private func loadProfiles() throws -> [Profile] {
        if let database {
            return try CatalogFailure.translating { try Catalog(path: database, create: false).latestProfiles() }
        }
        return try ProfilePaths.expand([profiles ?? "Profiles"]).map { try ProfileReading.readValid($0) }
    }
}
