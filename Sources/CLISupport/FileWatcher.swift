import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Waits for a file to be saved, with the kernel's inotify: the folder is watched, so a save that
/// writes the file in place and one that renames a new file over it (as most editors do) are both
/// seen as soon as the file is closed or moved into place, with no polling delay and no missed save
/// that keeps the size and modification time.
///
/// Where inotify is unavailable (another kernel, or no watches left), it falls back to comparing
/// the file's modification time and size every 100 ms.
public final class FileWatcher {
    private let path: String
    private let name: String
    private let descriptor: Int32
    private var stamp: Stamp

    /// Starts watching `path`; the file need not exist yet.
    public init(path: String) {
        self.path = path
        let url = URL(fileURLWithPath: path)
        name = url.lastPathComponent
        stamp = Stamp(path)
        #if canImport(Glibc)
        let fd = inotify_init1(Int32(IN_CLOEXEC))
        let events = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO)
        if fd >= 0, inotify_add_watch(fd, url.deletingLastPathComponent().path, events) < 0 { close(fd); descriptor = -1 } else { descriptor = fd }
        #else
        descriptor = -1
        #endif
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Blocks until the file has been saved (written and closed, or moved into place)
    /// since the last call, or since the watcher started.
    public func waitForSave() {
        guard descriptor >= 0 else { return poll() }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return poll() }
            if events(in: buffer[..<count]).contains(name) { return }
        }
    }

    /// The names of the files that inotify events in `bytes` are about (`struct inotify_event`:
    /// wd, mask, cookie, len, then `len` bytes of NUL-padded name).
    private func events(in bytes: ArraySlice<UInt8>) -> Set<String> {
        var names: Set<String> = []
        var offset = bytes.startIndex
        let headerSize = 16
        while offset + headerSize <= bytes.endIndex {
            let length = bytes[(offset + 12)..<(offset + 16)].reversed().reduce(0) { $0 << 8 | Int($1) }
            let nameBytes = bytes[(offset + headerSize)..<min(bytes.endIndex, offset + headerSize + length)].prefix { $0 != 0 }
            names.insert(String(decoding: nameBytes, as: UTF8.self))
            offset += headerSize + length
        }
        return names
    }

    /// The fallback: checks the modification time and size every 100 ms until they change.
    private func poll() {
        while true {
            let now = Stamp(path)
            if now != stamp { stamp = now; return }
            usleep(100_000)
        }
    }

    /// What changes when a file is saved: its modification time and size (nil when it is missing).
    private struct Stamp: Equatable {
        let modified: Date?
        let size: Int?

        init(_ path: String) {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            modified = attributes?[.modificationDate] as? Date
            size = attributes?[.size] as? Int
        }
    }
}
