import ArgumentParser

/// `beroepsbeeld catalog`: every profile and every version in one SQLite file (see docs/catalogue.md).
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Store every profile and version in a SQLite catalogue; list, show, export, search and compare them.",
        discussion: """
            The catalogue is ./beroepsbeeld.sqlite unless --db or the environment variable BEROEPSBEELD_DB names another file.
            Exit status: 0 on success, 1 when files were refused, 2 on usage, I/O or database errors.
            """,
        subcommands: [
            CatalogImportCommand.self, CatalogListCommand.self, CatalogShowCommand.self, CatalogExportCommand.self,
            CatalogSearchCommand.self, CatalogStatsCommand.self, CatalogHistoryCommand.self, CatalogDiffCommand.self,
            CatalogRenderCommand.self, CatalogSiteCommand.self,
        ]
    )
}
