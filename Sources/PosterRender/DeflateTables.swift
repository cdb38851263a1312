/// RFC 1951's length and distance codes (§3.2.5), and tables from lengths and distances to their codes,
/// made once for the process. The encoder's loops read the tables through pointers, without the bounds
/// checks of an array; the memory is never freed, as the tables live as long as the process.
final class DeflateTables: @unchecked Sendable {
    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                               4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    static let shared = DeflateTables()

    /// Length − 3 → length code (0–28), 256 entries.
    let lengthCode: UnsafePointer<UInt8>
    /// (Distance − 1) → distance code for the first 256 distances, then per 128 distances (as zlib's
    /// table): 256 entries each; `distanceCode` reads them.
    private let nearCode: UnsafePointer<UInt8>, farCode: UnsafePointer<UInt8>

    private init() {
        func table(_ entries: [Int]) -> UnsafePointer<UInt8> {
            let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: entries.count)
            pointer.initialize(from: entries.map { UInt8($0) }, count: entries.count)
            return UnsafePointer(pointer)
        }
        lengthCode = table((3...258).map { length in Self.lengthBase.lastIndex { $0 <= length }! })
        nearCode = table((1...256).map { distance in Self.distanceBase.lastIndex { $0 <= distance }! })
        farCode = table((0..<256).map { block in Self.distanceBase.lastIndex { $0 <= block << 7 + 1 }! })
    }

    /// The code of a distance given less one (0–32,767).
    @inline(__always) func distanceCode(_ distanceLessOne: Int) -> Int {
        Int(distanceLessOne < 256 ? nearCode[distanceLessOne] : farCode[distanceLessOne &>> 7])
    }
}
