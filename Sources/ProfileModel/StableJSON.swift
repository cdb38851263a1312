import Foundation

/// The one way every output of the project is written as JSON: pretty-printed, keys sorted, slashes
/// unescaped, a final newline. The same value always gives the same bytes.
public enum StableJSON {
    /// Encodes `value`. Only for values whose encoding cannot fail: strings, integers, finite numbers,
    /// arrays and objects of them.
    public static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try! encoder.encode(value)) + Data("\n".utf8)
    }

    /// `encode(value)` as text.
    public static func string(_ value: some Encodable) -> String {
        String(decoding: encode(value), as: UTF8.self)
    }
}
