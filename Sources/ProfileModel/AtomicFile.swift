import Foundation

/// Writes files whole or not at all: to a temporary file beside the target, then a rename.
public enum AtomicFile {
    /// Writes `data` to `path`; on failure the target is untouched and no temporary file is left.
    ///
    /// What the file is beyond its bytes stays as it was: a symbolic link stays a link and the file it
    /// names is written; an existing file keeps its permission bits (and, where the writer may, its owner).
    public static func write(_ data: Data, to path: String) throws {
        let target = URL(fileURLWithPath: resolved(path))
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
            var existing = stat()
            if stat(target.path, &existing) == 0 {
                _ = chown(temporary.path, existing.st_uid, existing.st_gid)  // fails harmlessly unless allowed
                _ = chmod(temporary.path, existing.st_mode & 0o7777)
            }
            if rename(temporary.path, target.path) != 0 { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// `path` with symbolic links followed, or `path` itself when it does not exist yet.
    private static func resolved(_ path: String) -> String {
        guard let pointer = realpath(path, nil) else { return path }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
