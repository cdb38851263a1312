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

    /// A command's machine-readable output: the keys of `value` (an object) plus `format`, which names
    /// the output's kind and version (`beroepsbeeld-check/1`; its schema is docs/schemas/check.schema.json).
    public static func document(_ value: some Encodable, format: String) -> Data {
        encode(Tagged(format: format, value: value))
    }

    /// An object's keys with `format` beside them.
    private struct Tagged<Value: Encodable>: Encodable {
        let format: String
        let value: Value

        func encode(to encoder: Encoder) throws {
            try value.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(format, forKey: .format)
        }

        enum Key: String, CodingKey { case format }
    }
}
