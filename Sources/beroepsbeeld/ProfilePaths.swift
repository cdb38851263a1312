import CLISupport
import Foundation
import ProfileSyntax
import ProfileModel

/// Expands command-line paths into profile files: files as given, folders searched recursively.
enum ProfilePaths {
    /// The profile files named by `paths`, folders expanded in sorted order; throws for a missing path,
    /// for a FIFO, a device or a folder where a profile file is meant, and when no profile is found at
    /// all (a CI job that checks an empty or misspelt folder must not pass).
    static func expand(_ paths: [String]) throws -> [String] {
        try expandEach(paths).flatMap(\.files)
    }

    /// `expand`, keeping which files each path named.
    static func expandEach(_ paths: [String]) throws -> [(path: String, files: [String])] {
        var found: [(path: String, files: [String])] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError("no such file or folder: \(ControlCharacters.visible(path))")
            }
            guard isDirectory.boolValue else {
                try requireRegularFile(path)
                found.append((path, [path]))
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let entries = DirectoryWalk.entries(under: base, suffix: "." + ProfileLoader.fileExtension)
            let files = entries.map { base + "/" + $0.relativePath }
            // Only what readdir did not already show to be a regular file needs a stat.
            for (entry, file) in zip(entries, files) where entry.isRegularFile != true { try requireRegularFile(file) }
            found.append((path, files))
        }
        if found.allSatisfy(\.files.isEmpty) {
            throw CLIError("no profiles (.\(ProfileLoader.fileExtension) files) found in \(paths.map { ControlCharacters.visible($0) }.joined(separator: ", "))")
        }
        return found
    }

    /// Throws unless `path` is a regular file (or a link to one): reading a FIFO would wait forever,
    /// and a folder or device has no profile in it.
    static func requireRegularFile(_ path: String) throws {
        var status = stat()
        guard stat(path, &status) == 0 else { throw CLIError("no such file: \(ControlCharacters.visible(path))") }
        guard status.st_mode & S_IFMT == S_IFREG else { throw CLIError("\(ControlCharacters.visible(path)): not a regular file") }
    }
}
