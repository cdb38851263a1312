import Foundation

/// Folds text for comparison: lowercase, no diacritics (ë → e, ĳ → ij), punctuation as spaces.
public enum TextNormalization {
    /// The words of `text`, folded: "Geëvalueerd, één keer!" → ["geevalueerd", "een", "keer"].
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// The folded words joined by single spaces.
    public static func folded(_ text: String) -> String { words(text).joined(separator: " ") }
}

/// File-name-safe identifiers derived from titles.
public enum Slug {
    /// "Ziekenhuisapotheker (ZA)" → "ziekenhuisapotheker-za"; never empty, never holds `/` or `..`.
    public static func make(_ title: String) -> String {
        let slug = TextNormalization.words(title).map { word in
            String(word.unicodeScalars.filter { $0.isASCII }.map(Character.init))
        }.filter { !$0.isEmpty }.joined(separator: "-")
        return slug.isEmpty ? "beroepsbeeld" : String(slug.prefix(80))
    }

    /// Whether `slug` is lowercase ASCII letters and digits in runs joined by single hyphens.
    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { run in
            !run.isEmpty && run.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
        }
    }
}
