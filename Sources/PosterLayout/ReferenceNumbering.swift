import ProfileModel

/// The numbers a poster cites its sources by: each cited source key gets 1, 2, 3… in the order the
/// profile first cites it (its statements part by part, items before quotes, as `Profile.statements`
/// reads them), and the footer lists the sources in that order.
public struct ReferenceNumbering: Sendable, Equatable {
    /// The number of each cited key.
    public let numbers: [String: Int]
    /// The footer's list: the cited sources in number order, then the sources nothing cites, unnumbered.
    public let entries: [Entry]

    /// One source in the footer's list.
    public struct Entry: Sendable, Equatable {
        /// Its number, nil for a source no statement cites.
        public var number: Int?
        /// The source as written, followed by its locator when every citation of it names the same one.
        public var text: String
    }

    public init(_ profile: Profile) {
        var numbers: [String: Int] = [:]
        var locators: [String: Set<String?>] = [:]
        let defined = Set(profile.sourceKeys)
        for citation in profile.statements.flatMap(\.citations) where defined.contains(citation.key) {
            if numbers[citation.key] == nil { numbers[citation.key] = numbers.count + 1 }
            locators[citation.key, default: []].insert(citation.locator)
        }
        self.numbers = numbers
        let cited = profile.sources.compactMap { source -> Entry? in
            guard let key = source.key, let number = numbers[key] else { return nil }
            let shared = locators[key].flatMap { $0.count == 1 ? $0.first! : nil }
            return Entry(number: number, text: source.text + (shared.map { " (\($0))" } ?? ""))
        }
        let uncited = profile.sources.filter { source in source.key.map { numbers[$0] == nil } ?? true }
        entries = cited.sorted { $0.number! < $1.number! } + uncited.map { Entry(number: nil, text: $0.text) }
    }

    /// The mark after a statement citing `citations`: its sources' numbers, ascending, comma-separated
    /// (`1,3`); nil when it cites no source the profile defines.
    public func mark(_ citations: [Citation]) -> String? {
        let cited = Set(citations.compactMap { numbers[$0.key] }).sorted()
        return cited.isEmpty ? nil : cited.map(String.init).joined(separator: ",")
    }

    /// The footer's source paragraph: numbered (`Bronnen: 1 Biemans & Sjoer (2021) …; 2 …`) when
    /// `numbered`, else the sources as written in the profile's order, as a clean classroom print lists them.
    static func footer(_ profile: Profile, numbered: Bool, wording: Wording) -> String? {
        guard !profile.sources.isEmpty else { return nil }
        guard numbered else { return "\(wording.sourcesLabel): " + profile.sources.map(\.text).joined(separator: "; ") }
        let entries = ReferenceNumbering(profile).entries
        return "\(wording.sourcesLabel): " + entries.map { entry in entry.number.map { "\($0) " + entry.text } ?? entry.text }
            .joined(separator: "; ")
    }
}
