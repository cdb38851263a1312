import ProfileModel
import ProfileSyntax

/// The text `beroepsbeeld new` writes: every part, with comments saying what goes where.
enum ProfileTemplate {
    static func text(title: String, language: ContentLanguage, year: Int) -> String {
        let nl = language == .nl
        let cite = ProvenanceWord.citation.keyword(language), key = nl ? "bron2021" : "source2021"
        func k(_ part: PartKind) -> String { part.keyword(language) }
        func m(_ field: MetadataField) -> String { field.keyword(language) }
        return """
        # \(nl ? "Beroepsbeeld" : "Occupational profile"): \(title)
        # \(nl ? "Vul elke TODO in; `beroepsbeeld check` meldt wat nog ontbreekt." : "Fill in every TODO; `beroepsbeeld check` reports what is still missing.")
        # \(nl ? "Markeringen achter een item" : "Markers after an item"): [\(Trend.new.keyword(language))] [\(Trend.growing.keyword(language))] [\(Trend.shrinking.keyword(language))] [\(Trend.disappearing.keyword(language))] [\(nl ? "kern" : "core")] #\(nl ? "vaste-id" : "stable-id")
        # \(nl ? "Elke uitspraak zegt waar hij vandaan komt" : "Every statement says where it comes from"): [\(cite): \(nl ? "sleutel vindplaats" : "key locator")], \(nl ? "of" : "or") [\(ProvenanceWord.sketch.keyword(language))] \(nl ? "voor een eigen schets" : "for your own sketch")
        # \(nl ? "Zegt de bron niets over een deel, schrijf dan" : "Where the source says nothing about a part, write"): `\(k(.heart)): \(ProvenanceWord.notResearched.keyword(language))`
        \(m(.title)): \(title)
        \(m(.sector)): TODO
        \(m(.version)): \(year)
        \(m(.language)): \(language.rawValue)
        # \(nl ? "Auteurs (jaar), titel, hoofdstuk van het onderzoek, met een korte sleutel" : "Authors (year), title, chapter of the research, with a short key")
        \(m(.source)) [\(key)]: TODO
        # \(nl ? "Wie er geïnterviewd zijn, zoals de bron het zegt (bijvoorbeeld 4 beoefenaars, 2 leidinggevenden); anders" : "Who was interviewed, as the source states it (for instance 4 practitioners, 2 managers); otherwise"):
        \(m(.evidence)): \(MetadataValues.unknownWord(language))

        # \(nl ? "Kennis die het werk vraagt" : "Knowledge the work asks for")
        \(k(.head)):
          - TODO \(nl ? "praktijkkennis" : "practical knowledge") [\(cite): \(key)]
        \(k(.hands)):
          \(nl ? "vaardigheden" : "skills"):
            - TODO \(nl ? "wat je moet kunnen" : "what you must be able to do") [\(cite): \(key)]
          \(nl ? "taken" : "tasks"):
            - TODO \(nl ? "wat je doet op een werkdag" : "what you do on a working day") [\(cite): \(key)]
        # \(nl ? "Wat mensen in dit beroep drijft" : "What drives people in this occupation")
        \(k(.heart)):
          - TODO \(nl ? "drijfveer" : "driver") [\(cite): \(key)]
        # \(nl ? "Communicatie en people management" : "Communication and people management")
        \(k(.mouth)):
          - TODO \(nl ? "met wie en hoe" : "with whom and how") [\(cite): \(key)]
        # \(nl ? "Buikgevoel: arbeidsvoorwaarden en arbeidsverhoudingen" : "Gut feeling: terms of employment and working conditions")
        \(k(.gut)):
          - TODO \(nl ? "uren, contract, gezond en veilig werken" : "hours, contract, healthy and safe work") [\(cite): \(key)]
        \(k(.feet)):
          \(nl ? "opleiding en ontwikkeling" : "education and development"):
            - TODO \(nl ? "opleiding en bijscholing" : "training and further learning") [\(cite): \(key)]
          \(nl ? "aarden in bedrijfscultuur en sector" : "grounding in company and sector"):
            - TODO \(nl ? "netwerk en cultuur" : "network and culture") [\(cite): \(key)]
        \(k(.passion)): TODO \(nl ? "de ene passie in de kern van het beroep" : "the one passion at the core of the occupation") [\(cite): \(key)]
        # \(nl ? "Ontwikkelingen rond het beroep (mag weg)" : "Developments around the occupation (optional)")
        \(k(.environment)):
          - TODO \(nl ? "ontwikkeling in de omgeving" : "development around the job") [\(cite): \(key)]

        """
    }
}
