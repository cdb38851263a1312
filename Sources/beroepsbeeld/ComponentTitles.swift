import ParallelMap
import ProfileModel

/// What a hybrid's poster needs from the other profiles given on the command line: their titles by
/// slug (the title block names both contexts), and which of the files are hybrids (the book binds
/// them in a section of their own).
struct ComponentTitles {
    /// Slug → title of every profile a hybrid among the files names as a component; the newest
    /// version's title when a slug has several (`Profile.newestBySlug`).
    let titles: [String: String]
    /// The files that hold a hybrid profile.
    let hybrids: Set<String>

    /// Reads `files` on every core, keeping of each profile only its slug, version, title and components,
    /// and in the end only the titles hybrids need, so that rendering ten thousand files holds neither ten
    /// thousand profiles nor ten thousand titles; a file that does not load is skipped here and reported
    /// where it is rendered.
    init(files: [String]) {
        let read = Parallel.map(files) { file -> Summary? in
            guard let profile = try? ProfileLoader.load(path: file).profile else { return nil }
            return Summary(slug: profile.effectiveSlug, version: profile.version, title: profile.title, components: profile.components.map(\.slug))
        }
        let named = Set(read.flatMap { $0?.components ?? [] })
        titles = Profile.newestBySlug(read.compactMap { $0 }.filter { named.contains($0.slug) }, slug: \.slug, version: \.version).mapValues(\.title)
        hybrids = Set(zip(files, read).compactMap { file, summary in summary?.components.isEmpty == false ? file : nil })
    }

    private struct Summary: Sendable {
        let slug: String
        let version: String?
        let title: String
        /// The slugs of the components, when the profile is a hybrid.
        let components: [String]
    }
}
