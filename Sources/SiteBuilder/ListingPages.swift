import ProfileDiff
import ProfileModel

/// The home page, the "in transition" page and a page per sector: the same cards, filtered.
struct ListingModeller {
    let modeller: PageModeller
    let occupations: [Occupation]
    var t: SiteWording { modeller.t }

    /// A sector's page: `sector/SLUG.html`.
    static func sectorPath(_ sector: String) -> String { "sector/\(Slug.make(sector)).html" }

    func card(_ occupation: Occupation, root: String) -> CardModel {
        let profile = occupation.latest
        let stem = "figuren/" + Occupation.baseName(profile)
        let shift = occupation.history.steps.last?.shift
        return CardModel(slug: occupation.slug, title: profile.title, href: root + "beroep/\(occupation.slug).html",
                         thumbnail: modeller.figureSizes[stem + "-klein.png"] == nil ? nil : root + stem + "-klein.png",
                         alt: "\(t.figureOf) \(profile.title)", sector: profile.sector, versions: t.versions(occupation.versions.count),
                         shift: shift.map { "\(t.shiftWord) \(PageModeller.percent($0)) %" },
                         shiftBand: shift.map { $0 < 0.2 ? "low" : $0 < 0.4 ? "medium" : "high" },
                         contentLang: profile.effectiveLanguage.rawValue)
    }

    /// Every listing page, by path.
    func pages() -> [(path: String, model: ListingModel)] {
        // By the sector's slug, so that "Zorg" and "zorg" share one page; named as the first occupation writes it.
        let sectors = Dictionary(grouping: occupations.filter { $0.latest.sector != nil }, by: { Slug.make($0.latest.sector!) })
        let names = sectors.keys.sorted()
        func listing(path: String, heading: String, intro: String, members: [Occupation], current: String?) -> (String, ListingModel) {
            let root = path.contains("/") ? "../" : ""
            var frame = modeller.frame(title: path == "index.html" ? t.siteTitle : "\(heading) — \(t.siteTitle)", description: intro, path: path)
            frame.isHome = path == "index.html"
            frame.isTransition = current == "transition"
            let filters = names.map { name in
                FilterModel(label: sectors[name]![0].latest.sector!, href: root + Self.sectorPath(name), current: current == name,
                            count: sectors[name]!.count)
            }
            let model = ListingModel(
                frame: frame, t: t, heading: heading, intro: intro, cards: members.map { card($0, root: root) }, sectors: filters,
                allSectors: FilterModel(label: t.allSectors, href: root + "index.html", current: path == "index.html", count: occupations.count),
                transition: FilterModel(label: t.inTransition, href: root + "in-transitie.html", current: current == "transition",
                                        count: occupations.filter(\.inTransition).count),
                count: t.occupations(members.count))
            return (path, model)
        }
        var result = [listing(path: "index.html", heading: t.occupationsHeading, intro: t.siteTagline, members: occupations, current: nil)]
        result.append(listing(path: "in-transitie.html", heading: t.inTransition,
                              intro: t.transitionIntro,
                              members: occupations.filter(\.inTransition), current: "transition"))
        for name in names {
            result.append(listing(path: Self.sectorPath(name), heading: "\(t.sector): \(sectors[name]![0].latest.sector!)", intro: t.siteTagline,
                                  members: sectors[name]!, current: name))
        }
        return result
    }
}
