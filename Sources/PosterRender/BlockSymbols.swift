/// The symbols of the deflate block being gathered, and how often each code occurs, counted as the
/// symbols are added: a second pass over the block to count them stalled on its increments (a run of
/// equal symbols adds to one counter) and was a twentieth of a PNG render. Memory is the caller's to
/// free with `deallocate`.
struct BlockSymbols {
    /// Literals are bytes; a match has bit 31 set, its distance code in bits 25–29, its length in bits
    /// 16–24 and its distance less one below.
    let symbols: UnsafeMutablePointer<UInt32>
    /// How many symbols are gathered.
    private(set) var count = 0
    /// Occurrences of each literal/length code (286, the end of block counted once) and distance code (30).
    let literalCounts: UnsafeMutablePointer<Int>, distanceCounts: UnsafeMutablePointer<Int>
    private let tables = DeflateTables.shared

    /// Room for `capacity` symbols.
    init(capacity: Int) {
        symbols = .allocate(capacity: capacity)
        literalCounts = .allocate(capacity: 286)
        distanceCounts = .allocate(capacity: 30)
        clear()
    }

    /// A literal byte.
    @inline(__always) mutating func literal(_ byte: UInt8) {
        symbols[count] = UInt32(byte)
        count &+= 1
        literalCounts[Int(byte)] &+= 1
    }

    /// A match of `length` (3–258) bytes `distance` (1–32,768) back.
    @inline(__always) mutating func match(length: Int, distance: Int) {
        let lessOne = distance &- 1, code = tables.distanceCode(lessOne)
        symbols[count] = 0x8000_0000 | UInt32(code) << 25 | UInt32(length) << 16 | UInt32(lessOne)
        count &+= 1
        literalCounts[257 &+ Int(tables.lengthCode[length &- 3])] &+= 1
        distanceCounts[code] &+= 1
    }

    /// Empties the block for the next one.
    mutating func clear() {
        count = 0
        literalCounts.initialize(repeating: 0, count: 286)
        literalCounts[256] = 1
        distanceCounts.initialize(repeating: 0, count: 30)
    }

    func deallocate() {
        symbols.deallocate()
        literalCounts.deallocate()
        distanceCounts.deallocate()
    }
}
