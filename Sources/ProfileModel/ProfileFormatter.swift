import Foundation
import ProfileSyntax

/// Writes a profile in the canonical layout of the language.
///
/// Keywords are in the profile's content language; metadata in a fixed order, then the parts in the
/// order of the figure (head, hands, heart, mouth, gut, feet, passion, environment); in each part the
/// items, then the quotes, then the sub-groups. Comments stand above the line they were written above.
/// Formatting is idempotent: formatting the output again gives the same text.
public enum ProfileFormatter {
    public static func format(_ profile: Profile) -> String {
        let language = profile.effectiveLanguage
        var out = ""
        func comments(_ lines: [String], indent: String = "") {
            for line in lines { out += indent + (line.isEmpty ? "#" : "# " + line) + "\n" }
        }
        var written: Set<String> = []
        func fields(_ field: MetadataField, _ values: [String]) {
            guard !values.isEmpty else { return }
            written.insert(field.rawValue)
            comments(profile.fieldComments[field.rawValue] ?? [])
            for value in values { out += "\(field.keyword(language)): \(oneLine(value))\n" }
        }
        func field(_ field: MetadataField, _ value: String?) { fields(field, value.map { [$0] } ?? []) }
        field(.title, profile.title.isEmpty ? nil : profile.title)
        field(.slug, profile.slug)
        field(.sector, profile.sector)
        field(.region, profile.region)
        field(.version, profile.version)
        field(.supersedes, profile.supersedes)
        field(.combines, profile.components.isEmpty ? nil : MetadataValues.componentsText(profile.components, language))
        field(.direction, profile.direction?.text(language))
        field(.language, profile.language?.rawValue)
        if !profile.sources.isEmpty {
            written.insert(MetadataField.source.rawValue)
            comments(profile.fieldComments[MetadataField.source.rawValue] ?? [])
            for source in profile.sources {
                out += MetadataField.source.keyword(language) + (source.key.map { " [\($0)]" } ?? "") + ": \(oneLine(source.text))\n"
            }
        }
        field(.evidence, profile.evidence.map { MetadataValues.evidenceText($0, language) })
        field(.isco, profile.isco)
        field(.esco, profile.esco)
        field(.license, profile.license)
        // Comments of fields that have no value (a JSON profile can hold them) go to the end of the file,
        // where they read back as closing comments: above the first part they would become its comment.
        let orphans = profile.fieldComments.keys.sorted().filter { !written.contains($0) }.flatMap { profile.fieldComments[$0]! }

        for part in canonicalOrder(profile.parts) {
            out += "\n"
            comments(part.comments)
            if part.notResearched, part.isEmpty {
                out += "\(part.kind.keyword(language)): \(ProvenanceWord.notResearched.keyword(language))\n"
                continue
            }
            if part.kind == .passion, part.groups.isEmpty, part.quotes.isEmpty, part.items.count == 1, part.items[0].comments.isEmpty {
                out += "\(part.kind.keyword(language)): \(itemLine(part.items[0], language))\n"
                continue
            }
            out += "\(part.kind.keyword(language)):\n"
            entries(part.items, part.quotes, indent: "  ", language: language, into: &out)
            for group in part.groups {
                comments(group.comments, indent: "  ")
                out += "  \(oneLine(group.name)):\n"
                entries(group.items, group.quotes, indent: "    ", language: language, into: &out)
            }
        }
        if !(orphans + profile.trailingComments).isEmpty {
            out += "\n"
            comments(orphans + profile.trailingComments)
        }
        return out
    }

    /// The parts in the order the formatter writes them: the figure's order, and the order written
    /// among parts of one kind. Only order changes, never meaning.
    public static func canonicalOrder(_ parts: [Part]) -> [Part] {
        parts.enumerated().sorted { ($0.element.kind, $0.offset) < ($1.element.kind, $1.offset) }.map(\.element)
    }

    private static func entries(_ items: [Item], _ quotes: [Quote], indent: String, language: ContentLanguage, into out: inout String) {
        for item in items {
            for line in item.comments { out += indent + (line.isEmpty ? "#" : "# " + line) + "\n" }
            out += "\(indent)- \(itemLine(item, language))\n"
        }
        for quote in quotes {
            for line in quote.comments { out += indent + (line.isEmpty ? "#" : "# " + line) + "\n" }
            let text = quote.paraphrase ? oneLine(quote.text) : "\"\(oneLine(quote.text))\""
            out += "\(indent)> \(text)" + (quote.attribution.map { " — \(oneLine($0))" } ?? "")
                + (quote.paraphrase ? " [\(ProvenanceWord.paraphrase.keyword(language))]" : "") + citations(quote.citations, language) + "\n"
        }
    }

    private static func itemLine(_ item: Item, _ language: ContentLanguage) -> String {
        var line = oneLine(item.text)
        if let trend = item.trend { line += " [\(trend.keyword(language))]" }
        if item.core { line += language == .nl ? " [kern]" : " [core]" }
        if item.potential { line += " [\(ProvenanceWord.potential.keyword(language))]" }
        if item.sketch { line += " [\(ProvenanceWord.sketch.keyword(language))]" }
        line += citations(item.citations, language)
        if let id = item.id { line += " #\(id)" }
        return line
    }

    /// ` [bron: kracht2021 p. 27; potting2021]`, or nothing for no citations.
    private static func citations(_ citations: [Citation], _ language: ContentLanguage) -> String {
        guard !citations.isEmpty else { return "" }
        let list = citations.map { citation in citation.key + (citation.locator.map { " " + oneLine($0) } ?? "") }
        return " [\(ProvenanceWord.citation.keyword(language)): \(list.joined(separator: "; "))]"
    }

    /// Text from JSON may hold line breaks; the language keeps each entry on one line.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}
