import Foundation
import NIOCore
import SiteBuilder

/// The site of the live preview, kept in memory and rebuilt when profiles change: only the changed
/// profiles are read again, and the builder draws and renders only what their change touches.
public actor LiveSite {
    private let builder: SiteBuilder
    /// Lists the profile files (the folders are read again on each change, so new files join).
    private let listFiles: @Sendable () throws -> [String]
    private var entries: [String: SiteEntry] = [:]
    /// The files, readable from any thread without waiting for the actor (a request only looks one up).
    public nonisolated let files = FileTable()
    private var manifest = SiteManifest()
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]

    public init(builder: SiteBuilder, listFiles: @escaping @Sendable () throws -> [String]) {
        self.builder = builder
        self.listFiles = listFiles
    }

    /// The entries that failed in the last build, for the terminal.
    public var problems: [SiteEntry] { entries.values.filter(\.failed).sorted { $0.path < $1.path } }

    /// Reads again the profiles in `changed` (every profile when nil), rebuilds, and tells every open page
    /// which pages changed. Returns the changed paths.
    @discardableResult
    public func rebuild(changed: Set<String>? = nil) throws -> [String] {
        let paths = try listFiles()
        var next: [String: SiteEntry] = [:]
        let touchedPaths = changed.map { Set($0.map { URL(fileURLWithPath: $0).standardizedFileURL.path }) }
        for path in paths {
            let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
            let touched = touchedPaths?.contains(absolute) ?? true
            next[path] = touched || entries[path] == nil ? SiteEntry.load(path) : entries[path]
        }
        entries = next
        let site = try builder.build(paths.compactMap { entries[$0] }, previous: manifest)
        var changes: [String: ByteBuffer?] = [:]
        for file in site.files {
            if let bytes = file.bytes { changes[file.path] = ByteBuffer(bytes: bytes) }
        }
        for path in manifest.files.keys where site.manifest.files[path] == nil { changes[path] = .some(nil) }
        files.apply(changes)
        let changedPaths = Array(changes.keys)
        manifest = site.manifest
        if !changedPaths.isEmpty {
            let message = changedPaths.sorted().joined(separator: " ")
            for listener in listeners.values { listener.yield(message) }
        }
        return changedPaths
    }

    /// A stream of change messages (the changed paths, space-separated) for one open page.
    public func listen() -> (UUID, AsyncStream<String>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(8))
        listeners[id] = continuation
        continuation.onTermination = { [weak self] _ in Task { await self?.forget(id) } }
        return (id, stream)
    }

    private func forget(_ id: UUID) { listeners[id] = nil }

    /// Ends every open page's stream (on shutdown).
    public func closeListeners() {
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }
}

/// The site's files as buffers that every response shares without copying; swapped whole under a lock.
public final class FileTable: @unchecked Sendable {
    private let lock = NSLock()
    private var buffers: [String: ByteBuffer] = [:]

    /// The file at `path` inside the site.
    public func buffer(_ path: String) -> ByteBuffer? { lock.withLock { buffers[path] } }

    /// Sets or (with nil) removes files.
    func apply(_ changes: [String: ByteBuffer?]) {
        lock.withLock { for (path, buffer) in changes { buffers[path] = buffer } }
    }
}
