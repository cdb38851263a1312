import Glibc

/// The entries of a folder tree whose names end in a given suffix, read with `readdir`.
///
/// Written by hand rather than with `FileManager.enumerator`, which stats every entry and passes every
/// name through NSString: on a folder of 10,000 profiles that, and the stat each profile then needed to
/// prove it a regular file, was most of the 40 ms `check` spent before its workers started. `readdir`
/// already tells a regular file from anything else. libc's `fts` would do the walk, but Swift's Glibc
/// module does not export it.
///
/// It walks as the enumerator did: hidden entries are included, and links to folders are not followed.
public enum DirectoryWalk {
    /// One entry found.
    public struct Entry: Sendable {
        /// The path below the folder walked, `/`-separated (`teeltspecialist/2020.beroep`).
        public let relativePath: String
        /// True when `readdir` says it is a regular file; false when it says it is something else
        /// (a folder, a FIFO, a device); nil for a link or an entry of unknown type, which only a
        /// `stat` can tell.
        public let isRegularFile: Bool?
    }

    /// Every entry below `folder` whose name ends in `suffix`, sorted by relative path (Swift's String
    /// order, as `sorted()` gives). Folders that cannot be opened are skipped, as the enumerator did.
    public static func entries(under folder: String, suffix: String) -> [Entry] {
        var found: [Entry] = []
        walk(folder, relative: "", suffix: suffix, into: &found)
        return found.sorted { $0.relativePath < $1.relativePath }
    }

    private static func walk(_ path: String, relative: String, suffix: String, into found: inout [Entry]) {
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let below = relative.isEmpty ? name : relative + "/" + name
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {
                // Some file systems do not fill in the type; lstat does, without following a link.
                var status = stat()
                if lstat(path + "/" + name, &status) == 0 { type = Int32((status.st_mode & S_IFMT) >> 12) }  // IFTODT
            }
            if name.hasSuffix(suffix) {
                let regular: Bool? = switch type {
                case Int32(DT_REG): true
                case Int32(DT_LNK), Int32(DT_UNKNOWN): nil
                default: false
                }
                found.append(Entry(relativePath: below, isRegularFile: regular))
            }
            if type == Int32(DT_DIR) { walk(path + "/" + name, relative: below, suffix: suffix, into: &found) }
        }
    }
}
