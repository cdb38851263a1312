import CLISupport
import ProfileModel

/// What a hybrid's poster needs from the other profiles given on the command line: their titles by
/// slug (the title block names both contexts), and which of the files are hybrids (the book binds
/// them in a section of their own).
struct ComponentTitles {
    /// Slug → title; the newest version's title when a slug has several (`Profile.newestBySlug`).
    let titles: [String: String]
    /// The files that hold a hybrid profile.
    let hybrids: Set<String>

    /// Reads `files` on every core; a file that does not load is skipped here and reported where it is rendered.
    init(files: [String]) {
        let loaded = WorkQueue.map(files) { file in try? ProfileLoader.load(path: file).profile }
        titles = Profile.newestBySlug(loaded.compactMap { $0 }).mapValues(\.title)
        hybrids = Set(zip(files, loaded).compactMap { file, profile in profile?.isHybrid == true ? file : nil })
    }
}
