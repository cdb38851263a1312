import GRDB

/// Why the catalogue could not do what was asked; the description is a complete message.
public enum CatalogError: Error, Equatable, CustomStringConvertible {
    /// No catalogue file at the path, for a command that only reads.
    case missing(path: String)
    /// Another process held the write lock for longer than `Catalog.busyTimeout`.
    case busy(path: String)
    /// The file was written by a newer version of the tool.
    case newerSchema(path: String)
    /// No occupation with this slug.
    case unknownOccupation(slug: String)
    /// The occupation has no such version.
    case unknownVersion(slug: String, version: String, available: [String])
    /// Any other SQLite failure.
    case database(path: String, message: String)

    init(_ error: DatabaseError, path: String) {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy(path: path)
        default: self = .database(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }

    public var description: String {
        switch self {
        case .missing(let path):
            "no catalogue at \(path)\n  help: import profiles first with `beroepsbeeld catalog import`, or name the file with --db"
        case .busy(let path):
            "the catalogue \(path) is busy: another import has held it for more than \(Int(Catalog.busyTimeout)) seconds; "
                + "nothing was stored\n  help: run the import again when the other one has finished"
        case .newerSchema(let path):
            "the catalogue \(path) was written by a newer version of beroepsbeeld\n  help: update beroepsbeeld"
        case .unknownOccupation(let slug):
            "no occupation `\(slug)` in the catalogue\n  help: `beroepsbeeld catalog list` shows the occupations"
        case .unknownVersion(let slug, let version, let available):
            "occupation `\(slug)` has no version \(version)\n  help: its versions are \(available.joined(separator: ", "))"
        case .database(let path, let message):
            "cannot use the catalogue \(path): \(message)"
        }
    }
}
