extension Collection<UInt8> {
    /// Calls `body` with the bytes in contiguous memory: in place where the collection has such storage
    /// (the UTF-8 of a native string always does), else from a copy. The parser and the rules scan text
    /// through it: a plain loop over a buffer, where the generic searches on a UTF-8 view, or on
    /// Characters, cost several times more on the hot path.
    @inlinable public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try withContiguousStorageIfAvailable(body) ?? Array(self).withUnsafeBufferPointer(body)
    }
}

/// Whitespace, brackets, '#', ':' and ';' are ASCII, so the parser finds them on UTF-8 bytes; an ASCII
/// byte always starts a scalar.
extension Substring {
    func trimmingSpaces() -> Substring { trimmingLeadingSpaces().trimmingTrailingSpaces() }

    func trimmingLeadingSpaces() -> Substring {
        let skipped = utf8.withBytes { bytes in bytes.firstIndex { !Self.isSpace($0) } ?? bytes.count }
        return skipped == 0 ? self : self[utf8.index(startIndex, offsetBy: skipped)...]
    }

    func trimmingTrailingSpaces() -> Substring {
        let (kept, count) = utf8.withBytes { bytes in ((bytes.lastIndex { !Self.isSpace($0) }).map { $0 + 1 } ?? 0, bytes.count) }
        return kept == count ? self : self[..<utf8.index(startIndex, offsetBy: kept)]
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// The index of the last byte equal to `byte`, an ASCII byte.
    func lastIndex(ofByte byte: UInt8) -> Index? {
        utf8.withBytes { bytes in bytes.lastIndex(of: byte) }.map { utf8.index(startIndex, offsetBy: $0) }
    }

    /// The number of Unicode scalars from the start of the line to `index`: the 0-based column.
    func column(of index: Index) -> Int { utf8[startIndex..<index].scalarCount }

    /// The number of Unicode scalars in this text.
    var scalarLength: Int { utf8.scalarCount }
}

extension Substring.UTF8View {
    /// Counts scalars by their leading bytes, without decoding: every byte but a continuation byte
    /// (`10xxxxxx`) starts one. Eight bytes at a time, by hand: the compiler keeps the plain byte loop
    /// scalar (its count is overflow-checked), and the parser counts a line's columns several times.
    var scalarCount: Int {
        withBytes { bytes in
            var count = bytes.count, index = 0
            if let base = UnsafeRawPointer(bytes.baseAddress) {
                while index + 8 <= bytes.count {
                    let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    // Bit 7 of each byte set, bit 6 (shifted up into bit 7) clear: a continuation byte.
                    count &-= (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                    index &+= 8
                }
            }
            while index < bytes.count {
                if bytes[index] & 0xC0 == 0x80 { count &-= 1 }
                index &+= 1
            }
            return count
        }
    }
}
