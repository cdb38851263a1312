import ParallelMap
import ProfileModel

/// What a run over many files must know about all of them before it draws any: the titles a hybrid's
/// poster names its components by, which files are hybrids (the book binds them in a section of their
/// own), and which file may write an output name that more than one file would take.
struct FileSurvey {
    /// Slug → title of every profile a hybrid among the files names as a component; the newest
    /// version's title when a slug has several (`Profile.newestBySlug`).
    let titles: [String: String]
    /// The files that hold a hybrid profile.
    let hybrids: Set<String>
    /// Output name (`PosterJob.baseName`) → the index of the first of the files that would write it,
    /// for the names two or more files would write. Only these are kept, so a run over ten thousand
    /// files does not hold ten thousand names.
    private let owners: [String: Int]

    /// Reads `files` on every core, keeping of each profile only its slug, version, title, components and output name,
    /// and in the end only the titles hybrids need and the names that clash, so that rendering ten
    /// thousand files holds neither ten thousand profiles nor ten thousand titles; a file that does not
    /// load is skipped here and reported where it is rendered.
    init<Files: RandomAccessCollection & Sendable>(files: Files) where Files.Element == String, Files.Index == Int {
        let read = Parallel.map(Array(files.indices)) { index -> Summary? in
            guard let profile = try? ProfileLoader.load(path: files[index]).profile else { return nil }
            let slug = profile.effectiveSlug
            return Summary(slug: slug, version: profile.version, title: profile.title, components: profile.components.map(\.slug),
                           outputName: PosterJob.baseName(slug: slug, version: profile.version))
        }
        let named = Set(read.flatMap { $0?.components ?? [] })
        titles = Profile.newestBySlug(read.compactMap { $0 }.filter { named.contains($0.slug) }, slug: \.slug, version: \.version).mapValues(\.title)
        hybrids = Set(zip(files, read).compactMap { file, summary in summary?.components.isEmpty == false ? file : nil })
        var first: [String: Int] = [:], shared: [String: Int] = [:]
        for (index, summary) in read.enumerated() {
            guard let name = summary?.outputName else { continue }
            if let owner = first[name] { shared[name] = owner } else { first[name] = index }
        }
        owners = shared
    }

    /// Whether the file at `index` among those surveyed may write the output name `name`: yes unless an
    /// earlier one would write it too (the same file given twice included). The earlier file keeps the
    /// name whatever order the workers finish in, so a clash renders the same on every run.
    func mayWrite(_ name: String, from index: Int) -> Bool {
        owners[name].map { $0 == index } ?? true
    }

    private struct Summary: Sendable {
        let slug: String
        let version: String?
        let title: String
        /// The slugs of the components, when the profile is a hybrid.
        let components: [String]
        /// `PosterJob.baseName`, made here on the workers rather than afterwards on one core.
        let outputName: String
    }
}
