import Foundation
import ParallelMap

/// The site's folder on disk: its last manifest, and writing a build into it.
public enum SiteFolder {
    /// The manifest of the last build, limited to the files still there; empty when there is none.
    public static func manifest(in folder: String) -> SiteManifest {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: folder + "/" + SiteManifest.fileName)),
              var manifest = try? JSONDecoder().decode(SiteManifest.self, from: data), manifest.format == SiteManifest.format
        else { return SiteManifest() }
        manifest.files = manifest.files.filter { FileManager.default.fileExists(atPath: folder + "/" + $0.key) }
        return manifest
    }

    /// Writes the changed files with `writeFile(bytes, path)` (the command line's writes are atomic and
    /// cleaned up on signals), removes those the build no longer makes, and writes the manifest last: a build
    /// cut short leaves the previous manifest, whose keys no longer match, so the next build redoes those
    /// files. Files are written on `threads` threads: copying a cold site's gigabyte into the kernel is
    /// CPU work, and each file is independent. Returns how many files were written.
    public static func write(_ site: Site, to folder: String, previous: SiteManifest, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                             writeFile: @Sendable (Data, String) throws -> Void) throws -> Int {
        let manager = FileManager.default
        let changed = site.files.compactMap { file in file.bytes.map { (path: folder + "/" + file.path, bytes: $0) } }
        // Each folder once, before the writers start.
        for directory in Set(changed.map { ($0.path as NSString).deletingLastPathComponent }).sorted() {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        for result in Parallel.map(changed, threads: threads, { file in Result { try writeFile(Data(file.bytes), file.path) } }) {
            try result.get()
        }
        for path in previous.files.keys where site.manifest.files[path] == nil {
            try? manager.removeItem(atPath: folder + "/" + path)
        }
        try writeFile(Data(site.manifestBytes), folder + "/" + SiteManifest.fileName)
        return changed.count
    }
}
