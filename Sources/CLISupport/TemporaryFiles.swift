#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Foundation

/// The temporary files this process is writing, removed when SIGINT or SIGTERM stops it, so that
/// Ctrl-C or a CI timeout never leaves `.poster.pdf.a1B2c3.tmp` files behind.
///
/// A signal handler may only call async-signal-safe functions: no locks, no allocation. So the paths
/// live in a fixed table allocated once, each slot a flag and a NUL-terminated path; the handler
/// unlinks the flagged ones, restores the default action and raises the signal again, so the caller
/// still sees the process killed by it. (Foundation and Dispatch offer no such cleanup hook.)
public enum TemporaryFiles {
    private static let slots = 64
    private static let slotSize = Int(PATH_MAX)
    private nonisolated(unsafe) static var used: UnsafeMutablePointer<sig_atomic_t>?
    private nonisolated(unsafe) static var paths: UnsafeMutablePointer<CChar>?
    private static let lock = NSLock()

    /// Creates `.NAME.XXXXXX.tmp` beside `target`, `XXXXXX` random, and remembers it for removal on
    /// a signal. The name is registered before the file is created (`O_EXCL`, a new name on a clash),
    /// so no signal, on whichever thread it lands, can come between the two and leave the file
    /// behind; `mkstemps` would create first and name after, leaving that window. Returns the open
    /// descriptor, the path and the slot to `unregister` (nil when the table is full: the file is then
    /// only removed on an ordinary failure); throws the `errno` of a failure.
    public static func create(beside target: URL) throws(POSIXError) -> (descriptor: Int32, path: String, slot: Int?) {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        let folder = target.deletingLastPathComponent().path
        while true {
            let path = "\(folder)/.\(target.lastPathComponent).\(String((0..<6).map { _ in letters.randomElement()! })).tmp"
            let slot = register(path)
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor >= 0 { return (descriptor, path, slot) }
            let code = errno
            unregister(slot)
            if code != EEXIST { throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO) }
        }
    }

    private static func register(_ path: String) -> Int? {
        lock.withLock {
            if used == nil { install() }
            let bytes = Array(path.utf8CString)
            guard bytes.count <= slotSize, let slot = (0..<slots).first(where: { used![$0] == 0 }) else { return nil }
            bytes.withUnsafeBufferPointer { (paths! + slot * slotSize).update(from: $0.baseAddress!, count: bytes.count) }
            used![slot] = 1
            return slot
        }
    }

    /// Forgets a slot from `register` once its file is renamed or removed.
    public static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.withLock { used![slot] = 0 }
    }

    private static func install() {
        used = .allocate(capacity: slots)
        used!.initialize(repeating: 0, count: slots)
        paths = .allocate(capacity: slots * slotSize)
        for sig in [SIGINT, SIGTERM] {
            signal(sig) { sig in
                if let used = TemporaryFiles.used, let paths = TemporaryFiles.paths {
                    for slot in 0..<TemporaryFiles.slots where used[slot] != 0 { unlink(paths + slot * TemporaryFiles.slotSize) }
                }
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
    }
}
