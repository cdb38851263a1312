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
        field(.title, profile.title)
        field(.slug, profile.slug)
        field(.sector, profile.sector)
        field(.region, profile.region)
        field(.version, profile.version)
        field(.supersedes, profile.supersedes)
        field(.language, profile.language?.rawValue)
        fields(.source, profile.sources)
        field(.evidence, profile.evidence.map { MetadataValues.evidenceText($0, language) })
        field(.isco, profile.isco)
        field(.esco, profile.esco)
        field(.license, profile.license)
        // Comments of fields that have no value (they were written above an empty line) keep their place at the end.
        for key in profile.fieldComments.keys.sorted() where !written.contains(key) { comments(profile.fieldComments[key]!) }

        for part in inFigureOrder(profile.parts) {
            out += "\n"
            comments(part.comments)
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
        if !profile.trailingComments.isEmpty {
            out += "\n"
            comments(profile.trailingComments)
        }
        return out
    }

    /// `parts` in the order the formatter writes them: the figure's order, parts of one kind as given.
    static func inFigureOrder(_ parts: [Part]) -> [Part] {
        parts.enumerated().sorted(by: { ($0.element.kind, $0.offset) < ($1.element.kind, $1.offset) }).map(\.element)
    }

    private static func entries(_ items: [Item], _ quotes: [Quote], indent: String, language: ContentLanguage, into out: inout String) {
        for item in items {
            for line in item.comments { out += indent + (line.isEmpty ? "#" : "# " + line) + "\n" }
            out += "\(indent)- \(itemLine(item, language))\n"
        }
        for quote in quotes {
            for line in quote.comments { out += indent + (line.isEmpty ? "#" : "# " + line) + "\n" }
            out += "\(indent)> \"\(oneLine(quote.text))\"" + (quote.attribution.map { " — \(oneLine($0))" } ?? "") + "\n"
        }
    }

    private static func itemLine(_ item: Item, _ language: ContentLanguage) -> String {
        var line = oneLine(item.text)
        if let trend = item.trend { line += " [\(trend.keyword(language))]" }
        if item.core { line += language == .nl ? " [kern]" : " [core]" }
        if let id = item.id { line += " #\(id)" }
        return line
    }

    /// Text from JSON may hold line breaks; the language keeps each entry on one line.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}
