import ProfileSyntax

/// Lowers a `SyntaxTree` into a `Profile`, checking the metadata values on the way.
public enum ProfileBuilder {
    /// Builds the profile of `tree`; the diagnostics concern metadata values the parser took as text.
    public static func build(_ tree: SyntaxTree, file: String) -> (profile: Profile, diagnostics: [Diagnostic]) {
        var profile = Profile(title: "")
        var diagnostics: [Diagnostic] = []
        for node in tree.metadata where !node.value.isEmpty {
            if !node.field.isRepeatable, let first = profile.fieldOrigins[node.field] {
                let problem = ValueProblem.duplicate(node.keyword, keep: "one `\(node.keyword)` line", firstLine: first.span?.line)
                diagnostics.append(problem.diagnostic(file: file, span: node.keywordSpan))
                continue
            }
            profile.fieldOrigins[node.field] = profile.fieldOrigins[node.field] ?? SourceOrigin(node.valueSpan)
            if !node.comments.isEmpty { profile.fieldComments[node.field.rawValue, default: []] += node.comments.map(\.text) }
            let value = node.value
            if let problem = ValueProblem.check(node.field, value, write: { "\(node.keyword): \($0)" }) {
                diagnostics.append(problem.diagnostic(file: file, span: node.valueSpan))
                continue
            }
            switch node.field {
            case .source:
                var source = Source(key: node.sourceKey, text: value)
                source.origin = SourceOrigin(node.sourceKeySpan ?? node.valueSpan)
                profile.sources.append(source)
            case .evidence:
                if let evidence = MetadataValues.evidence(value) { profile.evidence = evidence } else {
                    diagnostics.append(Diagnostic(.error, Codes.badEvidence, "cannot read who was interviewed", file: file,
                                                  span: node.valueSpan, label: "no groups found",
                                                  help: "write each group as a number and who they are, as the source states it (`\(node.keyword): 4 beoefenaars, 1 hrm'er`; `minstens 2 …` for a lower bound), or `\(node.keyword): \(MetadataValues.unknownWord(profile.effectiveLanguage))` when the source does not say"))
                }
            default: profile.set(node.field, value)
            }
        }
        for node in tree.metadata where node.value.isEmpty && !node.comments.isEmpty {
            profile.fieldComments[node.field.rawValue, default: []] += node.comments.map(\.text)
        }
        profile.parts = tree.parts.map(part)
        for node in tree.parts where node.notResearched && !(node.entries.items.isEmpty && node.entries.quotes.isEmpty && node.groups.isEmpty) {
            diagnostics.append(Diagnostic(.error, Codes.partWithValue, "`\(node.keyword)` is declared not researched but holds statements",
                                          file: file, span: node.keywordSpan, label: "not researched, yet filled",
                                          help: "remove `\(Keywords.notResearchedWord(node.keyword))` after the colon, or the statements below it"))
        }
        profile.trailingComments = tree.trailingComments.map(\.text)
        return (profile, diagnostics)
    }

    private static func part(_ node: PartNode) -> Part {
        var part = Part(kind: node.kind, items: node.entries.items.map(item), quotes: node.entries.quotes.map(quote),
                        groups: node.groups.map(group), notResearched: node.notResearched, comments: node.comments.map(\.text))
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
        var item = Item(text: node.text, trend: node.trend, core: node.isCore, id: node.id, citations: node.citations.map(citation),
                        sketch: node.sketch, potential: node.potential, comments: node.comments.map(\.text))
        item.origin = SourceOrigin(node.textSpan)
        return item
    }

    private static func quote(_ node: QuoteNode) -> Quote {
        var quote = Quote(text: node.text, attribution: node.attribution, citations: node.citations.map(citation),
                          paraphrase: node.paraphrase, comments: node.comments.map(\.text))
        quote.origin = SourceOrigin(node.span)
        return quote
    }

    private static func citation(_ node: CitationNode) -> Citation {
        Citation(key: node.key, locator: node.locator)
    }
}
