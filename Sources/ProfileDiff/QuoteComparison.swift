import ProfileModel

/// Compares the quotes of two profiles: a quote is the same when its part, sub-group, folded text and
/// folded attribution are; anything else is an added and a removed quote.
enum QuoteComparison {
    static func changes(_ old: Profile, _ new: Profile) -> [QuoteChange] {
        // Exact copies pair first, without the cost of folding; what is left pairs on the folded key.
        var (olds, news) = unpaired(quotes(of: old), quotes(of: new)) { quote in
            quote.place.part.rawValue + "\u{1}" + quote.place.groupKey + "\u{1}" + quote.text + "\u{1}" + (quote.attribution ?? "")
        }
        (olds, news) = unpaired(olds, news) { quote in
            [quote.place.part.rawValue, quote.place.groupKey, TextNormalization.folded(quote.text),
             TextNormalization.folded(quote.attribution ?? "")].joined(separator: "\u{1}")
        }
        return (olds.map { with($0, .removed) } + news.map { with($0, .added) }).sorted(by: QuoteChange.precedes)
    }

    /// The quotes of each side left after pairing equal keys; of equal quotes the first ones in content
    /// order pair up, so the result depends neither on source order nor on which side is old.
    private static func unpaired(_ old: [QuoteChange], _ new: [QuoteChange],
                                 key: (QuoteChange) -> String) -> ([QuoteChange], [QuoteChange]) {
        let oldKeyed = old.map { (key($0), $0) }, newKeyed = new.map { (key($0), $0) }
        let oldCounts = Dictionary(oldKeyed.map { ($0.0, 1) }, uniquingKeysWith: +)
        let newCounts = Dictionary(newKeyed.map { ($0.0, 1) }, uniquingKeysWith: +)
        func rest(_ keyed: [(String, QuoteChange)], _ otherCounts: [String: Int]) -> [QuoteChange] {
            var seen: [String: Int] = [:]
            return keyed.sorted { QuoteChange.precedes($0.1, $1.1) }.compactMap { k, quote in
                seen[k, default: 0] += 1
                return seen[k]! > otherCounts[k] ?? 0 ? quote : nil
            }
        }
        return (rest(oldKeyed, newCounts), rest(newKeyed, oldCounts))
    }

    private static func with(_ quote: QuoteChange, _ kind: QuoteChange.Kind) -> QuoteChange {
        var change = quote
        change.kind = kind
        return change
    }

    /// Every quote of `profile` with its place (the change kind is filled in later).
    private static func quotes(of profile: Profile) -> [QuoteChange] {
        profile.parts.flatMap { part in
            part.quotes.map { QuoteChange(kind: .added, place: ItemPlace(part: part.kind), text: $0.text, attribution: $0.attribution) }
                + part.groups.filter { !$0.quotes.isEmpty }.flatMap { group in
                    let place = ItemPlace(part: part.kind, group: group.name)
                    return group.quotes.map { QuoteChange(kind: .added, place: place, text: $0.text, attribution: $0.attribution) }
                }
        }
    }
}
