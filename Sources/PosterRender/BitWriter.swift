/// Bits into bytes the way deflate packs them: each value's low bit first, bytes filled from their low end.
/// Bits are gathered in a 64-bit word and stored four bytes at a time into memory the writer owns (an
/// array's append per byte was a tenth of the encoder's time); `finish` hands the bytes over.
struct BitWriter {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var used = 0
    private var buffer: UInt64 = 0
    private var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    /// Appends the low `bits` bits of `value` (at most 32).
    /// Shifts and sums wrap (`&<<`, `&+`): `count` stays below 32 and `used` within `capacity`, and the
    /// checks were a fifth of the instructions of writing a block's symbols.
    @inline(__always) mutating func write(_ value: UInt32, _ bits: Int) {
        buffer |= UInt64(value) &<< UInt64(count)
        count &+= bits
        if count >= 32 {
            if used &+ 4 > capacity { grow() }
            UnsafeMutableRawPointer(storage + used).storeBytes(of: UInt32(truncatingIfNeeded: buffer).littleEndian, as: UInt32.self)
            used &+= 4
            buffer &>>= 32
            count &-= 32
        }
    }

    /// Pads the last byte with zero bits and stores every bit gathered.
    mutating func alignToByte() {
        while count > 0 {
            store(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            count -= min(count, 8)
        }
    }

    /// Appends whole bytes; the writer must be on a byte boundary.
    mutating func append(_ more: [UInt8]) {
        precondition(count == 0, "bytes are appended on a byte boundary")
        for byte in more { store(byte) }
    }

    /// The bytes written (call `alignToByte` first); the writer's memory is freed.
    consuming func finish() -> [UInt8] {
        defer { storage.deallocate() }
        return Array(UnsafeBufferPointer(start: storage, count: used))
    }

    private mutating func store(_ byte: UInt8) {
        if used == capacity { grow() }
        storage[used] = byte
        used += 1
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.update(from: storage, count: used)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}
