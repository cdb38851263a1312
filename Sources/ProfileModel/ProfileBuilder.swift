import ProfileSyntax

/// Lowers a `SyntaxTree` into a `Profile`, checking the metadata values on the way.
public enum ProfileBuilder {
    /// Builds the profile of `tree`; the diagnostics concern metadata values the parser took as text.
    public static func build(_ tree: SyntaxTree, file: String) -> (profile: Profile, diagnostics: [Diagnostic]) {
        var profile = Profile(title: "")
        var diagnostics: [Diagnostic] = []
        func report(_ code: DiagnosticCode, _ message: String, _ node: MetadataNode, label: String, help: String) {
            diagnostics.append(Diagnostic(.error, code, message, file: file, span: node.valueSpan, label: label, help: help))
        }
        for node in tree.metadata where !node.value.isEmpty {
            if !node.field.isRepeatable, profile.fieldOrigins[node.field] != nil {
                diagnostics.append(Diagnostic(.error, Codes.duplicateField, "`\(node.keyword)` is given more than once", file: file,
                                              span: node.keywordSpan, label: "second `\(node.keyword)`",
                                              help: "keep one `\(node.keyword)` line; line \(profile.fieldOrigins[node.field]!.span!.line) has the first"))
                continue
            }
            profile.fieldOrigins[node.field] = profile.fieldOrigins[node.field] ?? SourceOrigin(node.valueSpan)
            if !node.comments.isEmpty { profile.fieldComments[node.field.rawValue, default: []] += node.comments.map(\.text) }
            let value = node.value
            switch node.field {
            case .title: profile.title = value
            case .slug:
                if Slug.isValid(value) { profile.slug = value } else {
                    report(Codes.badSlug, "slug `\(value)` is not lowercase letters, digits and hyphens", node, label: "invalid slug",
                           help: "write `slug: \(Slug.make(value))`, or leave the line out to derive it from the title")
                }
            case .sector: profile.sector = value
            case .region: profile.region = value
            case .version, .supersedes:
                if MetadataValues.isVersion(value) {
                    if node.field == .version { profile.version = value } else { profile.supersedes = value }
                } else {
                    report(Codes.badVersion, "`\(value)` is not a year or a date", node, label: "not a version",
                           help: "write a year such as `2021` or a date such as `2021-06-30`")
                }
            case .language:
                if let language = ContentLanguage(rawValue: value.lowercased()) { profile.language = language } else {
                    let guess = value.lowercased().hasPrefix("e") ? "en" : "nl"
                    report(Codes.badLanguage, "`\(value)` is not a content language", node, label: "not nl or en",
                           help: "write `\(node.keyword): \(guess)`; the languages are nl and en")
                }
            case .source: profile.sources.append(value)
            case .evidence:
                if let evidence = MetadataValues.evidence(value) { profile.evidence = evidence } else {
                    report(Codes.badEvidence, "cannot read how many people were interviewed", node, label: "no counts found",
                           help: "write `\(node.keyword): 4 beoefenaars, 2 uit de context` (or `4 practitioners, 2 context`)")
                }
            case .isco: profile.isco = value
            case .esco: profile.esco = value
            case .license: profile.license = value
            }
        }
        for node in tree.metadata where node.value.isEmpty && !node.comments.isEmpty {
            profile.fieldComments[node.field.rawValue, default: []] += node.comments.map(\.text)
        }
        profile.parts = tree.parts.map(part)
        profile.trailingComments = tree.trailingComments.map(\.text)
        return (profile, diagnostics)
    }

    private static func part(_ node: PartNode) -> Part {
        var part = Part(kind: node.kind, items: node.entries.items.map(item), quotes: node.entries.quotes.map(quote),
                        groups: node.groups.map(group), comments: node.comments.map(\.text))
        part.origin = SourceOrigin(node.keywordSpan)
        return part
    }

    private static func group(_ node: GroupNode) -> Group {
        var group = Group(name: node.name, items: node.entries.items.map(item), quotes: node.entries.quotes.map(quote),
                          comments: node.comments.map(\.text))
        group.origin = SourceOrigin(node.nameSpan)
        return group
    }

    private static func item(_ node: ItemNode) -> Item {
        var item = Item(text: node.text, trend: node.trend, core: node.isCore, id: node.id, comments: node.comments.map(\.text))
        item.origin = SourceOrigin(node.textSpan)
        return item
    }

    private static func quote(_ node: QuoteNode) -> Quote {
        var quote = Quote(text: node.text, attribution: node.attribution, comments: node.comments.map(\.text))
        quote.origin = SourceOrigin(node.span)
        return quote
    }
}
