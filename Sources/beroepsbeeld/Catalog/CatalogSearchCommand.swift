import ArgumentParser
import CLISupport
import Foundation
import ProfileCatalog
import ProfileSyntax

/// `beroepsbeeld catalog search`: full-text search over items, quotes and metadata of every version.
struct CatalogSearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search items, quotes and metadata of every version, best matches first; a hybrid is found through its components' lines.",
        discussion: "Words match as prefixes, regardless of case and diacritics: \"geevalueerd\" finds \"geëvalueerd\". Exit status: 0 when something is found, 1 when nothing is (like grep), 2 on usage, I/O or database errors."
    )

    @OptionGroup var catalog: CatalogOptions

    @Argument(help: "The words to find.")
    var words: [String]

    @Option(help: "Only this part (head, hands, heart, mouth, gut, feet, passion, environment, or the Dutch names).",
            transform: { word in
                guard let part = Keywords.part(word) else { throw ValidationError("unknown part `\(word)`") }
                return part
            })
    var part: PartKind?

    @Option(help: "Only items with this trend marker (new, growing, shrinking, disappearing, or nieuw, groeit, krimpt, verdwijnt).",
            transform: { word in
                guard let trend = Keywords.trend(word) else { throw ValidationError("unknown trend `\(word)`") }
                return trend
            })
    var trend: Trend?

    @Option(help: "Only versions in this sector (case-insensitive).")
    var sector: String?

    @Flag(help: "Only items and quotes that cite a source (no sketches, no unsourced statements, no metadata).")
    var sourcedOnly = false

    @Option(help: "At most this many results, 1–1000.")
    var limit = 20

    @Option(help: "Output format: text or json.")
    var format: ListingFormat = .text

    func validate() throws {
        guard (1...1000).contains(limit) else { throw ValidationError("--limit must be between 1 and 1000") }
    }

    func run() throws {
        let query = SearchQuery(text: words.joined(separator: " "), part: part, trend: trend, sector: sector, limit: limit, sourcedOnly: sourcedOnly)
        let hits = try CatalogFailure.translating { try catalog.open().search(query) }
        switch format {
        case .json:
            FileHandle.standardOutput.write(CatalogJSON.search(hits, for: query))
        case .text:
            for hit in hits {
                // Part and trend in the words of the profile's own language, as its author wrote them.
                let language = ContentLanguage(rawValue: hit.language) ?? .nl
                let part = hit.part.map { PartKind(rawValue: $0)?.keyword(language) ?? $0 }
                let place = [part, hit.groupName].compactMap { $0 }.joined(separator: "/")
                let marker = hit.trend.map { " [\(Trend(rawValue: $0)?.keyword(language) ?? $0)]" } ?? ""
                let by = hit.attribution.map { " — \($0)" } ?? ""
                let via = hit.via.map { "  (via component \($0.slug) \($0.version))" } ?? ""
                print(ControlCharacters.visible("\(hit.slug) \(hit.version)  \(place.isEmpty ? hit.kind : place)  \(hit.text)\(marker)\(by)\(via)"))
            }
        }
        if hits.isEmpty {
            Terminal.printError("no match for \(ControlCharacters.visible(query.text))\n")
            throw ExitCode(1)
        }
    }
}
