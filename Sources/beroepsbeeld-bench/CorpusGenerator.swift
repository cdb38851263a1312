/// Generates varied, realistic-sized profiles for benchmarks; deterministic for a given index.
enum CorpusGenerator {
    static let words = ["kennis", "werken", "klanten", "data", "zorg", "techniek", "overleg", "planning", "kwaliteit", "veiligheid",
                        "samenwerken", "advies", "gewas", "schip", "bank", "winkel", "cliënten", "geëvalueerd", "team", "onderwijs",
                        "sensoren", "regels", "innovatie", "duurzaam", "leren", "coachen", "begeleiden", "analyseren", "digitaal", "netwerk"]

    /// Profile number `index`: every part, sub-groups, markers, ids and a quote, each statement citing its
    /// (generated) source as a real profile must.
    static func profile(_ index: Int) -> String {
        var seed = UInt64(index) &* 6364136223846793005 &+ 1442695040888963407
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        func item(_ n: Int) -> String {
            let text = (0..<(4 + next(6))).map { _ in words[next(words.count)] }.joined(separator: " ")
            let marker = ["", "", " [nieuw]", " [groeit]", " [krimpt]", " [kern]"][next(6)]
            return "  - \(n) \(text)\(marker) [bron: generator §\(1 + n % 9)] #i\(n)\n"
        }
        var n = 0
        func items(_ count: Int, indent: String = "") -> String {
            (0..<count).map { _ in n += 1; return indent + item(n) }.joined()
        }
        return """
        # Gegenereerd beroepsbeeld \(index)
        beroepsbeeld: Beroep \(index)
        sector: Sector \(index % 17)
        regio: Regio \(index % 5)
        versie: \(2000 + index % 25)
        taal: nl
        bron [generator]: Generator (2026), benchmarkcorpus
        onderzoek: 4 beoefenaars, 2 uit de context

        hoofd:
        \(items(5))  > "Elke dag leer je iets nieuws." — beoefenaar \(index) [bron: generator §1]
        handen:
          vaardigheden:
        \(items(4, indent: "  "))  taken:
        \(items(4, indent: "  "))hart:
        \(items(3))mond:
        \(items(3))buik:
        \(items(3))voeten:
          opleiding en ontwikkeling:
        \(items(3, indent: "  "))  aarden in bedrijfscultuur en sector:
        \(items(3, indent: "  "))passie: Werken aan iets dat blijft, nummer \(index) [bron: generator §2]
        omgeving:
        \(items(3))
        """
    }
}
