import ProfileModel
import ProfileSyntax

/// Profile pairs for the diff benchmark: a profile and a later version of it, deterministic per seed.
///
/// Item texts are made of words built from syllables, so that unrelated items are about as far apart
/// as in real profiles; the later version rewords, moves, drops, adds and re-marks some items.
struct DiffCorpus {
    private var seed: UInt64

    init(seed: Int) { self.seed = UInt64(seed) &* 6364136223846793005 &+ 1442695040888963407 }

    private mutating func next(_ bound: Int) -> Int {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        return Int((seed >> 33) % UInt64(bound))
    }

    private static let syllables = ["be", "ver", "ont", "wik", "ke", "len", "klan", "ten", "zorg", "data", "plan", "ning", "team",
                                    "werk", "ge", "sprek", "ana", "ly", "se", "coach", "leer", "proces", "net", "veilig", "heid",
                                    "kwa", "li", "teit", "advies", "digi", "taal", "regel", "markt", "gewas", "schip", "winkel"]

    private mutating func word() -> String {
        (0..<(1 + next(3))).map { _ in Self.syllables[next(Self.syllables.count)] }.joined()
    }

    private mutating func text() -> String {
        (0..<(3 + next(6))).map { _ in word() }.joined(separator: " ").capitalizedFirst
    }

    /// An old profile with `perPart` items in each part but the passion (hands and feet in two
    /// sub-groups), and its new version.
    mutating func pair(perPart: Int, ids: Bool) -> (Profile, Profile) {
        var n = 0
        func items(_ count: Int) -> [Item] {
            (0..<count).map { _ in
                n += 1
                return Item(text: text(), trend: [nil, nil, nil, .new, .growing, .shrinking][next(6)], core: next(8) == 0,
                            id: ids ? "i\(n)" : nil)
            }
        }
        let groupedParts: Set<PartKind> = [.hands, .feet]
        let parts = PartKind.allCases.map { kind -> Part in
            if kind == .passion { return Part(kind: kind, items: items(1)) }
            if groupedParts.contains(kind) {
                return Part(kind: kind, groups: [Group(name: "eerste", items: items(perPart / 2)),
                                                 Group(name: "tweede", items: items(perPart - perPart / 2))])
            }
            return Part(kind: kind, items: items(perPart), quotes: [Quote(text: text(), attribution: "beoefenaar")])
        }
        let old = Profile(title: "Beroep", version: "2015", language: .nl, sources: [Source(text: "Bron A")], parts: parts)
        return (old, later(old))
    }

    /// The hardest case for matching: one part of `count` items on each side, every text rewritten from
    /// a vocabulary of twenty words, so that most pairs are similar enough to compete.
    mutating func rewrittenPair(count: Int) -> (Profile, Profile) {
        let vocabulary = ["kennis", "werken", "klanten", "data", "zorg", "techniek", "overleg", "planning", "kwaliteit", "veiligheid",
                          "samenwerken", "advies", "gewas", "schip", "bank", "winkel", "team", "onderwijs", "sensoren", "regels"]
        func side() -> Profile {
            let items = (0..<count).map { _ in Item(text: (0..<(4 + next(5))).map { _ in vocabulary[next(vocabulary.count)] }.joined(separator: " ")) }
            return Profile(title: "Beroep", parts: [Part(kind: .head, items: items)])
        }
        return (side(), side())
    }

    /// The next version: of every 20 items, 3 reworded, 1 moved to another part, 1 dropped, 1 added,
    /// 1 with another trend marker; the rest as they were.
    private mutating func later(_ old: Profile) -> Profile {
        var new = old
        new.version = "2021"
        new.supersedes = "2015"
        new.sources.append(Source(text: "Bron B"))
        var moved: [Item] = []
        func change(_ items: [Item]) -> [Item] {
            var out: [Item] = []
            for var item in items {
                switch next(20) {
                case 0, 1, 2: item.text = reword(item.text)
                case 3: moved.append(item); continue
                case 4: continue
                case 5: out.append(Item(text: text(), trend: .new))
                case 6: item.trend = item.trend == .growing ? .shrinking : .growing
                default: break
                }
                out.append(item)
            }
            return out
        }
        for p in new.parts.indices where new.parts[p].kind != .passion {
            new.parts[p].items = change(new.parts[p].items)
            for g in new.parts[p].groups.indices { new.parts[p].groups[g].items = change(new.parts[p].groups[g].items) }
        }
        let targets = new.parts.indices.filter { new.parts[$0].kind != .passion }
        for item in moved { new.parts[targets[next(targets.count)]].items.append(item) }
        return new
    }

    /// The text with one word replaced and one added: still recognisably the same statement.
    private mutating func reword(_ text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        words[next(words.count)] = word()
        words.insert(word(), at: next(words.count + 1))
        return words.joined(separator: " ")
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
