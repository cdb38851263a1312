/// A JSON value read from a file, with where it was written.
public struct JSONNode: Sendable {
    /// The value itself; objects keep their members in file order, duplicates included.
    public enum Value: Sendable {
        case object([JSONMember])
        case array([JSONNode])
        case string(String)
        /// The number as written; it follows RFC 8259's grammar, and its reader decides what it may be.
        case number(String)
        case bool(Bool)
        case null
    }

    public var value: Value
    /// The value's first token: a whole string, number or literal, or the bracket that opens an object or array.
    public var span: SourceSpan

    /// What kind of value this is, in words for a message: "a string", "an object", ….
    public var kindDescription: String {
        switch value {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool(let value): "`\(value)`"
        case .null: "`null`"
        }
    }
}

/// One `"key": value` member of a JSON object.
public struct JSONMember: Sendable {
    public var key: String
    /// The key with its quotes.
    public var keySpan: SourceSpan
    public var value: JSONNode
}
