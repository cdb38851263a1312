#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#else
import Darwin
private let systemWrite = Darwin.write
#endif
import Foundation

/// A file a command writes whole or not at all: a temporary file with a unique name beside the
/// target, renamed over it on `commit`. Opening it first makes a read-only folder or a path that
/// names a folder fail before the long work, with a message naming the user's path (never the
/// temporary file). The temporary file is removed on failure, on `discard`, and on SIGINT/SIGTERM
/// (`TemporaryFiles`); its name is unique (random, created with `O_EXCL`) and ends in `.tmp`, so a
/// stale one from a killed run is neither reused nor mistaken for a profile or a poster.
///
/// What the target is beyond its bytes stays as it was: a symbolic link stays a link and the file it
/// names is written; an existing file keeps its permission bits and, where the writer may, its owner.
public final class OutputFile {
    /// The path the user named.
    public let path: String
    /// The file written: `path` with symbolic links followed.
    private let target: String
    private let temporary: String
    private var descriptor: Int32
    private let slot: Int?
    private var pending = true

    /// Creates the temporary file for `path`; throws a `CLIError` when it cannot be written there.
    public init(_ path: String) throws {
        self.path = path
        target = Self.resolved(path)
        var status = stat()
        if stat(target, &status) == 0 {
            if status.st_mode & S_IFMT == S_IFDIR {
                throw CLIError("cannot write \(path): it is a folder; name a file in it, or end the path with / to write into it")
            }
            guard status.st_mode & S_IFMT == S_IFREG else { throw CLIError("cannot write \(path): not a regular file") }
        }
        do {
            (descriptor, temporary, slot) = try TemporaryFiles.create(beside: URL(fileURLWithPath: target))
        } catch {
            throw Self.failure(path, error.code.rawValue)
        }
        // The file is made 0600; give it the mode a plain create would (or the target's own).
        let mask = umask(0)
        umask(mask)
        if stat(target, &status) == 0 {
            _ = fchown(descriptor, status.st_uid, status.st_gid)  // fails harmlessly unless allowed
            fchmod(descriptor, status.st_mode & 0o7777)
        } else {
            fchmod(descriptor, 0o666 & ~mask)
        }
    }

    deinit { discard() }

    /// Writes `data` and renames the file over the target.
    public func commit(_ data: Data) throws {
        let written = data.withUnsafeBytes { buffer -> Int in
            var offset = 0
            while offset < buffer.count {
                let count = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 { if errno == EINTR { continue }; return -1 }
                offset += count
            }
            return offset
        }
        let failure = written < 0 ? errno : close(descriptor) != 0 ? errno : 0
        descriptor = -1
        guard failure == 0, rename(temporary, target) == 0 else {
            let error = failure == 0 ? errno : failure
            discard()
            throw Self.failure(path, error)
        }
        pending = false
        TemporaryFiles.unregister(slot)
    }

    /// Removes the temporary file, leaving the target as it was.
    public func discard() {
        if descriptor >= 0 { close(descriptor); descriptor = -1 }
        guard pending else { return }
        pending = false
        unlink(temporary)
        TemporaryFiles.unregister(slot)
    }

    /// Writes `data` to `path` whole or not at all.
    public static func write(_ data: Data, to path: String) throws {
        try OutputFile(path).commit(data)
    }

    /// `path` with symbolic links followed, or `path` itself when it does not exist yet.
    private static func resolved(_ path: String) -> String {
        guard let pointer = realpath(path, nil) else { return path }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    private static func failure(_ path: String, _ code: Int32) -> CLIError {
        CLIError("cannot write \(path): \(String(cString: strerror(code)))")
    }
}

extension OutputFile {
    /// The file `output` names: `output` itself, or, when it ends in `/`, the file `name` in that
    /// folder, which is created when missing.
    public static func resolve(_ output: String, name: String) throws -> String {
        guard output.hasSuffix("/") else { return output }
        do { try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true) } catch {
            throw CLIError("cannot create folder \(output): \((error as NSError).localizedFailureReason ?? error.localizedDescription)")
        }
        return output + name
    }
}
