import ProfileModel

/// Compares the quotes of two profiles: a quote is the same when its part, sub-group, folded text and
/// folded attribution are; anything else is an added and a removed quote.
enum QuoteComparison {
    static func changes(_ old: Profile, _ new: Profile) -> [QuoteChange] {
        let oldQuotes = quotes(of: old).sorted(by: QuoteChange.precedes), newQuotes = quotes(of: new).sorted(by: QuoteChange.precedes)
        let oldCounts = Dictionary(oldQuotes.map { (key($0), 1) }, uniquingKeysWith: +)
        let newCounts = Dictionary(newQuotes.map { (key($0), 1) }, uniquingKeysWith: +)
        /// Of equal quotes, the first ones in content order pair up and the rest are changes.
        func unpaired(_ quotes: [QuoteChange], _ otherCounts: [String: Int], as kind: QuoteChange.Kind) -> [QuoteChange] {
            var seen: [String: Int] = [:]
            return quotes.compactMap { quote in
                let k = key(quote)
                seen[k, default: 0] += 1
                guard seen[k]! > otherCounts[k] ?? 0 else { return nil }
                var change = quote
                change.kind = kind
                return change
            }
        }
        return (unpaired(oldQuotes, newCounts, as: .removed) + unpaired(newQuotes, oldCounts, as: .added)).sorted(by: QuoteChange.precedes)
    }

    private static func key(_ quote: QuoteChange) -> String {
        [quote.place.part.rawValue, quote.place.groupKey, TextNormalization.folded(quote.text),
         TextNormalization.folded(quote.attribution ?? "")].joined(separator: "\u{1}")
    }

    /// Every quote of `profile` with its place (the change kind is filled in later).
    private static func quotes(of profile: Profile) -> [QuoteChange] {
        profile.parts.flatMap { part in
            part.quotes.map { QuoteChange(kind: .added, place: ItemPlace(part: part.kind), text: $0.text, attribution: $0.attribution) }
                + part.groups.flatMap { group in
                    group.quotes.map {
                        QuoteChange(kind: .added, place: ItemPlace(part: part.kind, group: group.name), text: $0.text, attribution: $0.attribution)
                    }
                }
        }
    }
}
