import ProfileModel
import ProfileSyntax

/// `V014`: an item reads as written in the other content language.
public struct MixedLanguage: ProfileRule {
    static let dutch: Set<String> = ["de", "het", "een", "en", "van", "op", "met", "voor", "naar", "te", "bij", "om", "die", "dat",
                                     "er", "aan", "ook", "als", "wat", "door", "niet", "je", "zijn", "wordt", "worden", "hun", "meer"]
    static let english: Set<String> = ["the", "a", "an", "and", "of", "on", "with", "for", "to", "at", "by", "from", "that", "this",
                                       "it", "as", "or", "be", "not", "your", "you", "are", "is", "their", "more", "into"]

    static let dutchKeys = StopWordKeys(dutch.flatMap { shortWordKeys(TextNormalization.foldedScalars($0)) })
    static let englishKeys = StopWordKeys(english.flatMap { shortWordKeys(TextNormalization.foldedScalars($0)) })

    /// A few dozen word keys, sorted and searched by halving: on this hot path (every word of every
    /// item) cheaper than hashing each word into a set.
    struct StopWordKeys {
        private let keys: [UInt64]
        init(_ keys: [UInt64]) { self.keys = Array(Set(keys)).sorted() }

        func contains(_ key: UInt64) -> Bool {
            var low = 0, high = keys.count
            while low < high {
                let middle = (low + high) / 2
                if keys[middle] < key { low = middle + 1 } else { high = middle }
            }
            return low < keys.count && keys[low] == key
        }
    }

    /// The folded words of up to seven letters, each packed into an integer: stop words are short, and
    /// comparing integers is much cheaper than hashing strings on this hot path.
    static func shortWordKeys(_ folded: [UInt32]) -> [UInt64] {
        var keys: [UInt64] = []
        var key: UInt64 = 0, length = 0
        for value in folded {
            if value == 0x20 {
                if length <= 7 { keys.append(key) }
                key = 0; length = 0
            } else {
                key = key << 8 | UInt64(value & 0xFF) ^ UInt64(value >> 8)
                length += 1
            }
        }
        if length > 0, length <= 7 { keys.append(key) }
        return keys
    }

    public let code = DiagnosticCode(
        "V014", "mixed-language", summary: "An item seems written in another language than the profile's `taal`.",
        bad: "taal: nl\nhoofd:\n  - Knowledge of the local labour market", good: "taal: nl\nhoofd:\n  - Kennis van de regionale arbeidsmarkt")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        let language = profile.effectiveLanguage
        let (own, other) = language == .nl ? (Self.dutchKeys, Self.englishKeys) : (Self.englishKeys, Self.dutchKeys)
        let texts = zip(context.items, context.foldedItems.joined()).map { ($0.origin.span, $1) }
            + profile.parts.flatMap(\.allQuotes).map { ($0.origin.span, TextNormalization.foldedScalars($0.text)) }
        return texts.compactMap { span, folded in
            let words = Self.shortWordKeys(folded)
            let foreign = words.filter(other.contains).count
            guard foreign >= 2, !words.contains(where: own.contains) else { return nil }
            let name = language == .nl ? "English" : "Dutch"
            return Diagnostic(.warning, code, "text reads as \(name) in a profile with `taal: \(language.rawValue)`", file: file, span: span,
                              label: "\(name) words", help: "write it in the profile's language, or set `taal:` to the language of the content")
        }
    }
}
