/// A full-line comment (`# …`), kept so the formatter and the JSON form can carry it.
public struct CommentNode: Sendable, Equatable {
    /// The comment's text without the leading `#` and one following space.
    public var text: String
    public var span: SourceSpan
}

/// A metadata line such as `versie: 2020`.
public struct MetadataNode: Sendable, Equatable {
    public var field: MetadataField
    /// The keyword as written, for instance `versie` or `version`.
    public var keyword: String
    public var keywordSpan: SourceSpan
    /// The key of a source, `kracht2021` in `bron [kracht2021]: …`.
    public var sourceKey: String?
    public var sourceKeySpan: SourceSpan?
    public var value: String
    public var valueSpan: SourceSpan
    /// Comments on the lines just above.
    public var comments: [CommentNode]
}

/// An item line: `- text [groeit] [kern] #id`, possibly continued on deeper-indented lines.
public struct ItemNode: Sendable, Equatable {
    public var text: String
    public var trend: Trend?
    public var isCore: Bool
    public var id: String?
    public var citations: [CitationNode] = []
    /// Marked `[schets]`.
    public var sketch = false
    /// Marked `[beoogd]`: seen as possible, not (yet) realised.
    public var potential = false
    /// From the dash to the end of the first line.
    public var span: SourceSpan
    /// The item's text on its first line.
    public var textSpan: SourceSpan
    public var comments: [CommentNode]
}

/// A quote line: `> "text" — attribution`.
public struct QuoteNode: Sendable, Equatable {
    public var text: String
    public var attribution: String?
    public var citations: [CitationNode] = []
    /// Marked `[parafrase]`.
    public var paraphrase = false
    public var span: SourceSpan
    public var comments: [CommentNode]
}

/// The entries of a part or a sub-group, in source order.
public struct EntryList: Sendable, Equatable {
    public var items: [ItemNode] = []
    public var quotes: [QuoteNode] = []
    public init() {}
}

/// A named sub-group inside a part, such as `vaardigheden:` under `handen:`.
public struct GroupNode: Sendable, Equatable {
    public var name: String
    public var nameSpan: SourceSpan
    /// The indentation of the header line, in characters.
    public var indent: Int
    public var entries = EntryList()
    public var comments: [CommentNode]
}

/// A part of the figure, such as `hoofd:`, with its entries and sub-groups.
public struct PartNode: Sendable, Equatable {
    public var kind: PartKind
    public var keyword: String
    public var keywordSpan: SourceSpan
    /// The inline value of `passie: …`, as an item.
    public var entries = EntryList()
    public var groups: [GroupNode] = []
    public var comments: [CommentNode]
    /// Written `hart: niet onderzocht`.
    public var notResearched = false
}

/// One citation in `[bron: kracht2021 p. 27; potting2021]`: a source key and where in the source.
public struct CitationNode: Sendable, Equatable {
    public var key: String
    public var locator: String?
    /// The key as written.
    public var span: SourceSpan
}

/// The parsed form of one profile file: every node carries its source span.
public struct SyntaxTree: Sendable, Equatable {
    public var metadata: [MetadataNode] = []
    public var parts: [PartNode] = []
    /// Comments after the last node of the file.
    public var trailingComments: [CommentNode] = []
    public init() {}
}
