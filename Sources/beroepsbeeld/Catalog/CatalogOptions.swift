import ArgumentParser
import CLISupport
import Foundation
import ProfileCatalog

/// The options every catalogue command shares.
struct CatalogOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "The catalogue file (default: $BEROEPSBEELD_DB, else ./beroepsbeeld.sqlite).")
    var database: String?

    /// The catalogue file this run uses.
    var path: String { Catalog.location(explicit: database) }

    /// Opens the catalogue; a command that only reads does not create it.
    func open(create: Bool = false) throws -> Catalog {
        try CatalogFailure.translating { try Catalog(path: path, create: create) }
    }
}

/// Output format of the listing commands.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Turns catalogue failures into the command line's usage and I/O errors (exit status 2).
enum CatalogFailure {
    static func translating<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as CatalogError { throw CLIError(error.description) }
    }
}
