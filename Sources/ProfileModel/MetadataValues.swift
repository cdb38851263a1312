import ProfileSyntax

/// Reading and writing the metadata values that have a structure of their own.
public enum MetadataValues {
    /// Reads `4 beoefenaars, 2 uit de context` (or `4 practitioners, 2 context`): the number before
    /// the phrase naming practitioners and the number before the phrase naming the context.
    public static func evidence(_ text: String) -> Evidence? {
        var practitioners: Int?
        var context: Int?
        for chunk in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let words = TextNormalization.words(String(chunk))
            guard let first = words.first, let number = Int(first) else { return nil }
            let phrase = words.dropFirst().joined(separator: " ")
            if phrase.contains("context") || phrase.contains("omgeving") {
                context = number
            } else if phrase.contains("beoefenaar") || phrase.contains("practitioner") || phrase.contains("professional") {
                practitioners = number
            } else {
                return nil
            }
        }
        guard let practitioners, let context else { return nil }
        return Evidence(practitioners: practitioners, context: context)
    }

    /// Writes evidence in the wording of `language`.
    public static func evidenceText(_ evidence: Evidence, _ language: ContentLanguage) -> String {
        switch language {
        case .nl: "\(evidence.practitioners) beoefenaars, \(evidence.context) uit de context"
        case .en: "\(evidence.practitioners) practitioners, \(evidence.context) from the context"
        }
    }

    /// The content language `text` names (`nl`, `en`, in any case), nil when it names none.
    public static func language(_ text: String) -> ContentLanguage? {
        ContentLanguage(rawValue: text.lowercased())
    }

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
        case .language: language = MetadataValues.language(value)
        case .source: sources.append(value)
        case .evidence: break
        case .isco: isco = value
        case .esco: esco = value
        case .license: license = value
        }
    }
}
