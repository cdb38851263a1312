import ProfileModel
import ProfileSyntax

/// Wording shared by the reports and the visual diff: items with their markers, places, numbers.
public struct DiffWording {
    let language: ContentLanguage
    /// Whether items show their `#id` (not in reports meant for readers outside the repository).
    var showsIDs = true

    /// An item as the language writes it: text, trend, core mark, id.
    func item(_ item: DiffItem) -> String {
        var text = item.text
        if let trend = item.trend { text += " [\(trend.keyword(language))]" }
        if item.core { text += language == .nl ? " [kern]" : " [core]" }
        if showsIDs, let id = item.id { text += " #\(id)" }
        return text
    }

    /// `handen` or `handen/taken`.
    func place(_ place: ItemPlace) -> String {
        place.part.keyword(language) + (place.group.map { "/\($0)" } ?? "")
    }

    /// A trend marker, or `none`.
    func trend(_ trend: Trend?) -> String { trend?.keyword(language) ?? "none" }

    /// A score with two decimals.
    public static func score(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    /// A ten-cell meter for a score: `███░░░░░░░`.
    static func meter(_ value: Double) -> String {
        let filled = Int((value * 10).rounded())
        return String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
    }

    /// The aspects of a matched change besides the wording, e.g. `moved from hoofd; trend none → groeit`.
    func details(_ change: ItemChange) -> [String] {
        guard let old = change.old, let new = change.new else { return [] }
        var details: [String] = []
        if change.kinds.contains(.reworded), let similarity = change.similarity {
            details.append("reworded, similarity \(Self.score(similarity))")
        }
        if change.kinds.contains(.moved) { details.append("moved from \(place(old.place)) to \(place(new.place))") }
        if change.kinds.contains(.trend) { details.append("trend \(trend(old.trend)) → \(trend(new.trend))") }
        if change.kinds.contains(.core) { details.append(new.core ? "now core" : "no longer core") }
        if change.kinds.contains(.source) {
            details.append("source \(citations(old.citations)) → \(citations(new.citations))" + (change.kinds == [.source] ? ", same statement" : ""))
        }
        return details
    }

    /// `kracht2021 Figuur 1; potting2021`, or `none`.
    private func citations(_ citations: [Citation]) -> String {
        citations.isEmpty ? "none" : citations.map { $0.key + ($0.locator.map { " \($0)" } ?? "") }.joined(separator: "; ")
    }

    /// The title of both sides: `Teeltspecialist 2015 → 2020`, or both titles when they differ.
    public static func heading(_ diff: ProfileDifference) -> String {
        func side(_ s: DiffSide) -> String { (s.title.isEmpty ? "nothing" : s.title) + (s.version.map { " \($0)" } ?? "") }
        if diff.old.title == diff.new.title, let a = diff.old.version, let b = diff.new.version {
            return "\(diff.new.title) \(a) → \(b)"
        }
        return "\(side(diff.old)) → \(side(diff.new))"
    }

    /// Changes in the order a report lists them: matched items first, then removed, then added,
    /// each in the diff's own order.
    static func reportOrder(_ changes: [ItemChange]) -> [ItemChange] {
        changes.filter { $0.old != nil && $0.new != nil } + changes.filter { $0.new == nil } + changes.filter { $0.old == nil }
    }

    /// A metadata value, or `—` when absent or empty.
    static func value(_ value: String?) -> String { value.flatMap { $0.isEmpty ? nil : $0 } ?? "—" }
}
