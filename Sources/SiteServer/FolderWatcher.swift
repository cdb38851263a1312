#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Tells when profile files under some folders are saved, created, renamed or deleted, with Linux's
/// inotify: no polling, so a save is seen at once. Folders created later are watched as they appear.
/// (No listed package wraps inotify. CLISupport's `FileWatcher` watches single files for `watch`; this one
/// watches whole trees and follows new folders, which the server needs.)
final class FolderWatcher: @unchecked Sendable {
    private let descriptor: Int32
    private var folders: [Int32: String] = [:]
    private let lock = NSLock()
    /// What changed in a burst of events: the files, by path.
    private let onChange: @Sendable (Set<String>) -> Void

    private static let mask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_FROM) | UInt32(IN_MOVED_TO) | UInt32(IN_CREATE) | UInt32(IN_DELETE)
    private static let isDirectory = UInt32(IN_ISDIR)

    /// Starts watching `roots` (folders, or files whose folder is watched) on a thread of its own.
    init(roots: [String], onChange: @escaping @Sendable (Set<String>) -> Void) throws {
        descriptor = inotify_init1(Int32(O_CLOEXEC))
        guard descriptor >= 0 else { throw WatchError("inotify: \(String(cString: strerror(errno)))") }
        self.onChange = onChange
        for root in roots {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root, isDirectory: &isFolder)
            watchTree(exists && isFolder.boolValue ? root : (root as NSString).deletingLastPathComponent)
        }
        let thread = Thread { [self] in self.loop() }
        thread.name = "beroepsbeeld-watch"
        thread.start()
    }

    /// Watches `folder` and every folder below it.
    private func watchTree(_ folder: String) {
        let path = folder.isEmpty ? "." : folder
        let watch = inotify_add_watch(descriptor, path, Self.mask)
        if watch >= 0 { lock.withLock { folders[watch] = path } }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where !name.hasPrefix(".") {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isFolder), isFolder.boolValue { watchTree(path + "/" + name) }
        }
    }

    /// Reads events; a burst (an editor's write, rename and delete of a backup) is gathered for 15 ms
    /// and reported once.
    private func loop() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            var changed = Set<String>()
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            var timeout: Int32 = -1
            while poll(&ready, 1, timeout) > 0 {
                let count = read(descriptor, &buffer, buffer.count)
                guard count > 0 else { break }
                var offset = 0
                while offset + 16 <= count {
                    let watch = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Int32.self) }
                    let mask = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self) }
                    let length = Int(buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self) })
                    let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                    offset += 16 + length
                    guard let folder = lock.withLock({ folders[watch] }) else { continue }
                    let path = folder + "/" + String(decoding: nameBytes, as: UTF8.self)
                    if mask & Self.isDirectory != 0 {
                        if mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0 { watchTree(path) }
                        changed.insert(path)
                    } else if path.hasSuffix(".beroep") || path.hasSuffix(".json") {
                        changed.insert(path)
                    }
                }
                timeout = 15
            }
            if !changed.isEmpty { onChange(changed) }
        }
    }
}

/// The watcher could not start.
struct WatchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
