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

    /// Creates a file with a unique name from `template` (`mkstemps`: six `X` followed by a suffix of
    /// `suffixLength` bytes) and remembers it for removal on a signal. SIGINT and SIGTERM are held
    /// back meanwhile, so no signal can come between the file's creation and its registration.
    /// Returns the open descriptor, the path and the slot to `unregister` (nil when the table is
    /// full: the file is then only removed on an ordinary failure); throws the `errno` of a failure.
    public static func create(_ template: String, suffixLength: Int32) throws(POSIXError) -> (descriptor: Int32, path: String, slot: Int?) {
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGINT)
        sigaddset(&blocked, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        var name = Array(template.utf8CString)
        let descriptor = mkstemps(&name, suffixLength)
        guard descriptor >= 0 else { throw POSIXErrorCode(rawValue: errno).map { POSIXError($0) } ?? POSIXError(.EIO) }
        let path = String(cString: name)
        return (descriptor, path, register(path))
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
