import CCairo
@testable import PosterRender
import Testing

/// The hand-written deflate encoder, checked by zlib's inflate: every stream must decode to its input,
/// including the edge cases poster scanlines never show, and bands must join into one stream.
@Suite struct DeflateEncoderTests {
    /// `stream` inflated by zlib as raw deflate; nil when zlib rejects it or it does not end in a final block.
    static func inflated(_ stream: [UInt8], expected: Int) -> [UInt8]? {
        var z = z_stream()
        guard inflateInit2_(&z, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&z) }
        var output = [UInt8](repeating: 0, count: expected + 16)
        let status = stream.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                z.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                z.avail_in = uInt(input.count)
                z.next_out = out.baseAddress
                z.avail_out = uInt(out.count)
                return inflate(&z, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, z.avail_in == 0 else { return nil }
        return Array(output.prefix(Int(z.total_out)))
    }

    static func deflated(_ data: [UInt8], last: Bool = true) -> [UInt8] {
        data.withUnsafeBufferPointer { DeflateEncoder.compress($0, last: last) }
    }

    /// A reproducible pseudo-random generator (SplitMix64), so a failure can be replayed.
    struct Bytes {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func bytes(_ count: Int, alphabet: Int = 256) -> [UInt8] { (0..<count).map { _ in UInt8(next() % UInt64(alphabet)) } }
    }

    static let cases: [(String, [UInt8])] = {
        var random = Bytes(state: 12)
        var scanlines: [UInt8] = []
        // Mostly zeros with short bursts, like filtered poster rows, over several blocks' worth of symbols.
        for row in 0..<400 {
            scanlines += [2] + [UInt8](repeating: 0, count: 300 + row % 7)
            scanlines += random.bytes(Int(random.next() % 40), alphabet: 6)
        }
        let pattern = random.bytes(1000)
        // Zero runs of every length a run is cut at: 258 bytes per match, 64 matches per measuring.
        var runs: [UInt8] = []
        for length in Array(1...800) + Array(16_500...16_530) { runs += [9] + [UInt8](repeating: 0, count: length) }
        return [
            ("empty", []),
            ("one byte", [7]),
            ("two zeros", [0, 0]),
            ("three zeros", [0, 0, 0]),
            ("a long zero run", [UInt8](repeating: 0, count: 100_000)),
            ("random, incompressible", random.bytes(70_000)),
            ("few symbols", random.bytes(50_000, alphabet: 3)),
            ("a repeat farther back than the window", pattern + random.bytes(40_000) + pattern),
            ("a repeat just inside the window", pattern + random.bytes(31_000) + pattern),
            ("zero runs of every length around the cuts", runs),
            ("scanline-like", scanlines),
        ]
    }()

    @Test(arguments: cases.indices) func zlibInflatesWhatWasDeflated(_ index: Int) throws {
        let (name, data) = Self.cases[index]
        let stream = Self.deflated(data)
        #expect(Self.inflated(stream, expected: data.count) == data, "\(name)")
    }

    @Test func compressesZeroRunsAndRepeats() {
        #expect(Self.deflated([UInt8](repeating: 0, count: 100_000)).count < 1_000)
        let (_, scanlines) = Self.cases.last!
        #expect(Self.deflated(scanlines).count * 4 < scanlines.count)
    }

    /// Bands end in a sync flush on a byte boundary, so their bytes simply follow each other.
    @Test func bandsJoinIntoOneStream() throws {
        var random = Bytes(state: 99)
        let bands = [random.bytes(5_000, alphabet: 4), [UInt8](repeating: 0, count: 3_000), [], random.bytes(20_000)]
        let stream = bands.enumerated().flatMap { index, band in Self.deflated(band, last: index == bands.count - 1) }
        #expect(Self.inflated(stream, expected: bands.joined().count) == Array(bands.joined()))
    }

    @Test func sameInputSameBytes() {
        let (_, scanlines) = Self.cases.last!
        #expect(Self.deflated(scanlines) == Self.deflated(scanlines))
    }

    /// A workspace carried from one input to the next leaves no trace in the output: the hash table's
    /// entries from an earlier input (here the very same bytes, so they would match) are never taken,
    /// neither while positions count on nor after the table is cleared at the workspace's limit.
    @Test(arguments: [Int(Int32.max), 150_000]) func aWorkspaceUsedBeforeGivesTheSameBytes(_ limit: Int) {
        let (_, scanlines) = Self.cases.last!
        #expect(scanlines.count < limit && scanlines.count * 2 > 150_000, "the small limit is passed on the second input")
        let fresh = Self.deflated(scanlines)
        let workspace = DeflateEncoder.Workspace(limit: limit)
        for _ in 0..<3 {
            #expect(scanlines.withUnsafeBufferPointer { DeflateEncoder.compress($0, last: true, in: workspace) } == fresh)
        }
    }
}

/// Length-limited canonical Huffman codes.
@Suite struct HuffmanCodeTests {
    /// Kraft's sum in units of 2^-maximum: a complete prefix code sums to exactly 1.
    static func kraft(_ code: HuffmanCode, maximum: Int) -> Int {
        code.lengths.reduce(0) { $0 + ($1 > 0 ? 1 << (maximum - Int($1)) : 0) }
    }

    @Test func frequenciesThatWouldNeedLongCodesAreLimitedAndStayComplete() {
        // Fibonacci frequencies give a Huffman tree as deep as there are symbols.
        var frequencies = [1, 1]
        while frequencies.count < 30 { frequencies.append(frequencies[frequencies.count - 1] + frequencies[frequencies.count - 2]) }
        for maximum in [7, 15] {
            let code = HuffmanCode(frequencies: frequencies, maximum: maximum)
            #expect(code.lengths.allSatisfy { $0 >= 1 && $0 <= maximum })
            #expect(Self.kraft(code, maximum: maximum) == 1 << maximum)
            // The most frequent symbol never has a longer code than a rarer one.
            #expect(zip(code.lengths, code.lengths.dropFirst()).allSatisfy { $0 >= $1 })
        }
    }

    @Test func oneOrNoSymbolStillGetsTwoCodes() {
        for frequencies in [[0, 0, 5, 0], [0, 0, 0, 0]] {
            let code = HuffmanCode(frequencies: frequencies, maximum: 15)
            #expect(code.lengths.filter { $0 > 0 } == [1, 1])
        }
    }

    @Test func codesArePrefixFree() {
        let code = HuffmanCode(frequencies: [10, 1, 1, 7, 30, 2, 0, 4], maximum: 15)
        let words = code.lengths.indices.filter { code.lengths[$0] > 0 }.map { symbol in
            // Back from first-bit-low to a string of bits in sending order.
            (0..<Int(code.lengths[symbol])).map { code.codes[symbol] >> $0 & 1 == 1 ? "1" : "0" }.joined()
        }
        for a in words { for b in words where a != b { #expect(!b.hasPrefix(a)) } }
        #expect(Self.kraft(code, maximum: 15) == 1 << 15)
    }
}
