import Foundation
import Hummingbird
import ServiceLifecycle
import SiteBuilder

/// The live preview over HTTP: the in-memory site, an event stream that tells open pages to reload,
/// and the small script that listens to it. Serves only the generated files: a path is looked up in
/// the site, never on disk, so nothing else (no source, no listing) can be reached.
public struct PreviewServer: Sendable {
    public let site: LiveSite
    public let host: String
    public let port: Int
    /// Folders and files to watch.
    public let roots: [String]

    public init(site: LiveSite, host: String, port: Int, roots: [String]) {
        self.site = site
        self.host = host
        self.port = port
        self.roots = roots
    }

    /// Builds the site, starts watching, and serves until SIGINT or SIGTERM; `ready` is called once the
    /// server listens, `rebuilt` after each rebuild with what changed and how long it took.
    public func run(ready: @escaping @Sendable (String) -> Void, rebuilt: @escaping @Sendable ([String], Double, [SiteEntry]) -> Void) async throws {
        try await site.rebuild()
        let site = self.site
        let watcher = try FolderWatcher(roots: roots) { changed in
            Task {
                let start = DispatchTime.now()
                let paths = (try? await site.rebuild(changed: changed)) ?? []
                rebuilt(paths, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9, await site.problems)
            }
        }
        let router = Router()
        router.get("/_live/reload.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"],
                     body: ResponseBody(byteBuffer: ByteBuffer(string: Self.reloadScript)))
        }
        router.get("/_live/events") { _, _ in
            let (_, stream) = await site.listen()
            return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                            body: ResponseBody { writer in
                                try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
                                for await message in stream { try await writer.write(ByteBuffer(string: "data: \(message)\n\n")) }
                                try await writer.finish(nil)
                            })
        }
        router.get("/") { request, _ in try Self.serve(request, from: site) }
        router.get("/**") { request, _ in try Self.serve(request, from: site) }
        let app = Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: nil),
                              onServerRunning: { _ in ready("http://\(host):\(port)/") })
        // A service group shuts its services down in reverse order: the event streams close first, so
        // the server's graceful shutdown does not wait for pages that would keep listening forever.
        let group = ServiceGroup(services: [app, StreamCloser(site: site)], gracefulShutdownSignals: [.sigterm, .sigint], logger: app.logger)
        try await group.run()
        withExtendedLifetime(watcher) {}
    }

    /// A file of the site; a path with `..`, `.`, a backslash or a NUL is a bad request, an unknown one not found.
    static func serve(_ request: Request, from site: LiveSite) throws -> Response {
        guard let path = SitePath.resolve(request.uri.path) else { throw HTTPError(.badRequest) }
        guard let buffer = site.files.buffer(path) else { throw HTTPError(.notFound) }
        return Response(status: .ok, headers: [.contentType: SitePath.contentType(path), .cacheControl: "no-cache"],
                        body: ResponseBody(byteBuffer: buffer))
    }

    /// Reloads the page when the server says its file changed (or, for the home page, any page).
    static let reloadScript = """
        (function () {
          "use strict";
          var here = decodeURIComponent(location.pathname).replace(/^\\//, "") || "index.html";
          var source = new EventSource("/_live/events");
          source.onmessage = function (event) {
            var changed = event.data.split(" ");
            if (changed.indexOf(here) !== -1) location.reload();
          };
          window.addEventListener("pagehide", function () { source.close(); });
        })();
        """
}

/// Ends the open event streams when the server shuts down gracefully, so that no connection holds it up.
struct StreamCloser: Service {
    let site: LiveSite

    func run() async throws {
        try? await gracefulShutdown()
        await site.closeListeners()
    }
}

/// Paths inside the site.
enum SitePath {
    /// The site's file for a request path: `/` is `index.html`; nil for a path that tries to leave the
    /// site or holds what no generated file name does.
    static func resolve(_ requestPath: String) -> String? {
        guard let decoded = requestPath.removingPercentEncoding, decoded.hasPrefix("/") else { return nil }
        let segments = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        if segments == [""] { return "index.html" }
        for segment in segments {
            if segment.isEmpty || segment == "." || segment == ".." || segment.contains("\\") || segment.contains("\0") { return nil }
        }
        return segments.joined(separator: "/")
    }

    static func contentType(_ path: String) -> String {
        switch (path as NSString).pathExtension {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "pdf": "application/pdf"
        case "json": "application/json"
        case "xml": "application/xml"
        default: "application/octet-stream"
        }
    }
}
