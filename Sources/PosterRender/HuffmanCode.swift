/// A canonical Huffman code for deflate (RFC 1951 §3.2.2): code lengths limited to `maximum` bits and the
/// codes themselves, bit-reversed, since deflate sends a code's bits from the first one on but its
/// writer fills bytes from the low end.
struct HuffmanCode {
    /// Each symbol's code length in bits; 0 for a symbol that never occurs.
    let lengths: [UInt8]
    /// Each symbol's code, its first bit in bit 0.
    let codes: [UInt16]

    /// The code for `frequencies`, no code longer than `maximum` bits. At least two symbols get a code,
    /// as zlib does, so that every decoder accepts the code even when one symbol (or none) occurs.
    init(frequencies: [Int], maximum: Int) {
        lengths = Self.lengths(frequencies, maximum: maximum)
        var count = [Int](repeating: 0, count: maximum + 1)
        for length in lengths where length > 0 { count[Int(length)] += 1 }
        var next = [Int](repeating: 0, count: maximum + 2)
        var code = 0
        for bits in 1...maximum {
            code = (code + count[bits - 1]) << 1
            next[bits] = code
        }
        var codes = [UInt16](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            let value = next[Int(length)]
            next[Int(length)] += 1
            codes[symbol] = Self.reversed(UInt16(value)) &>> (16 - UInt16(length))
        }
        self.codes = codes
    }

    /// `value`'s 16 bits in reverse order: halves, bytes, nibbles, pairs and bits swapped in turn.
    private static func reversed(_ value: UInt16) -> UInt16 {
        var v = value.byteSwapped
        v = (v & 0xF0F0) >> 4 | (v & 0x0F0F) << 4
        v = (v & 0xCCCC) >> 2 | (v & 0x3333) << 2
        return (v & 0xAAAA) >> 1 | (v & 0x5555) << 1
    }

    /// Code lengths by Huffman's construction (two queues over the symbols sorted by frequency), then
    /// limited to `maximum` bits the way miniz does: too-long codes are cut to the maximum and shorter
    /// ones lengthened, one at a time, until the lengths form a complete code again (Kraft sum 1). The
    /// most frequent symbols keep the shortest codes.
    private static func lengths(_ frequencies: [Int], maximum: Int) -> [UInt8] {
        // Rarest first; ties by symbol, so the code depends only on the frequencies. Each symbol is one
        // integer key, weight above symbol, so the sort compares integers rather than calling a closure
        // (the sort was a fifth of a block's cost).
        var keys: [UInt64] = []
        keys.reserveCapacity(frequencies.count)
        for (symbol, frequency) in frequencies.enumerated() where frequency > 0 { keys.append(UInt64(frequency) << 16 | UInt64(symbol)) }
        for symbol in frequencies.indices where keys.count < 2 && frequencies[symbol] == 0 { keys.append(1 << 16 | UInt64(symbol)) }
        keys.sort()
        let used = keys.map { Int($0 & 0xFFFF) }
        let leaves = used.count
        // Nodes 0..<leaves are the sorted symbols; internal nodes follow in the order they are made,
        // which is also the order of their weights, so two queues give the two lightest nodes.
        var weight = keys.map { Int($0 >> 16) }
        weight.reserveCapacity(2 * leaves - 1)
        var parent = [Int](repeating: 0, count: 2 * leaves - 1)
        var leaf = 0, inner = leaves
        func lightest() -> Int {
            if leaf < leaves && (inner >= weight.count || weight[leaf] <= weight[inner]) {
                leaf += 1
                return leaf - 1
            }
            inner += 1
            return inner - 1
        }
        for _ in 0..<(leaves - 1) {
            let a = lightest(), b = lightest()
            parent[a] = weight.count
            parent[b] = weight.count
            weight.append(weight[a] + weight[b])
        }
        // Depths from the root (the last node) down: a parent is always made after its children.
        var depth = [Int](repeating: 0, count: weight.count)
        for node in stride(from: weight.count - 2, through: 0, by: -1) { depth[node] = depth[parent[node]] + 1 }

        // How many codes have each length, the too-long ones cut to `maximum`, then made complete.
        var perLength = [Int](repeating: 0, count: maximum + 1)
        for node in 0..<leaves { perLength[min(depth[node], maximum)] += 1 }
        var kraft = 0
        for bits in 1...maximum { kraft += perLength[bits] << (maximum - bits) }
        while kraft > 1 << maximum {
            perLength[maximum] -= 1
            for bits in stride(from: maximum - 1, through: 1, by: -1) where perLength[bits] > 0 {
                perLength[bits] -= 1
                perLength[bits + 1] += 2
                break
            }
            kraft -= 1
        }
        // Shortest codes to the most frequent symbols (the end of `used`).
        var lengths = [UInt8](repeating: 0, count: frequencies.count)
        var position = leaves - 1
        for bits in 1...maximum {
            for _ in 0..<perLength[bits] {
                lengths[used[position]] = UInt8(bits)
                position -= 1
            }
        }
        return lengths
    }
}
