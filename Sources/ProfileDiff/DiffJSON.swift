import Foundation
import ProfileModel

/// The JSON form of a difference (docs/diff.md, "JSON"; schema docs/schemas/diff.schema.json).
public enum DiffJSON {
    /// The format marker written at the top level.
    public static let format = "beroepsbeeld-diff/1"

    /// The difference's keys plus `equal`.
    private struct Document: Encodable {
        let diff: ProfileDifference

        func encode(to encoder: Encoder) throws {
            try diff.encode(to: encoder)
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(diff.isEqual, forKey: .equal)
        }
        enum Keys: String, CodingKey { case equal }
    }

    public static func encode(_ diff: ProfileDifference) -> Data {
        StableJSON.document(Document(diff: diff), format: format)
    }
}
