import ProfileSyntax

/// How a site is built.
public struct SiteOptions: Sendable, Equatable {
    /// The language of the site's own words and of the figures' headings.
    public var language: ContentLanguage
    /// The address the site will be published at (ending in `/`), for canonical links and the sitemap;
    /// nil leaves both out. Every link inside the site is relative, so the folder works anywhere.
    public var baseURL: String?
    /// Whether pages load the live preview's reload script (`serve`).
    public var live: Bool

    public init(language: ContentLanguage = .nl, baseURL: String? = nil, live: Bool = false) {
        self.language = language
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        self.live = live
    }
}
