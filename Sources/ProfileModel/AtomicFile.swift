import Foundation

/// Writes files whole or not at all: to a temporary file beside the target, then a rename.
public enum AtomicFile {
    /// Writes `data` to `path`; on failure the target is untouched and no temporary file is left.
    public static func write(_ data: Data, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
            if rename(temporary.path, target.path) != 0 { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
