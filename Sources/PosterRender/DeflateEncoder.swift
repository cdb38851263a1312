/// Raw deflate (RFC 1951) for filtered PNG scanlines, written by hand because the data is unusual: after
/// the "Up" filter a poster is 93% zero bytes, in runs, with anti-aliased text in between. zlib at its
/// fastest level still walks every zero through its hash chains and was two thirds of a PNG render
/// (libdeflate and libspng were not faster, docs/rendering.md). This encoder skips a zero run eight bytes
/// at a time and sends it as matches one byte back; elsewhere it finds repeats, as zlib's level 1 does,
/// with a hash of the next four bytes and one candidate. Blocks use dynamic Huffman codes.
///
/// The output is a sequence of blocks that can be joined: `compress` ends with the final block when
/// `last`, and otherwise with an empty stored block (a sync flush) on a byte boundary, so bands compressed
/// separately make one stream. A band never refers back into the band before it.
enum DeflateEncoder {
    /// Symbols per block: the Huffman codes adapt from block to block (zlib's default buffer size).
    static let blockSymbols = 16_384

    private static let hashBits = 15
    private static let window = 32_768
    private static let longestMatch = 258

    /// `data` deflated: its blocks, the last one final when `last`, else followed by a sync flush.
    static func compress(_ data: UnsafeBufferPointer<UInt8>, last: Bool) -> [UInt8] {
        var writer = BitWriter(capacity: data.count / 16 + 64)
        let symbols = UnsafeMutablePointer<UInt32>.allocate(capacity: blockSymbols)
        defer { symbols.deallocate() }
        var pending = 0
        if let base = data.baseAddress {
            let raw = UnsafeRawPointer(base), count = data.count
            let table = UnsafeMutablePointer<Int32>.allocate(capacity: 1 << hashBits)
            defer { table.deallocate() }
            table.initialize(repeating: -1, count: 1 << hashBits)

            /// How many bytes from `at` on equal those from `from` on, starting `known` bytes in, at most `limit`.
            @inline(__always) func matching(_ at: Int, _ from: Int, known: Int, limit: Int) -> Int {
                var length = known
                while length + 8 <= limit {
                    let difference = raw.loadUnaligned(fromByteOffset: at + length, as: UInt64.self)
                        ^ raw.loadUnaligned(fromByteOffset: from + length, as: UInt64.self)
                    if difference != 0 { return length + difference.trailingZeroBitCount >> 3 }
                    length += 8
                }
                while length < limit && base[at + length] == base[from + length] { length += 1 }
                return length
            }

            var position = 0
            while position < count {
                if pending == blockSymbols {
                    writeBlock(UnsafeBufferPointer(start: symbols, count: pending), final: false, into: &writer)
                    pending = 0
                }
                let limit = min(longestMatch, count - position)
                // A zero run after a zero: a match one byte back, found without hashing.
                if position > 0 && base[position - 1] == 0 && base[position] == 0 && limit >= 3 {
                    let run = matching(position, position - 1, known: 0, limit: limit)
                    if run >= 3 {
                        symbols[pending] = match(length: run, distance: 1)
                        pending += 1
                        position += run
                        continue
                    }
                }
                if limit >= 4 {
                    let next = raw.loadUnaligned(fromByteOffset: position, as: UInt32.self)
                    let slot = Int((next &* 0x9E37_79B1) >> UInt32(32 - hashBits))
                    let candidate = Int(table[slot])
                    table[slot] = Int32(position)
                    if candidate >= 0 && position - candidate <= window && raw.loadUnaligned(fromByteOffset: candidate, as: UInt32.self) == next {
                        let length = matching(position, candidate, known: 4, limit: limit)
                        symbols[pending] = match(length: length, distance: position - candidate)
                        pending += 1
                        position += length
                        continue
                    }
                }
                symbols[pending] = UInt32(base[position])
                pending += 1
                position += 1
            }
        }
        if last || pending > 0 { writeBlock(UnsafeBufferPointer(start: symbols, count: pending), final: last, into: &writer) }
        if !last {
            writer.write(0, 3)  // a stored block, not final: the sync flush
            writer.alignToByte()
            writer.append([0x00, 0x00, 0xFF, 0xFF])
        }
        writer.alignToByte()
        return writer.finish()
    }

    /// A match as one symbol: bit 31 set, the length in bits 16–24, the distance less one below.
    @inline(__always) private static func match(length: Int, distance: Int) -> UInt32 {
        0x8000_0000 | UInt32(length) << 16 | UInt32(distance - 1)
    }

    /// One block with dynamic Huffman codes (RFC 1951 §3.2.7): the codes' lengths, run-length coded,
    /// then the symbols and the end-of-block code.
    private static func writeBlock(_ symbols: UnsafeBufferPointer<UInt32>, final: Bool, into writer: inout BitWriter) {
        let tables = Tables.shared
        var literalCounts = [Int](repeating: 0, count: 286), distanceCounts = [Int](repeating: 0, count: 30)
        literalCounts[256] = 1
        for symbol in symbols {
            if symbol & 0x8000_0000 == 0 {
                literalCounts[Int(symbol)] += 1
            } else {
                literalCounts[257 + Int(tables.lengthCode[Int(symbol >> 16 & 0x1FF) - 3])] += 1
                distanceCounts[tables.distanceCode(Int(symbol & 0xFFFF))] += 1
            }
        }
        let literals = HuffmanCode(frequencies: literalCounts, maximum: 15)
        let distances = HuffmanCode(frequencies: distanceCounts, maximum: 15)

        let literalCount = max(257, (literals.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
        let distanceCount = max(1, (distances.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
        let lengths = CodeLengths(Array(literals.lengths[..<literalCount]) + Array(distances.lengths[..<distanceCount]))
        let lengthCode = HuffmanCode(frequencies: lengths.counts, maximum: 7)
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        let orderCount = max(4, (order.lastIndex { lengthCode.lengths[$0] > 0 } ?? 0) + 1)

        writer.write(final ? 1 : 0, 1)
        writer.write(2, 2)
        writer.write(UInt32(literalCount - 257), 5)
        writer.write(UInt32(distanceCount - 1), 5)
        writer.write(UInt32(orderCount - 4), 4)
        for symbol in order.prefix(orderCount) { writer.write(UInt32(lengthCode.lengths[symbol]), 3) }
        for (symbol, extraBits, extra) in lengths.symbols {
            writer.write(UInt32(lengthCode.codes[symbol]), Int(lengthCode.lengths[symbol]))
            if extraBits > 0 { writer.write(UInt32(extra), extraBits) }
        }

        writeSymbols(symbols, literals: literals, distances: distances, into: &writer)
    }

    /// The block's symbols and its end-of-block code. A match's length is sent as one write of its code
    /// and extra bits from a table made per block (256 lengths), and its distance as a second from a
    /// table of the 30 distance codes: no lookups in shared tables per symbol.
    private static func writeSymbols(_ symbols: UnsafeBufferPointer<UInt32>, literals: HuffmanCode, distances: HuffmanCode,
                                     into writer: inout BitWriter) {
        let tables = Tables.shared
        /// Code and extra bits together (at most 15 + 13 bits), and their count.
        var lengthBits = [UInt32](repeating: 0, count: 259), lengthCounts = [UInt8](repeating: 0, count: 259)
        for length in 3...258 {
            let code = Int(tables.lengthCode[length - 3]), symbol = 257 + code
            lengthBits[length] = UInt32(literals.codes[symbol]) | UInt32(length - Tables.lengthBase[code]) << UInt32(literals.lengths[symbol])
            lengthCounts[length] = literals.lengths[symbol] + UInt8(Tables.lengthExtra[code])
        }
        var distanceCodes = [UInt32](repeating: 0, count: 30), distanceShifts = [UInt8](repeating: 0, count: 30)
        var distanceCounts = [UInt8](repeating: 0, count: 30), distanceBases = [UInt32](repeating: 0, count: 30)
        for code in 0..<30 {
            distanceCodes[code] = UInt32(distances.codes[code])
            distanceShifts[code] = distances.lengths[code]
            distanceCounts[code] = distances.lengths[code] + UInt8(Tables.distanceExtra[code])
            distanceBases[code] = UInt32(Tables.distanceBase[code] - 1)
        }
        literals.codes.withUnsafeBufferPointer { literalCodes in
            literals.lengths.withUnsafeBufferPointer { literalLengths in
                for symbol in symbols {
                    if symbol & 0x8000_0000 == 0 {
                        writer.write(UInt32(literalCodes[Int(symbol)]), Int(literalLengths[Int(symbol)]))
                        continue
                    }
                    let length = Int(symbol >> 16 & 0x1FF), distanceLessOne = Int(symbol & 0xFFFF)
                    writer.write(lengthBits[length], Int(lengthCounts[length]))
                    let far = tables.distanceCode(distanceLessOne)
                    writer.write(distanceCodes[far] | (UInt32(distanceLessOne) - distanceBases[far]) << UInt32(distanceShifts[far]),
                                 Int(distanceCounts[far]))
                }
                writer.write(UInt32(literalCodes[256]), Int(literalLengths[256]))
            }
        }
    }

    /// The code lengths of a block's two codes as the code-length alphabet sends them: 16 repeats the
    /// previous length 3–6 times, 17 and 18 stand for 3–10 and 11–138 zeros.
    private struct CodeLengths {
        /// (symbol, extra bits, extra value) in order.
        private(set) var symbols: [(Int, Int, Int)] = []
        /// How often each of the 19 symbols occurs.
        private(set) var counts = [Int](repeating: 0, count: 19)

        init(_ lengths: [UInt8]) {
            var index = 0
            while index < lengths.count {
                let length = Int(lengths[index])
                var run = 1
                while index + run < lengths.count && lengths[index + run] == lengths[index] { run += 1 }
                index += run
                if length == 0 {
                    while run >= 11 {
                        let taken = min(run, 138)
                        add(18, 7, taken - 11)
                        run -= taken
                    }
                    if run >= 3 {
                        add(17, 3, run - 3)
                        run = 0
                    }
                } else {
                    add(length, 0, 0)
                    run -= 1
                    while run >= 3 {
                        let taken = min(run, 6)
                        add(16, 2, taken - 3)
                        run -= taken
                    }
                }
                for _ in 0..<run { add(length, 0, 0) }
            }
        }

        private mutating func add(_ symbol: Int, _ extraBits: Int, _ extra: Int) {
            symbols.append((symbol, extraBits, extra))
            counts[symbol] += 1
        }
    }

    /// RFC 1951's length and distance codes (§3.2.5), and lookup tables from lengths and distances to codes.
    private struct Tables {
        static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
        static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
        static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                                   4097, 6145, 8193, 12289, 16385, 24577]
        static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
        /// Built once; a block reads it into a local, so the hot loops do not ask for a static each time.
        static let shared = Tables()

        /// Length − 3 → length code (0–28).
        let lengthCode: [UInt8] = (3...258).map { length in UInt8(lengthBase.lastIndex { $0 <= length }!) }
        /// (Distance − 1) → distance code for the first 256 distances, then per 128 distances (as zlib's table).
        private let nearCode: [UInt8] = (1...256).map { distance in UInt8(distanceBase.lastIndex { $0 <= distance }!) }
        private let farCode: [UInt8] = (0..<256).map { block in UInt8(distanceBase.lastIndex { $0 <= block << 7 + 1 }!) }

        /// The code of a distance given less one (0–32767).
        @inline(__always) func distanceCode(_ distanceLessOne: Int) -> Int {
            Int(distanceLessOne < 256 ? nearCode[distanceLessOne] : farCode[distanceLessOne >> 7])
        }
    }
}
