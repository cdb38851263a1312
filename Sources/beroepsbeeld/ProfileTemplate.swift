import ProfileModel
import ProfileSyntax

/// The text `beroepsbeeld new` writes: every part, with comments saying what goes where.
enum ProfileTemplate {
    static func text(title: String, language: ContentLanguage, year: Int) -> String {
        let nl = language == .nl
        func k(_ part: PartKind) -> String { part.keyword(language) }
        func m(_ field: MetadataField) -> String { field.keyword(language) }
        return """
        # \(nl ? "Beroepsbeeld" : "Occupational profile"): \(title)
        # \(nl ? "Vul elke TODO in; `beroepsbeeld check` meldt wat nog ontbreekt." : "Fill in every TODO; `beroepsbeeld check` reports what is still missing.")
        # \(nl ? "Markeringen achter een item" : "Markers after an item"): [\(Trend.new.keyword(language))] [\(Trend.growing.keyword(language))] [\(Trend.shrinking.keyword(language))] [\(Trend.disappearing.keyword(language))] [\(nl ? "kern" : "core")] #\(nl ? "vaste-id" : "stable-id")
        \(m(.title)): \(title)
        \(m(.sector)): TODO
        \(m(.version)): \(year)
        \(m(.language)): \(language.rawValue)
        # \(nl ? "Auteurs (jaar), titel van het onderzoek" : "Authors (year), title of the research")
        \(m(.source)): TODO
        # \(nl ? "Het aantal geïnterviewden, minstens 2 en 2" : "How many people were interviewed, at least 2 and 2"): \(m(.evidence)): \(MetadataValues.evidenceText(Evidence(practitioners: 2, context: 2), language))

        # \(nl ? "Kennis die het werk vraagt" : "Knowledge the work asks for")
        \(k(.head)):
          - TODO \(nl ? "praktijkkennis" : "practical knowledge")
        \(k(.hands)):
          \(nl ? "vaardigheden" : "skills"):
            - TODO \(nl ? "wat je moet kunnen" : "what you must be able to do")
          \(nl ? "taken" : "tasks"):
            - TODO \(nl ? "wat je doet op een werkdag" : "what you do on a working day")
        # \(nl ? "Wat mensen in dit beroep drijft" : "What drives people in this occupation")
        \(k(.heart)):
          - TODO \(nl ? "drijfveer" : "driver")
        # \(nl ? "Communicatie en people management" : "Communication and people management")
        \(k(.mouth)):
          - TODO \(nl ? "met wie en hoe" : "with whom and how")
        # \(nl ? "Buikgevoel: arbeidsvoorwaarden en arbeidsverhoudingen" : "Gut feeling: terms of employment and working conditions")
        \(k(.gut)):
          - TODO \(nl ? "uren, contract, gezond en veilig werken" : "hours, contract, healthy and safe work")
        \(k(.feet)):
          \(nl ? "opleiding en ontwikkeling" : "education and development"):
            - TODO \(nl ? "opleiding en bijscholing" : "training and further learning")
          \(nl ? "aarden in bedrijfscultuur en sector" : "grounding in company and sector"):
            - TODO \(nl ? "netwerk en cultuur" : "network and culture")
        \(k(.passion)): TODO \(nl ? "de ene passie in de kern van het beroep" : "the one passion at the core of the occupation")
        # \(nl ? "Ontwikkelingen rond het beroep (mag weg)" : "Developments around the occupation (optional)")
        \(k(.environment)):
          - TODO \(nl ? "ontwikkeling in de omgeving" : "development around the job")

        """
    }
}
