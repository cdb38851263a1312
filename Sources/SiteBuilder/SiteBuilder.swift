import Crypto
import Dispatch
import Foundation
import ParallelMap
import ProfileModel
import ProfileSyntax

/// A file of the site: its path inside the site, the hash of what it is made from, and its bytes —
/// nil when the previous build made it from the same input (the file on disk or in memory is current).
public struct SiteFile: Sendable {
    public let path: String
    public let key: String
    public let bytes: [UInt8]?
}

/// What a build knows of the files it made: path → content key and size. Written into the site as
/// `manifest.json`; the next build reads it and renders only what changed.
public struct SiteManifest: Codable, Sendable, Equatable {
    public static let format = "beroepsbeeld-site/1"
    public static let fileName = "manifest.json"

    public struct Entry: Codable, Sendable, Equatable {
        public var key: String
        public var size: Int
    }

    public var format = SiteManifest.format
    public var files: [String: Entry]

    public init(files: [String: Entry] = [:]) { self.files = files }
}

/// A built site: every file, and which of them were made anew.
public struct Site: Sendable {
    /// Every file, by path order.
    public let files: [SiteFile]
    public let manifest: SiteManifest
    /// Diagnostics of the profiles left out (or shown as problem pages), by file.
    public let problems: [SiteEntry]
    /// Seconds each phase of the build took, in order: for the bench.
    public let timings: [(phase: String, seconds: Double)]

    /// The paths whose bytes are new in this build.
    public var changed: [String] { files.filter { $0.bytes != nil }.map(\.path) }
    /// The manifest's bytes, deterministic.
    public var manifestBytes: [UInt8] { [UInt8](StableJSON.encode(manifest)) }
}

/// Turns profiles and their figures into a static website: a pure stage from loaded, validated profiles
/// to files. Figures (poster and changes figure, SVG/PDF/PNG) are drawn by PosterRender and DiffPoster;
/// pages by the templates in `Assets/site`. Given the previous build's manifest, it draws and renders
/// only what changed (content hashes); the same input always gives the same bytes.
public struct SiteBuilder: Sendable {
    public let assets: SiteAssets
    public let options: SiteOptions
    /// Worker threads for drawing figures and rendering pages.
    public var threads: Int

    public init(assets: SiteAssets, options: SiteOptions, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.assets = assets
        self.options = options
        self.threads = max(1, threads)
    }

    /// Builds the site from `entries`. `previous` is the last build's manifest: files whose key it already
    /// holds are not made again. Entries that failed get a page showing their diagnostics when
    /// `options.live` is set, and are left out otherwise.
    public func build(_ entries: [SiteEntry], previous: SiteManifest = SiteManifest()) throws -> Site {
        var timings: [(phase: String, seconds: Double)] = []
        var clock = DispatchTime.now()
        func lap(_ phase: String) {
            let now = DispatchTime.now()
            timings.append((phase, Double(now.uptimeNanoseconds - clock.uptimeNanoseconds) / 1e9))
            clock = now
        }
        let occupations = Occupation.group(entries)
        lap("diffs")
        let t = SiteWording.forLanguage(options.language)
        var files: [String: SiteFile] = [:]
        var manifest = SiteManifest()
        func add(_ path: String, key: String, bytes: [UInt8]?, size: Int) {
            files[path] = SiteFile(path: path, key: key, bytes: previous.files[path]?.key == key ? nil : bytes)
            manifest.files[path] = SiteManifest.Entry(key: key, size: size)
        }

        // Figures: drawn only when what they show changed. A hybrid's figure names its components by
        // their titles, as its page does.
        let titles = Dictionary(occupations.map { ($0.slug, $0.latest.title) }, uniquingKeysWith: { first, _ in first })
        let jobs = figureJobs(occupations, titles: titles)
        var drawn: [String: [UInt8]] = [:]
        var svgs: [String: [UInt8]] = [:]
        let pending = jobs.filter { job in !job.paths().contains { previous.files[$0]?.key == job.key } }
        let results = Parallel.map(pending, threads: threads, makeContext: FigureJob.renderer) { job, renderer in
            Result { try job.draw(language: options.language, renderer: renderer) }
        }
        for (job, result) in zip(pending, results) {
            let drawing = try result.get()
            drawn.merge(drawing.files) { _, new in new }
            svgs[job.stem] = drawing.svg
        }
        let redrawn = Set(pending.map(\.stem))
        lap("figures (\(pending.count) drawn)")
        var figureSizes: [String: Int] = [:]
        for job in jobs {
            for path in job.paths() {
                if let bytes = drawn[path] {
                    add(path, key: job.key, bytes: bytes, size: bytes.count)
                    figureSizes[path] = bytes.count
                } else if !redrawn.contains(job.stem), let entry = previous.files[path], entry.key == job.key {
                    add(path, key: job.key, bytes: nil, size: entry.size)
                    figureSizes[path] = entry.size
                }
            }
        }
        let jobsByStem = Dictionary(jobs.map { ($0.stem, $0) }, uniquingKeysWith: { first, _ in first })

        // Pages: a model each; rendered only when the model (or the templates) changed.
        let modeller = PageModeller(t: t, options: options, figureSizes: figureSizes)
        var pages: [PageJob] = []
        let related = RelatedOccupations.find(occupations, threads: threads)
        lap("related")
        for (index, occupation) in occupations.enumerated() {
            let links = related[index].map { other, shared in
                RelatedModel(title: occupations[other].latest.title, href: "\(occupations[other].slug).html", sector: occupations[other].latest.sector,
                             shared: shared)
            }
            let model = modeller.occupation(occupation, related: links, titles: titles)
            pages.append(PageJob(path: "beroep/\(occupation.slug).html", template: "occupation", model: model,
                                 figure: model.figure.map { ("figuren/" + Occupation.baseName(occupation.latest), $0) }))
            for step in occupation.history.steps.indices {
                let diff = modeller.diff(occupation, step: step)
                pages.append(PageJob(path: "verschil/\(PageModeller.stepStem(occupation, step)).html", template: "diff", model: diff,
                                     figure: diff.figure.map { (PageModeller.stepFigure(occupation, step), $0) }))
            }
        }
        for (path, model) in ListingModeller(modeller: modeller, occupations: occupations).pages() {
            pages.append(PageJob(path: path, template: "home", model: model, figure: nil))
        }
        var about = modeller.frame(title: "\(t.about) — \(t.siteTitle)", description: t.siteTagline, path: "over.html")
        about.isAbout = true
        pages.append(PageJob(path: "over.html", template: "about", model: AboutModel(frame: about, t: t, english: options.language == .en,
                                                                                    count: occupations.count), figure: nil))
        let problems = entries.filter(\.failed)
        if options.live {
            // In the live preview a broken profile's page shows what is wrong, in place of the poster.
            var seen = Set<String>()
            for entry in problems where seen.insert(entry.slug).inserted {
                let path = "beroep/\(entry.slug).html"
                pages.removeAll { $0.path == path }
                let model = ProblemModel(frame: modeller.frame(title: "\(t.problemsHeading) — \(entry.slug)", description: t.problemsHeading, path: path),
                                         t: t, path: entry.path, report: problems.filter { $0.slug == entry.slug }.map(\.report).joined(separator: "\n"))
                pages.append(PageJob(path: path, template: "problem", model: model, figure: nil))
            }
        }
        lap("page models")
        let assetsHash = assets.hash
        let keyed = Parallel.map(pages, threads: threads) { page in
            (page, ContentKey.of(assetsHash, page.template, page.encoded, page.figure.flatMap { jobsByStem[$0.stem]?.key } ?? ""))
        }
        let stale = keyed.filter { previous.files[$0.0.path]?.key != $0.1 }
        lap("page keys")
        let assets = self.assets, language = options.language, drawnSVGs = svgs
        // The figures the stale pages inline: just drawn, or drawn again alone (the page changed, its figure did not).
        let rendered = Parallel.map(stale.map(\.0), threads: threads, makeContext: FigureJob.renderer) { page, renderer in
            Result {
                let svg = try page.figure.flatMap { figure in
                    try (drawnSVGs[figure.stem] ?? jobsByStem[figure.stem]?.svg(language: language, renderer: renderer))
                        .map { InlineSVG.embed($0, id: figure.model.id, alt: figure.model.alt) }
                }
                return page.render(assets, svg: svg)
            }
        }
        var renderedByPath: [String: [UInt8]] = [:]
        for ((page, _), result) in zip(stale, rendered) { renderedByPath[page.path] = try result.get() }
        for (page, key) in keyed {
            let bytes = renderedByPath[page.path]
            add(page.path, key: key, bytes: bytes, size: bytes?.count ?? previous.files[page.path]?.size ?? 0)
        }

        lap("pages (\(stale.count) rendered)")
        // The stylesheet and scripts as they are, and the search index.
        for (name, bytes) in assets.files {
            add("assets/\(name)", key: ContentKey.of(bytes), bytes: bytes, size: bytes.count)
        }
        let index = SiteSearchIndex.script(occupations)
        add("zoekindex.js", key: ContentKey.of(index), bytes: index, size: index.count)
        if let base = options.baseURL {
            let sitemap = Sitemap.xml(base: base, paths: pages.map(\.path).sorted())
            add("sitemap.xml", key: ContentKey.of(sitemap), bytes: sitemap, size: sitemap.count)
        }
        lap("index")
        return Site(files: files.values.sorted { $0.path < $1.path }, manifest: manifest, problems: problems, timings: timings)
    }

    /// A job per version (poster figures) and per step (changes figure); `titles` (slug → title) names a
    /// hybrid's components in its figure, and the titles it uses are part of its key.
    func figureJobs(_ occupations: [Occupation], titles: [String: String]) -> [FigureJob] {
        let language = options.language.rawValue
        return Parallel.map(occupations, threads: threads) { occupation in
            // Each version's JSON once: it keys the version's figure and the steps on either side of it.
            let encoded = occupation.versions.map { [UInt8](ProfileJSON.encode($0.profile)) }
            let versions = occupation.versions.indices.map { index in
                let profile = occupation.versions[index].profile
                let named = Dictionary(profile.components.compactMap { component in titles[component.slug].map { (component.slug, $0) } },
                                       uniquingKeysWith: { first, _ in first })
                let key = named.isEmpty ? ContentKey.of("version", language, encoded[index])
                    : ContentKey.of("version", language, encoded[index], named.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\n"))
                return FigureJob(subject: .version(profile, componentTitles: named), stem: "figuren/" + Occupation.baseName(profile), key: key)
            }
            let steps = occupation.history.steps.indices.map { index in
                FigureJob(subject: .step(occupation.history.steps[index], old: occupation.versions[index].profile, new: occupation.versions[index + 1].profile),
                          stem: PageModeller.stepFigure(occupation, index), key: ContentKey.of("step", language, encoded[index], encoded[index + 1]))
            }
            return versions + steps
        }.flatMap { $0 }
    }
}

/// A page to render: its template and model, and the figure it shows inline.
struct PageJob: @unchecked Sendable {
    let path: String
    let template: String
    /// A Codable page model; `encoded` is its JSON.
    let model: any Encodable & Sendable
    /// The figure shown inline: its job's stem (`figuren/slug-2020`) and its text alternative.
    let figure: (stem: String, model: FigureModel)?

    var encoded: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return [UInt8]((try? encoder.encode(model)) ?? Data())
    }

    /// Stands in the template's output where the figure goes; the figure's bytes are spliced in after
    /// rendering, so the template engine never copies hundreds of kB of SVG through its string handling.
    static let figureMark = "<!--beroepsbeeld-figure-->"

    /// The page's HTML; `svg` is the figure to inline.
    func render(_ assets: SiteAssets, svg: [UInt8]?) -> [UInt8] {
        let html: String
        switch model {
        case var occupation as OccupationModel where svg != nil:
            occupation.figure?.svg = Self.figureMark
            html = assets.render(template, occupation)
        case var diff as DiffModelPage where svg != nil:
            diff.figure?.svg = Self.figureMark
            html = assets.render(template, diff)
        default:
            return Array(assets.render(template, model).utf8)
        }
        let bytes = Array(html.utf8)
        guard let svg, let mark = bytes.firstRange(of: Array(Self.figureMark.utf8)) else { return bytes }
        return Array(bytes[..<mark.lowerBound]) + svg + Array(bytes[mark.upperBound...])
    }
}

/// SHA-256 of the parts, hex: a file's content key.
enum ContentKey {
    static func of(_ parts: Any...) -> String {
        var hash = SHA256()
        for part in parts {
            switch part {
            case let bytes as [UInt8]: hash.update(data: bytes)
            case let text as String: hash.update(data: Array(text.utf8))
            default: hash.update(data: Array("\(part)".utf8))
            }
            hash.update(data: [0])
        }
        return hash.finalize().map { String(format: "%02x", $0) }.joined()
    }
}

/// `sitemap.xml` for search engines, when the site knows its address.
enum Sitemap {
    static func xml(base: String, paths: [String]) -> [UInt8] {
        let urls = paths.map { "  <url><loc>\(HTMLText.escape(base + $0))</loc></url>\n" }.joined()
        return Array(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" + urls + "</urlset>\n").utf8)
    }
}
