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

    /// Remembers `path` for removal on a signal; returns its slot, or nil when the table is full (the
    /// file is then only removed on an ordinary failure).
    public static func register(_ path: String) -> Int? {
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
