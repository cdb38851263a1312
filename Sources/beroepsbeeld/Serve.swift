import ArgumentParser
import CLISupport
import Foundation
import ProfileSyntax
import SiteBuilder
import SiteServer

/// `beroepsbeeld serve`: the site, live from the source folder, for authors.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the website live from the profiles: pages rebuild and reload in the browser on every save.",
        discussion: """
            A profile with errors shows its diagnostics in the browser in place of its page until the next good save. \
            Binds to 127.0.0.1 unless --host says otherwise; serves only the generated site. Stop with Ctrl-C (SIGINT) or SIGTERM. \
            Exit status: 0 after a shutdown, 2 on usage or I/O errors (a port in use, say).
            """)

    @Argument(help: "Profile files or folders (searched recursively for .beroep and .json).")
    var paths: [String]

    @Option(help: "The port to listen on.")
    var port = 8000

    @Option(help: "The address to listen on; 127.0.0.1 keeps the preview on this machine.")
    var host = "127.0.0.1"

    @Option(help: "The language of the site's words and the figures' headings: nl or en.")
    var lang: ContentLanguage = .nl

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
        _ = try ProfilePaths.expand(paths)
    }

    func run() async throws {
        let builder = SiteBuilder(assets: try SiteAssets(folder: SiteAssets.locate()), options: SiteOptions(language: lang, live: true))
        let paths = self.paths
        let site = LiveSite(builder: builder) { try ProfilePaths.expand(paths) }
        let server = PreviewServer(site: site, host: host, port: port, roots: paths)
        do {
            try await serve(server, paths: paths)
        } catch let error as CLIError {
            throw error
        } catch {
            // A port in use, an address that is not this machine's: an I/O error, with the address in it.
            throw CLIError("cannot serve on \(host):\(port): \(error)")
        }
    }

    private func serve(_ server: PreviewServer, paths: [String]) async throws {
        try await server.run(ready: { address in
            FileHandle.standardOutput.write(Data("serving \(paths.joined(separator: ", ")) at \(address) (Ctrl-C stops)\n".utf8))
        }, rebuilt: { changed, seconds, problems in
            let pages = changed.filter { $0.hasSuffix(".html") }.count
            FileHandle.standardOutput.write(Data("rebuilt \(changed.count) files (\(pages) pages) in \(String(format: "%.0f", seconds * 1000)) ms\n".utf8))
            for problem in problems { Terminal.printError(ControlCharacters.visible(problem.report)) }
        })
    }
}
