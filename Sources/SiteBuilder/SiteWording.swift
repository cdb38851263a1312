import ProfileSyntax

/// The website's own words (navigation, labels, headings) in Dutch or English. A template reads them
/// as `{{t.name}}`; the profiles' content keeps its own language.
public struct SiteWording: Codable, Sendable, Equatable {
    var language: String
    var siteTitle: String
    var siteTagline: String
    var skipToContent: String
    var navigation: String
    var home: String
    var inTransition: String
    var about: String
    var allSectors: String
    var filterBySector: String
    var searchLabel: String
    var searchHint: String
    var searchButton: String
    var occupationsHeading: String
    var figureOf: String
    var figureNote: String
    var passion: String
    var sources: String
    var evidence: String
    var license: String
    var downloads: String
    var downloadPDFA4: String
    var downloadPDFA3: String
    var downloadPNG: String
    var timeline: String
    var versionWord: String
    var current: String
    var changesSince: String
    var shiftWord: String
    var shiftPerPart: String
    var related: String
    var relatedShared: String
    var noRelated: String
    var sector: String
    var region: String
    var core: String
    var changesHeading: String
    var changesFigure: String
    var noChanges: String
    var metadataChanges: String
    var quoteAdded: String
    var quoteRemoved: String
    var back: String
    var problemsHeading: String
    var problemsIntro: String
    var footer: String
    /// The intro of the page of occupations in transition.
    var transitionIntro: String

    public static func forLanguage(_ language: ContentLanguage) -> SiteWording { language == .en ? english : dutch }

    static let dutch = SiteWording(
        language: "nl", siteTitle: "Beroepsbeelden", siteTagline: "Visuele beroepsbeelden: wat een beroep vraagt van hoofd, handen, hart, mond, buik en voeten — en hoe dat verschuift.",
        skipToContent: "Naar de inhoud", navigation: "Hoofdmenu", home: "Alle beroepen", inTransition: "In transitie", about: "Over deze site",
        allSectors: "Alle sectoren", filterBySector: "Sector", searchLabel: "Zoek een beroep, vaardigheid of taak",
        searchHint: "Bijvoorbeeld: verpleeg, data, cliënten", searchButton: "Zoek",
        occupationsHeading: "Beroepen", figureOf: "Beroepsbeeld-figuur van",
        figureNote: "De figuur toont wat in de tekst per deel van het lichaam staat; markeringen: ★ nieuw, ▲ groeit, ▼ krimpt, ✕ verdwijnt, vet is kern.",
        passion: "Passie", sources: "Bronnen", evidence: "Onderzoek",
        license: "Licentie", downloads: "Downloads", downloadPDFA4: "Poster als PDF (A4)", downloadPDFA3: "Poster als PDF (A3)",
        downloadPNG: "Poster als afbeelding (PNG)", timeline: "Versies", versionWord: "versie", current: "deze versie",
        changesSince: "Wat veranderde sinds", shiftWord: "verschuiving", shiftPerPart: "Verschuiving per deel", related: "Verwante beroepen",
        relatedShared: "gedeelde uitspraken", noRelated: "Geen verwante beroepen gevonden.", sector: "Sector", region: "Regio", core: "kern",
        changesHeading: "Veranderingen per deel", changesFigure: "Figuur met de veranderingen van", noChanges: "Geen veranderingen.",
        metadataChanges: "Gegevens", quoteAdded: "citaat erbij", quoteRemoved: "citaat weg", back: "Terug naar",
        problemsHeading: "Dit beroepsbeeld bevat fouten", problemsIntro: "Verbeter het bestand en sla het op; deze pagina ververst vanzelf.",
        footer: "Beroepsbeelden naar het onderzoek ‘De kracht van verbinding!’ (Hogeschool Inholland en De Haagse Hogeschool), CC BY-SA 4.0.",
        transitionIntro: "Beroepen met meer dan één versie: hier is te zien hoe het beroep verschuift.")

    static let english = SiteWording(
        language: "en", siteTitle: "Occupational profiles", siteTagline: "Visual occupational profiles: what a job asks of head, hands, heart, mouth, gut and feet — and how that shifts.",
        skipToContent: "Skip to content", navigation: "Main menu", home: "All occupations", inTransition: "In transition", about: "About this site",
        allSectors: "All sectors", filterBySector: "Sector", searchLabel: "Search an occupation, skill or task",
        searchHint: "For example: nurse, data, clients", searchButton: "Search",
        occupationsHeading: "Occupations", figureOf: "Occupational profile figure of",
        figureNote: "The figure shows what the text says, part by part of the body; markers: ★ new, ▲ growing, ▼ shrinking, ✕ disappearing, bold is core.",
        passion: "Passion", sources: "Sources", evidence: "Research",
        license: "Licence", downloads: "Downloads", downloadPDFA4: "Poster as PDF (A4)", downloadPDFA3: "Poster as PDF (A3)",
        downloadPNG: "Poster as image (PNG)", timeline: "Versions", versionWord: "version", current: "this version",
        changesSince: "What changed since", shiftWord: "shift", shiftPerPart: "Shift per part", related: "Related occupations",
        relatedShared: "shared statements", noRelated: "No related occupations found.", sector: "Sector", region: "Region", core: "core",
        changesHeading: "Changes per part", changesFigure: "Figure with the changes of", noChanges: "No changes.",
        metadataChanges: "Details", quoteAdded: "quote added", quoteRemoved: "quote removed", back: "Back to",
        problemsHeading: "This profile has errors", problemsIntro: "Fix the file and save it; this page reloads by itself.",
        footer: "Occupational profiles after the research ‘De kracht van verbinding!’ (Hogeschool Inholland and De Haagse Hogeschool), CC BY-SA 4.0.",
        transitionIntro: "Occupations with more than one version: here you can see how the occupation shifts.")

    /// "2 versies" / "1 version".
    func versions(_ count: Int) -> String {
        language == "nl" ? "\(count) \(count == 1 ? "versie" : "versies")" : "\(count) \(count == 1 ? "version" : "versions")"
    }

    /// "40 beroepen" / "1 occupation".
    func occupations(_ count: Int) -> String {
        language == "nl" ? "\(count) \(count == 1 ? "beroep" : "beroepen")" : "\(count) \(count == 1 ? "occupation" : "occupations")"
    }

    /// The word for a kind of change in the diff's change list.
    func change(_ kind: String) -> String {
        let dutch = ["added": "nieuw", "removed": "weg", "reworded": "anders verwoord", "moved": "verplaatst", "trend": "trend anders",
                     "core": "kern anders"]
        let english = ["added": "added", "removed": "removed", "reworded": "reworded", "moved": "moved", "trend": "trend changed",
                       "core": "core changed"]
        return (language == "nl" ? dutch : english)[kind] ?? kind
    }

}
