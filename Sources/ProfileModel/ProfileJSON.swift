import Foundation
import ProfileSyntax

/// The JSON form of a profile (schema: `docs/profile.schema.json`).
public enum ProfileJSON {
    /// Pretty-printed, keys sorted, with a final newline: the same profile always gives the same bytes.
    public static func encode(_ profile: Profile) -> Data {
        StableJSON.encode(profile)
    }

    /// Decodes a profile, turning a decoding failure into a diagnostic that names the JSON path.
    public static func decode(_ data: Data, file: String) -> (profile: Profile?, diagnostics: [Diagnostic]) {
        do {
            return (try JSONDecoder().decode(Profile.self, from: data), [])
        } catch let error as DecodingError {
            return (nil, [Diagnostic(.error, Codes.invalidJSON, describe(error), file: file, span: nil,
                                     help: "see docs/profile.schema.json for the JSON form")])
        } catch {
            return (nil, [Diagnostic(.error, Codes.invalidJSON, "file is not JSON", file: file, span: nil,
                                     help: "a profile ends in .json only in its JSON form")])
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String {
            keys.isEmpty ? "the top level" : "`" + keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined() + "`"
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing key `\(key.stringValue)` at \(path(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type at \(path(context.codingPath)): \(context.debugDescription.lowercased())"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "file is not valid JSON" : "invalid value at \(path(context.codingPath)): \(context.debugDescription)"
        @unknown default: return "file is not a profile in JSON form"
        }
    }
}
