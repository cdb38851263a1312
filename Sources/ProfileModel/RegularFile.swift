#if canImport(Glibc)
import Glibc
#endif

/// A regular file read with one `open`, `fstat` and `read` each: `check` reads thousands of small files,
/// and Foundation's `attributesOfItem` (a dictionary of every attribute) with `Data(contentsOf:)` cost
/// several times as much per file. Anything unusual (a missing or unreadable file, a FIFO, a short
/// read) gives nil, and the caller reads the Foundation way, which throws the error people expect.
enum RegularFile {
    enum Contents {
        case bytes([UInt8])
        /// The file holds more than the limit; nothing was read.
        case tooLarge(Int)
    }

    static func read(_ path: String, limit: Int) -> Contents? {
        // Non-blocking, so that opening a FIFO does not wait for a writer; fstat then turns it away.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(status.st_size)
        if size > limit { return .tooLarge(size) }
        var bytes = [UInt8](repeating: 0, count: size)
        let count = bytes.withUnsafeMutableBytes { buffer in size == 0 ? 0 : Glibc.read(descriptor, buffer.baseAddress, size) }
        // A file that changed size while read is read again the Foundation way.
        guard count == size else { return nil }
        return .bytes(bytes)
    }
}
