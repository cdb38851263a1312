import ProfileSyntax

/// Where a model value came from in its source file, for diagnostics.
///
/// An origin is not part of a profile's meaning: all origins compare equal and none is encoded, so a
/// profile read from JSON equals the same profile read from the language.
public struct SourceOrigin: Sendable, Equatable, Hashable {
    public var span: SourceSpan?

    public init(_ span: SourceSpan? = nil) { self.span = span }

    public static func == (lhs: SourceOrigin, rhs: SourceOrigin) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}

/// Where each metadata field of a profile was written; like `SourceOrigin`, never part of its meaning.
public struct FieldOrigins: Sendable, Equatable, Hashable {
    private var spans: [MetadataField: SourceOrigin] = [:]

    public init() {}

    public subscript(field: MetadataField) -> SourceOrigin? {
        get { spans[field] }
        set { spans[field] = newValue }
    }

    public static func == (lhs: FieldOrigins, rhs: FieldOrigins) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
