import ProfileModel
import ProfileSyntax

/// The words a composed draft is written with, in its content language.
struct DraftWording {
    let language: ContentLanguage
    init(_ language: ContentLanguage) { self.language = language }

    private var nl: Bool { language == .nl }

    func side(_ side: Side) -> String { side.keyword(language) }

    func title(_ school: String, _ company: String) -> String { "\(school) \(nl ? "en" : "and") \(company)" }

    /// The comment above the title: what the file is and how to finish it.
    func header(_ school: String, _ company: String) -> [String] {
        nl ? ["CONCEPT, geschreven door `beroepsbeeld compose` uit \(school) (school) en \(company) (bedrijf).",
              "Zonder kopje: wat beide beroepen hebben (met de bronnen van beide); onder `school:` en `bedrijf:`",
              "wat alleen die kant heeft. [schets] markeert wat nog geen bron heeft. Vul de richting, het onderzoek",
              "en de verbinding aan uit eigen onderzoek (docs/hybrid.md)."]
            : ["DRAFT, written by `beroepsbeeld compose` from \(school) (school) and \(company) (company).",
               "Ungrouped: what both occupations have (citing the sources of both); under `school:` and `company:`",
               "what only that side has. [sketch] marks what has no source yet. Add the direction, the evidence",
               "and the linking role from your own research (docs/hybrid.md)."]
    }

    /// The direction, left as a choice.
    var directionChoice: [String] {
        nl ? ["Kies de richting: uit welke wereld kwam de professional?", "richting: bedrijf → school", "richting: school → bedrijf"]
            : ["Choose the direction: which world did the professional come from?", "direction: company → school", "direction: school → company"]
    }

    func notResearched(_ side: Side, _ slug: String) -> String {
        "\(self.side(side)) (\(slug)): \(ProvenanceWord.notResearched.keyword(language))"
    }

    var passionChoice: String {
        nl ? "De passie van de combinatie is nog niet onderzocht; die van elk beroep:" : "The passion of the combination is not researched yet; each occupation's:"
    }

    /// The linking role, as a commented skeleton at the end of the file.
    var linkingSkeleton: [String] {
        nl ? ["De verbindende rol (haal de # weg en vul aan uit onderzoek):", "verbinding:", "  taken:",
              "    - … [schets]", "  opbrengst voor de school:", "    - … [beoogd] [schets]", "  opbrengst voor het bedrijf:", "    - … [beoogd] [schets]"]
            : ["The linking role (remove the # and fill in from research):", "linking:", "  tasks:",
               "    - … [sketch]", "  gains for the school:", "    - … [potential] [sketch]", "  gains for the company:", "    - … [potential] [sketch]"]
    }
}
