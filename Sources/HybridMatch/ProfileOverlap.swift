import ProfileDiff
import ProfileModel
import ProfileSyntax

/// What two different occupations' profiles have in common, item by item, found by the diff engine's
/// matcher (`ItemMatcher`: equal text, then similar text by an optimal assignment; see docs/diff.md).
///
/// Two things of the diff are left out, because they follow one occupation through its versions and
/// mean nothing between two occupations: stable `#id`s (the same id in two profiles is a coincidence)
/// and the pairing of the two passions whatever their words.
public struct ProfileOverlap: Sendable {
    /// One item as written, with its place in its profile.
    public struct Entry: Sendable, Equatable {
        public let item: Item
        public let place: ItemPlace
    }

    /// Items both profiles hold: the school side's and the company side's wording, and how alike they are.
    public struct Shared: Sendable, Equatable {
        public let school: Entry
        public let company: Entry
        public let similarity: Double
    }

    public let schoolItems: [Entry]
    public let companyItems: [Entry]
    /// Matched pairs, in the school profile's order.
    public let shared: [Shared]
    /// Indices into `schoolItems` / `companyItems` of the items only that side has.
    public let schoolOnly: [Int]
    public let companyOnly: [Int]
    /// For each school item, the index of the company item it shares (nil when unique).
    public let companyOfSchool: [Int?]

    /// The thresholds between two occupations: stricter than `diff`'s 0.5 and 0.6 between two versions of
    /// one, where a half-alike statement is usually the same one reworded; between two occupations it is
    /// usually another statement with some words in common (`Cijfers uploaden en laten verifiëren in digitale
    /// systemen` and `Veranderingen vertalen in ontwerpen en goedwerkende technische systemen` are 0.51 alike).
    public static let options = DiffOptions(matchThreshold: 0.6, moveThreshold: 0.7)

    /// Matches the items of `school` and `company` in `parts` (every part but the passion when nil).
    public init(school: Profile, company: Profile, parts: Set<PartKind>? = nil, options: DiffOptions = ProfileOverlap.options) {
        let wanted = parts ?? Set(PartKind.allCases.filter { $0 != .passion })
        func entries(_ profile: Profile) -> [Entry] {
            ProfileDiffer.placedItems(of: profile).filter { wanted.contains($0.place.part) }.map { Entry(item: $0.item, place: $0.place) }
        }
        func diffItems(_ entries: [Entry]) -> [DiffItem] {
            entries.map { entry in
                var item = DiffItem(entry.item, at: entry.place)
                item.id = nil
                return item
            }
        }
        let schoolItems = entries(school), companyItems = entries(company)
        self.schoolItems = schoolItems
        self.companyItems = companyItems
        var matcher = ItemMatcher(old: diffItems(schoolItems), new: diffItems(companyItems))
        matcher.match(options: options)
        companyOfSchool = matcher.newOfOld
        shared = matcher.newOfOld.enumerated().compactMap { index, match in
            match.map { Shared(school: schoolItems[index], company: companyItems[$0], similarity: matcher.similarityOfOld[index] ?? 1) }
        }
        schoolOnly = schoolItems.indices.filter { matcher.newOfOld[$0] == nil }
        companyOnly = companyItems.indices.filter { matcher.oldOfNew[$0] == nil }
    }
}

extension PartKind {
    /// The subject matter two occupations can share: knowledge (head) and skills and tasks (hands).
    public static let subjectMatter: Set<PartKind> = [.head, .hands]
    /// Where what one can learn from another stands: knowledge, skills, communication, education.
    public static let learnable: Set<PartKind> = [.head, .hands, .mouth, .feet]
}
