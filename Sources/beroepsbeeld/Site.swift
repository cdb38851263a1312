import ArgumentParser
import CLISupport
import Foundation
import ProfileModel
import ProfileSyntax
import SiteBuilder

/// `beroepsbeeld site`: the static website of a set of profiles.
struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Build a static website of the profiles: cards, search, a page per occupation, diff pages, downloads.",
        discussion: """
            The folder works from any web host or from file:// (every link is relative, nothing is fetched from elsewhere). \
            Run again to update it: only what changed is drawn and written again (manifest.json holds the content hashes). \
            Exit status: 0 on success, 1 when a profile has errors (nothing is written), 2 on usage or I/O errors.
            """)

    @Argument(help: "Profile files or folders (searched recursively for .beroep and .json).")
    var paths: [String]

    @OptionGroup var site: SiteOptionsGroup

    func run() throws {
        try site.build(ProfilePaths.expand(paths))
    }
}

/// The options `site` and `catalog site` share, and the build they run.
struct SiteOptionsGroup: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "The site's folder.")
    var output: String

    @Option(help: "The language of the site's words and the figures' headings: nl or en.")
    var lang: ContentLanguage = .nl

    @Option(help: "The address the site is published at, for canonical links and sitemap.xml.")
    var baseURL: String?

    /// Loads `files`, builds the site and writes what changed into `output`.
    func build(_ files: [String]) throws {
        let entries = SiteEntry.load(files)
        for entry in entries where !entry.report.isEmpty { Terminal.printError(ControlCharacters.visible(entry.report)) }
        if entries.contains(where: \.failed) { throw ExitCode(1) }
        let builder = SiteBuilder(assets: try SiteAssets(folder: SiteAssets.locate()),
                                  options: SiteOptions(language: lang, baseURL: baseURL))
        let start = Date()
        let previous = SiteFolder.manifest(in: output)
        let site = try builder.build(entries, previous: previous)
        let written = try SiteFolder.write(site, to: output, previous: previous) { try OutputFile.write($0, to: $1) }
        let seconds = String(format: "%.2f", Date().timeIntervalSince(start))
        print("site: \(site.files.count) files in \(output), \(written) written anew, in \(seconds) s")
    }
}
