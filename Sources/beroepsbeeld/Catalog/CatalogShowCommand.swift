import ProfileSyntax
import ArgumentParser
import CLISupport
import Foundation
import ProfileCatalog
import ProfileModel

/// `beroepsbeeld catalog show`: one stored version, with where it came from.
struct CatalogShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a stored version of an occupation (the latest unless --version is given).",
        discussion: "Exit status: 0 on success, 2 on usage, I/O or database errors (such as an unknown slug or version).")

    @OptionGroup var catalog: CatalogOptions

    @Argument(help: "The occupation's slug.")
    var slug: String

    @Option(help: "The version to show.")
    var version: String?

    @Option(help: "Output format: text (the profile in the language, formatted) or json (where it came from and its model; docs/catalogue.md).")
    var format: ListingFormat = .text

    func run() throws {
        let (stored, versions, components) = try CatalogFailure.translating {
            let store = try catalog.open()
            let stored = try store.storedVersion(slug: slug, version: version)
            return (stored, try store.occupations().first { $0.slug == slug }?.versions ?? [], try store.components(ofVersion: stored.id!))
        }
        switch format {
        case .json:
            FileHandle.standardOutput.write(try CatalogJSON.show(stored, slug: slug, versions: versions, components: components))
        case .text:
            let profile = try stored.profile()
            // A hybrid's components, one line each: side, slug (and pinned version), title when stored, share.
            let combined = components.map { component in
                let title = component.title.map { "\"\($0)\"" } ?? "(not in the catalogue)"
                return "# component: \(component.side.keyword(.en)) \(component.slug)\(component.version.map { "@" + $0 } ?? "") "
                    + "\(title), \(component.share.text(.en))\n"
            }.joined() + (profile.direction.map { "# direction: \($0.text(.en))\n" } ?? "")
            print(ControlCharacters.visible("""
                # catalogue: \(slug) version \(stored.version) (versions: \(versions.joined(separator: ", ")))
                # file: \(stored.fileName), sha256 \(stored.sourceSHA256), imported \(stored.importedAt)
                \(combined)\(ProfileFormatter.format(profile))
                """, keepingLayout: true), terminator: "")
        }
    }
}
