import Foundation
import ProfileModel

/// The JSON form of a difference (schema in docs/diff.md, "JSON"): sorted keys, so output is stable.
public enum DiffJSON {
    /// The format marker written at the top level.
    public static let format = "beroepsbeeld-diff/1"

    private struct Document: Encodable {
        let format: String
        let equal: Bool
        let diff: ProfileDifference

        func encode(to encoder: Encoder) throws {
            try diff.encode(to: encoder)
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(format, forKey: .format)
            try c.encode(equal, forKey: .equal)
        }
        enum Keys: String, CodingKey { case format, equal }
    }

    public static func encode(_ diff: ProfileDifference) -> Data {
        encode(Document(format: format, equal: diff.isEqual, diff: diff))
    }

    /// Pretty-printed, sorted keys, unescaped slashes, a final newline.
    static func encode(_ value: some Encodable) -> Data {
        StableJSON.encode(value)
    }
}
