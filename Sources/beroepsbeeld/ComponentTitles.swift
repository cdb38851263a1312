import ProfileModel

/// What a hybrid's poster needs from the other profiles given on the command line: their titles by
/// slug (the title block names both contexts), and which of the files are hybrids (the book binds
/// them in a section of their own).
struct ComponentTitles {
    /// Slug → title; the newest version's title when a slug has several.
    let titles: [String: String]
    /// The files that hold a hybrid profile.
    let hybrids: Set<String>

    /// Reads `files`; a file that does not load is skipped here and reported where it is rendered.
    init(files: [String]) {
        var newest: [String: (version: String, title: String)] = [:]
        var hybrids: Set<String> = []
        for file in files {
            guard let profile = try? ProfileLoader.load(path: file).profile else { continue }
            if profile.isHybrid { hybrids.insert(file) }
            let version = profile.version ?? ""
            if let known = newest[profile.effectiveSlug], known.version > version { continue }
            newest[profile.effectiveSlug] = (version, profile.title)
        }
        titles = newest.mapValues(\.title)
        self.hybrids = hybrids
    }
}
