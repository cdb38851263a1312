import Mustache

/// What the templates see. Every page model is Codable: its JSON, hashed, is the page's content key
/// (an unchanged model is not rendered again), and the template engine reads the same properties.
/// Text is always plain here; the engine escapes it. Markup the site makes itself (the inline SVG)
/// is the only thing a template inserts unescaped.

/// The parts every page shares: language, title, where the site's root is, navigation state.
struct FrameModel: Codable, Sendable {
    var lang: String
    var title: String
    var description: String
    /// `""` for pages at the root, `"../"` for pages one folder down.
    var root: String
    var canonical: String?
    /// Whether the page loads the live preview's reload script.
    var live: Bool
    var isHome = false
    var isTransition = false
    var isAbout = false
}

/// A marker after a statement: a trend, the core mark; later, provenance markers (sketch, source keys).
struct BadgeModel: Codable, Sendable {
    /// The CSS class suffix: `badge-new`, `badge-core`.
    var kind: String
    var label: String
}

/// One statement with its markers.
struct ItemModel: Codable, Sendable {
    var text: String
    var core: Bool
    var badges: [BadgeModel]
    /// The numbers of the sources it cites (`1,3`), keyed to the page's source list.
    var sourceNumbers: String?
}

/// A practitioner's words.
struct QuoteModel: Codable, Sendable {
    var text: String
    var attribution: String?
    /// `parafrase` when the quote gives the gist in other words (shown without quotation marks).
    var paraphrase: String?
    var sourceNumbers: String?
}

/// One source in the page's numbered list; uncited sources have no number.
struct SourceModel: Codable, Sendable {
    var number: String?
    var text: String
}

/// A sub-group of a part ("Handen — taken").
struct GroupModel: Codable, Sendable {
    var heading: String
    var items: [ItemModel]
    var quotes: [QuoteModel]
}

/// One part of the figure as HTML: a heading, its statements, its quotes, its groups. `notes` holds
/// remarks about the part as a whole (for the evidence issue's "not researched").
struct PartModel: Codable, Sendable {
    var anchor: String
    var heading: String
    var tagline: String?
    var notes: [String]
    var items: [ItemModel]
    var quotes: [QuoteModel]
    var groups: [GroupModel]
}

/// A file to download.
struct DownloadModel: Codable, Sendable {
    var label: String
    var href: String
    /// "PDF, 123 kB".
    var detail: String
}

/// A bar in a shift chart: a part and how much it moved (0–100).
struct ShiftBarModel: Codable, Sendable {
    var label: String
    var percent: Int
    var score: String
}

/// One version in an occupation's timeline.
struct TimelineModel: Codable, Sendable {
    var version: String
    var current: Bool
    var downloads: [DownloadModel]
    /// The step from the version before: its diff page and per-part bars.
    var diffHref: String?
    var diffLabel: String?
    var shift: String?
    var bars: [ShiftBarModel]
}

/// A link to a related occupation.
struct RelatedModel: Codable, Sendable {
    var title: String
    var href: String
    var sector: String?
    var shared: Int
}

/// An inline figure: the SVG (set after hashing; not part of the key) and its text alternative.
struct FigureModel: Codable, Sendable {
    var id: String
    var alt: String
    var summary: String
    var svg = ""

    enum CodingKeys: String, CodingKey { case id, alt, summary }
}

/// `beroep/SLUG.html`.
struct OccupationModel: Codable, Sendable {
    var frame: FrameModel
    var t: SiteWording
    var title: String
    var contentLang: String
    var sector: String?
    var region: String?
    var version: String?
    var passion: String?
    var figure: FigureModel?
    var parts: [PartModel]
    var sources: [SourceModel]
    var evidence: String?
    var license: String?
    var downloads: [DownloadModel]
    var timeline: [TimelineModel]
    var related: [RelatedModel]
    /// A hybrid's occupations, with their sides and shares; empty for a single occupation.
    var components: [ComponentModel]
    /// A hybrid's direction, `bedrijf → school`.
    var direction: String?
}

/// One occupation a hybrid combines.
struct ComponentModel: Codable, Sendable {
    var side: String
    var title: String
    /// Its page, when the site has it.
    var href: String?
    var share: String
}

/// A change in a diff page's list.
struct ChangeModel: Codable, Sendable {
    /// CSS class suffix: `added`, `removed`, `changed`.
    var kind: String
    var label: String
    var text: String
    var before: String?
    var details: [String]
}

/// One part in a diff page.
struct ChangePartModel: Codable, Sendable {
    var heading: String
    var shift: String
    var percent: Int
    var changes: [ChangeModel]
    var unchanged: Bool
}

/// `verschil/SLUG-OLD-NEW.html`.
struct DiffModelPage: Codable, Sendable {
    var frame: FrameModel
    var t: SiteWording
    var title: String
    var heading: String
    var contentLang: String
    var occupationHref: String
    var shift: String
    var figure: FigureModel?
    var metadata: [ChangeModel]
    var parts: [ChangePartModel]
    var downloads: [DownloadModel]
}

/// A card on a listing page.
struct CardModel: Codable, Sendable {
    var slug: String
    var title: String
    var href: String
    var thumbnail: String?
    var alt: String
    var sector: String?
    var versions: String
    var shift: String?
    /// `low`, `medium`, `high`: the badge's colour band.
    var shiftBand: String?
    var contentLang: String
}

/// A filter link.
struct FilterModel: Codable, Sendable {
    var label: String
    var href: String
    var current: Bool
    var count: Int
}

/// `index.html`, `in-transitie.html`, `sector/SECTOR.html`.
struct ListingModel: Codable, Sendable {
    var frame: FrameModel
    var t: SiteWording
    var heading: String
    var intro: String
    var cards: [CardModel]
    var sectors: [FilterModel]
    var allSectors: FilterModel
    var transition: FilterModel
    var count: String
}

/// `over.html`.
struct AboutModel: Codable, Sendable {
    var frame: FrameModel
    var t: SiteWording
    var english: Bool
    var count: Int
}

/// A profile that does not load or validate, shown in the live preview in place of its page.
struct ProblemModel: Codable, Sendable {
    var frame: FrameModel
    var t: SiteWording
    var path: String
    var report: String
}

// The models a template reads most often answer its lookups directly (`MustacheParent`): otherwise the
// engine reflects over the whole value for every `{{name}}`, which on a page of a thousand cards adds up.

extension SiteWording: MustacheParent {
    /// Each wording's fields by name, read by reflection once.
    private static let tables: [String: [String: String]] = Dictionary(uniqueKeysWithValues: [dutch, english].map { wording in
        (wording.language, Dictionary(uniqueKeysWithValues: Mirror(reflecting: wording).children.compactMap { child in
            (child.value as? String).map { (child.label!, $0) }
        }))
    })

    public func child(named name: String) -> Any? { Self.tables[language]?[name] }
}

extension FrameModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "title": title
        case "description": description
        case "root": root
        case "canonical": canonical as Any?
        case "live": live
        case "isHome": isHome
        case "isTransition": isTransition
        case "isAbout": isAbout
        default: nil
        }
    }
}

extension CardModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "slug": slug
        case "title": title
        case "href": href
        case "thumbnail": thumbnail as Any?
        case "alt": alt
        case "sector": sector as Any?
        case "versions": versions
        case "shift": shift as Any?
        case "shiftBand": shiftBand as Any?
        case "contentLang": contentLang
        default: nil
        }
    }
}

extension ItemModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "core": core
        case "badges": badges
        case "sourceNumbers": sourceNumbers as Any?
        default: nil
        }
    }
}

extension BadgeModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "kind": kind
        case "label": label
        default: nil
        }
    }
}
