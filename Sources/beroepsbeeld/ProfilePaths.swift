import Foundation
import ProfileModel

/// Expands command-line paths into profile files: files as given, folders searched recursively.
enum ProfilePaths {
    /// The profile files named by `paths`, folders expanded in sorted order; throws for a missing path.
    static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError("no such file or folder: \(path)")
            }
            guard isDirectory.boolValue else { files.append(path); continue }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let found = FileManager.default.enumerator(atPath: base)?.compactMap { $0 as? String } ?? []
            files += found.filter { $0.hasSuffix("." + ProfileLoader.fileExtension) }.sorted().map { base + "/" + $0 }
        }
        return files
    }
}

/// A usage or I/O failure: printed as `error: …` and exit code 2.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
