/// Raw deflate (RFC 1951) for filtered PNG scanlines, written by hand because the data is unusual: after
/// the "Up" filter a poster is 93% zero bytes, in runs, with anti-aliased text in between. zlib at its
/// fastest level still walks every zero through its hash chains and was two thirds of a PNG render
/// (libdeflate and libspng were not faster, docs/rendering.md). This encoder measures a zero run 32 bytes
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
    /// Matches one zero run may add to a block beyond `blockSymbols`.
    private static let runSymbols = 64

    /// What an encoder keeps from one input to the next, so that a thread deflating band after band
    /// allocates and clears nothing per band: the hash table, 128 KiB, was cleared for each band of a
    /// poster (twenty at A3, 150 dpi), and the block's symbols (64 KiB) allocated.
    ///
    /// The table holds positions counted from the first byte this workspace ever saw (`origin` is where
    /// the current input starts), so an entry left by an earlier input lies before `origin` and is read
    /// as empty, exactly as a cleared table's would be: the output never depends on what came before.
    /// One workspace serves one thread at a time.
    final class Workspace {
        fileprivate let table = UnsafeMutablePointer<Int32>.allocate(capacity: 1 << hashBits)
        fileprivate var origin = 0
        /// Room for a block's symbols and one zero run's matches beyond them.
        fileprivate var block = BlockSymbols(capacity: blockSymbols + runSymbols)
        /// Positions are counted up to this, then from 0 again with a cleared table (lower in tests).
        private let limit: Int

        init(limit: Int = Int(Int32.max)) {
            self.limit = limit
            table.initialize(repeating: -1, count: 1 << hashBits)
        }

        deinit {
            table.deallocate()
            block.deallocate()
        }

        /// Makes room for `count` more bytes' positions after `origin`: when they would pass `limit` (the
        /// table holds 32-bit positions), the table is cleared and counting starts again from 0.
        fileprivate func begin(_ count: Int) {
            if origin + count + 1 > limit {
                table.update(repeating: -1, count: 1 << hashBits)
                origin = 0
            }
        }
    }

    /// `data` deflated: its blocks, the last one final when `last`, else followed by a sync flush.
    /// `workspace` is used and left for the next input (a new one when none is given).
    ///
    /// Arithmetic in the loop wraps (`&+`) rather than trapping: positions stay below `data.count`, and
    /// the overflow checks were a tenth of its instructions.
    static func compress(_ data: UnsafeBufferPointer<UInt8>, last: Bool, in workspace: Workspace = Workspace()) -> [UInt8] {
        var writer = BitWriter(capacity: data.count / 16 + 64)
        workspace.begin(data.count)
        var block = workspace.block
        block.clear()
        defer { workspace.origin &+= data.count }
        if let base = data.baseAddress {
            let raw = UnsafeRawPointer(base), count = data.count
            let table = workspace.table, origin = workspace.origin

            /// How many bytes from `at` on equal those from `from` on, starting `known` bytes in, at most `limit`.
            @inline(__always) func matching(_ at: Int, _ from: Int, known: Int, limit: Int) -> Int {
                var length = known
                while length &+ 8 <= limit {
                    let difference = raw.loadUnaligned(fromByteOffset: at &+ length, as: UInt64.self)
                        ^ raw.loadUnaligned(fromByteOffset: from &+ length, as: UInt64.self)
                    if difference != 0 { return length &+ difference.trailingZeroBitCount >> 3 }
                    length &+= 8
                }
                while length < limit && base[at &+ length] == base[from &+ length] { length &+= 1 }
                return length
            }

            /// Where the zero bytes from `at` on end, at most `runSymbols` matches' worth later: 32 bytes
            /// are tested at once, as one OR of four words.
            @inline(__always) func zerosEnd(_ at: Int) -> Int {
                let limit = min(count, at &+ runSymbols &* longestMatch)
                var end = at
                while end &+ 32 <= limit {
                    let words = raw.loadUnaligned(fromByteOffset: end, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: end &+ 8, as: UInt64.self)
                        | raw.loadUnaligned(fromByteOffset: end &+ 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: end &+ 24, as: UInt64.self)
                    if words != 0 { break }
                    end &+= 32
                }
                while end &+ 8 <= limit {
                    let word = raw.loadUnaligned(fromByteOffset: end, as: UInt64.self)
                    if word != 0 { return end &+ word.trailingZeroBitCount >> 3 }
                    end &+= 8
                }
                while end < limit && base[end] == 0 { end &+= 1 }
                return end
            }

            var position = 0
            while position < count {
                if block.count >= blockSymbols {
                    writeBlock(block, final: false, into: &writer)
                    block.clear()
                }
                // A zero run after a zero: matches one byte back, found without hashing. The run is
                // measured once and cut into matches of at most 258 bytes, none shorter than 3.
                if position > 0 && base[position &- 1] == 0 && base[position] == 0 {
                    var run = zerosEnd(position) &- position
                    if run >= 3 {
                        repeat {
                            // The last match but one leaves at least 3 bytes for the last.
                            let length = run <= longestMatch ? run : min(longestMatch, run &- 3)
                            block.match(length: length, distance: 1)
                            position &+= length
                            run &-= length
                        } while run > 0
                        continue
                    }
                }
                let limit = min(longestMatch, count &- position)
                if limit >= 4 {
                    let next = raw.loadUnaligned(fromByteOffset: position, as: UInt32.self)
                    let slot = Int((next &* 0x9E37_79B1) >> UInt32(32 - hashBits))
                    // Before `origin` (negative here): empty, or left by an earlier input.
                    let candidate = Int(table[slot]) &- origin
                    table[slot] = Int32(truncatingIfNeeded: origin &+ position)
                    if candidate >= 0 && position &- candidate <= window && raw.loadUnaligned(fromByteOffset: candidate, as: UInt32.self) == next {
                        let length = matching(position, candidate, known: 4, limit: limit)
                        block.match(length: length, distance: position &- candidate)
                        position &+= length
                        continue
                    }
                }
                block.literal(base[position])
                position &+= 1
            }
        }
        if last || block.count > 0 { writeBlock(block, final: last, into: &writer) }
        if !last {
            writer.write(0, 3)  // a stored block, not final: the sync flush
            writer.alignToByte()
            writer.append([0x00, 0x00, 0xFF, 0xFF])
        }
        writer.alignToByte()
        return writer.finish()
    }

    /// One block with dynamic Huffman codes (RFC 1951 §3.2.7): the codes' lengths, run-length coded,
    /// then the symbols and the end-of-block code.
    private static func writeBlock(_ block: BlockSymbols, final: Bool, into writer: inout BitWriter) {
        let literals = HuffmanCode(frequencies: Array(UnsafeBufferPointer(start: block.literalCounts, count: 286)), maximum: 15)
        let distances = HuffmanCode(frequencies: Array(UnsafeBufferPointer(start: block.distanceCounts, count: 30)), maximum: 15)

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

        writeSymbols(UnsafeBufferPointer(start: block.symbols, count: block.count), literals: literals, distances: distances, into: &writer)
    }

    /// The block's symbols and its end-of-block code. Each literal, length and distance code is looked
    /// up in a table made per block that holds its code, its extra bits' place and the bit count together,
    /// so a literal is one write and a match two.
    private static func writeSymbols(_ symbols: UnsafeBufferPointer<UInt32>, literals: HuffmanCode, distances: HuffmanCode,
                                     into writer: inout BitWriter) {
        let tables = DeflateTables.shared
        // The tables are read through pointers and the writer is a local, not `inout`, so that the loop
        // keeps it in registers: a store of bytes might change an `inout`'s fields as far as the compiler
        // knows, and it would read them again after each one.
        /// Per literal (and end of block): the code in the low 16 bits, its length above.
        let literal = UnsafeMutablePointer<UInt32>.allocate(capacity: 257)
        /// Per length 3–258: code and extra bits in the low 32 bits, their count above.
        let length = UnsafeMutablePointer<UInt64>.allocate(capacity: 259)
        /// Per distance code: the code (bits 0–15), its length (16–23), the count with the extra bits
        /// (24–31) and the code's first distance less one (32–47).
        let distance = UnsafeMutablePointer<UInt64>.allocate(capacity: 30)
        defer {
            literal.deallocate()
            length.deallocate()
            distance.deallocate()
        }
        for symbol in 0...256 { literal[symbol] = UInt32(literals.codes[symbol]) | UInt32(literals.lengths[symbol]) << 16 }
        for bytes in 3...258 {
            let code = Int(tables.lengthCode[bytes - 3]), symbol = 257 + code
            let bits = UInt32(literals.codes[symbol]) | UInt32(bytes - DeflateTables.lengthBase[code]) << UInt32(literals.lengths[symbol])
            length[bytes] = UInt64(bits) | UInt64(Int(literals.lengths[symbol]) + DeflateTables.lengthExtra[code]) << 32
        }
        for code in 0..<30 {
            let bits = UInt64(distances.lengths[code]), extra = UInt64(DeflateTables.distanceExtra[code])
            distance[code] = UInt64(distances.codes[code]) | bits << 16 | (bits + extra) << 24 | UInt64(DeflateTables.distanceBase[code] - 1) << 32
        }
        var local = writer
        for symbol in symbols {
            if symbol & 0x8000_0000 == 0 {
                let entry = literal[Int(symbol)]
                local.write(entry & 0xFFFF, Int(entry &>> 16))
                continue
            }
            let lengthEntry = length[Int(symbol &>> 16 & 0x1FF)]
            local.write(UInt32(truncatingIfNeeded: lengthEntry), Int(lengthEntry &>> 32))
            let entry = distance[Int(symbol &>> 25 & 0x1F)]
            let extra = (symbol & 0xFFFF) &- UInt32(truncatingIfNeeded: entry &>> 32)
            local.write(UInt32(entry & 0xFFFF) | extra &<< UInt32(entry &>> 16 & 0xFF), Int(entry &>> 24 & 0xFF))
        }
        let end = literal[256]
        local.write(end & 0xFFFF, Int(end &>> 16))
        writer = local
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
}
