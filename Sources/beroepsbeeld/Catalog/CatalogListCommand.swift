import ProfileSyntax
import ArgumentParser
import CLISupport
import Foundation
import ProfileCatalog

/// `beroepsbeeld catalog list`: the occupations in the catalogue and their versions.
struct CatalogListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the occupations and their versions.",
        discussion: "Exit status: 0 on success, 2 on usage, I/O or database errors.")

    @OptionGroup var catalog: CatalogOptions

    @Option(help: "Only occupations in this sector (case-insensitive).")
    var sector: String?

    @Option(help: "Output format: text or json.")
    var format: ListingFormat = .text

    func run() throws {
        let occupations = try CatalogFailure.translating { try catalog.open().occupations(sector: sector) }
        switch format {
        case .json:
            FileHandle.standardOutput.write(CatalogJSON.list(occupations))
        case .text:
            for occupation in occupations {
                let place = [occupation.sector, occupation.region].compactMap { $0 }.joined(separator: ", ")
                print(ControlCharacters.visible("\(occupation.slug)  \(occupation.title)\(place.isEmpty ? "" : " (\(place))")  \(occupation.versions.joined(separator: ", "))"))
            }
        }
    }
}
