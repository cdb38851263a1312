import Foundation
import ProfileSyntax

/// Reading and writing the metadata values that have a structure of their own.
public enum MetadataValues {
    /// Words before a count that make it a lower bound, matched case-insensitively and kept as written.
    static let qualifiers = ["minstens", "ten minste", "at least", ">=", "≥"]

    /// Reads who was interviewed: `onbekend` / `unknown`, or groups separated by commas, each an optional
    /// qualifier (`minstens`), a count and a name as the source gives it: `4 beoefenaars, minstens 2 uit de
    /// context, 1 hrm'er`. Nil when a group has no count or no name.
    public static func evidence(_ text: String) -> Evidence? {
        let trimmed = trimmingWhitespace(text[...])
        if ["onbekend", "unknown"].contains(trimmed.lowercased()) { return .unknown }
        var groups: [EvidenceGroup] = []
        for chunk in trimmed.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            var rest = chunk.drop { $0 == " " }
            var qualifier: String?
            let lowered = rest.lowercased()
            if let word = qualifiers.first(where: { lowered.hasPrefix($0) }) {
                qualifier = String(rest.prefix(word.count))
                rest = rest.dropFirst(word.count).drop { $0 == " " }
            }
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            let label = String(trimmingWhitespace(rest.dropFirst(digits.count)))
            guard !digits.isEmpty, digits.count < 7, let count = Int(digits), !label.isEmpty else { return nil }
            groups.append(EvidenceGroup(count: count, qualifier: qualifier, label: label))
        }
        return groups.isEmpty ? nil : Evidence(groups: groups)
    }

    /// `text` without the tabs, space separators (Unicode's Zs) and zero-width spaces at either end: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` takes off, without going through Foundation's string
    /// search, which was 2.7% of `check`'s time for one metadata line per file (issue 12).
    static func trimmingWhitespace(_ text: Substring) -> Substring {
        func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }), let last = scalars.lastIndex(where: { !isWhitespace($0) })
        else { return text[text.endIndex...] }
        return Substring(scalars[first...last])
    }

    /// Writes evidence as the language reads it: the groups as given, or the word for unknown in `language`.
    public static func evidenceText(_ evidence: Evidence, _ language: ContentLanguage) -> String {
        guard !evidence.isUnknown else { return unknownWord(language) }
        return evidence.groups.map { group in ([group.qualifier, String(group.count), group.label].compactMap { $0 }).joined(separator: " ") }
            .joined(separator: ", ")
    }

    /// The content language `text` names (`nl`, `en`, in any case), nil when it names none.
    public static func language(_ text: String) -> ContentLanguage? {
        ContentLanguage(rawValue: text.lowercased())
    }

    /// `onbekend` or `unknown`.
    public static func unknownWord(_ language: ContentLanguage) -> String { language == .nl ? "onbekend" : "unknown" }

    /// Whether `text` is a year (`2021`) or a date (`2021-06-30`).
    public static func isVersion(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = parts.map(\.count)
        guard widths == [4] || widths == [4, 2, 2], parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return false
        }
        guard parts.count == 3, let month = Int(parts[1]), let day = Int(parts[2]) else { return true }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// Versions order as years and dates do: `2019` < `2020-03-01` < `2020-12-31` < `2021`.
    public static func versionPrecedes(_ a: String, _ b: String) -> Bool {
        func key(_ v: String) -> String { v.count == 4 ? v + "-00-00" : v }
        return key(a) < key(b)
    }
}

extension Profile {
    /// Stores `value`, checked already (`ValueProblem.check`), as the metadata `field`; a source is added
    /// to the others. The evidence, text in the language and an object in JSON, each form's builder reads.
    mutating func set(_ field: MetadataField, _ value: String) {
        switch field {
        case .title: title = value
        case .slug: slug = value
        case .sector: sector = value
        case .region: region = value
        case .version: version = value
        case .supersedes: supersedes = value
        case .combines: components = MetadataValues.components(value) ?? []
        case .direction: direction = MetadataValues.direction(value)
        case .language: language = MetadataValues.language(value)
        case .source: sources.append(Source(text: value))
        case .evidence: break
        case .isco: isco = value
        case .esco: esco = value
        case .license: license = value
        }
    }
}
