import ProfileSyntax
import Foundation

/// Folds text for comparison: lowercase, no diacritics (ë → e, ĳ → ij), punctuation as spaces.
public enum TextNormalization {
    /// The words of `text`, folded: "Geëvalueerd, één keer!" → ["geevalueerd", "een", "keer"].
    public static func words(_ text: String) -> [String] {
        folded(text).split(separator: " ").map(String.init)
    }

    /// The folded words joined by single spaces: "Geëvalueerd, één keer!" → "geevalueerd een keer".
    public static func folded(_ text: String) -> String { string(foldedScalars(text)) }

    /// A string from scalar values, encoded to UTF-8 by hand: much faster than appending scalars.
    static func string(_ scalars: [UInt32]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for value in scalars {
            switch value {
            case ..<0x80: bytes.append(UInt8(value))
            case ..<0x800: bytes += [UInt8(0xC0 | value >> 6), UInt8(0x80 | value & 0x3F)]
            case ..<0x10000: bytes += [UInt8(0xE0 | value >> 12), UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F)]
            default: bytes += [UInt8(0xF0 | value >> 18), UInt8(0x80 | value >> 12 & 0x3F), UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F)]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The folded words as scalar values, separated by single spaces (0x20), without leading or
    /// trailing space: one pass, no intermediate strings.
    public static func foldedScalars(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func append(_ value: UInt32) {
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(value)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x41...0x5A: append(value | 0x20)
                case 0x61...0x7A, 0x30...0x39: append(value)
                default: pendingSpace = !out.isEmpty
                }
            } else if let folded = Latin.fold(scalar) {
                for byte in folded.utf8 { append(UInt32(byte)) }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for lower in String(scalar).lowercased().unicodeScalars { append(lower.value) }
            } else {
                pendingSpace = !out.isEmpty
            }
        }
        return out
    }
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

    /// Whether `slug` is lowercase ASCII letters and digits in runs joined by single hyphens (the rule
    /// source keys follow too).
    public static func isValid(_ slug: String) -> Bool { SourceKey.isValid(slug) }
}
