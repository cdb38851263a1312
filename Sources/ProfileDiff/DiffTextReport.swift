import ProfileModel
import ProfileSyntax

/// The terminal report of a difference: grouped by body part (docs/diff.md, "Text").
public struct DiffTextReport {
    public let colored: Bool
    /// One line per change instead of the grouped report.
    public let brief: Bool

    public init(colored: Bool, brief: Bool = false) {
        self.colored = colored
        self.brief = brief
    }

    private enum Color: String {
        case red = "31", green = "32", yellow = "33", cyan = "36", bold = "1", dim = "2"
    }

    private func paint(_ text: String, _ color: Color) -> String {
        colored ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// The report; empty lines only between sections, ending in a newline.
    public func render(_ diff: ProfileDifference) -> String {
        let wording = DiffWording(language: diff.new.language)
        return brief ? renderBrief(diff, wording) : renderFull(diff, wording)
    }

    private func renderBrief(_ diff: ProfileDifference, _ wording: DiffWording) -> String {
        var lines = diff.metadata.map { change in
            "metadata: \(change.field.rawValue) \(DiffWording.value(change.old)) → \(DiffWording.value(change.new))"
        }
        for part in PartKind.allCases {
            let name = part.keyword(diff.new.language)
            for change in DiffWording.reportOrder(diff.items(in: part)) {
                let kinds = change.kinds.map(\.rawValue).joined(separator: "+")
                let text: String
                if let old = change.old, let new = change.new, old.text != new.text {
                    text = "\"\(old.text)\" → \"\(new.text)\""
                } else {
                    text = "\"\((change.new ?? change.old)!.text)\""
                }
                let details = wording.details(change).filter { !$0.hasPrefix("reworded") }
                lines.append("\(name): \(kinds) \(text)" + (details.isEmpty ? "" : " (\(details.joined(separator: "; ")))"))
            }
            for quote in diff.quotes where quote.place.part == part {
                lines.append("\(name): quote \(quote.kind.rawValue) \"\(quote.text)\"")
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    private func renderFull(_ diff: ProfileDifference, _ wording: DiffWording) -> String {
        var out = paint("\(DiffWording.heading(diff))", .bold) + "\n"
        if let a = diff.old.path, let b = diff.new.path { out += paint("--- \(a)\n+++ \(b)", .dim) + "\n" }
        out += "overall shift \(DiffWording.score(diff.shift)) \(DiffWording.meter(diff.shift))\n"
        if diff.isEqual { return out + "no changes\n" }
        if !diff.metadata.isEmpty {
            out += "\n" + paint("metadata", .bold) + "\n"
            for change in diff.metadata {
                switch (change.old, change.new) {
                case let (nil, new?): out += paint("  + \(change.field.rawValue): \(new)", .green) + "\n"
                case let (old?, nil): out += paint("  - \(change.field.rawValue): \(old)", .red) + "\n"
                default: out += paint("  ~ \(change.field.rawValue): \(DiffWording.value(change.old)) → \(DiffWording.value(change.new))", .yellow) + "\n"
                }
            }
        }
        for shift in diff.parts {
            let changes = diff.items(in: shift.part), quotes = diff.quotes.filter { $0.place.part == shift.part }
            out += "\n" + paint(shift.part.keyword(diff.new.language), .bold)
                + "  shift \(DiffWording.score(shift.shift)) \(DiffWording.meter(shift.shift))"
                + paint("  \(shift.oldItems) → \(shift.newItems) items, \(shift.unchanged) unchanged", .dim) + "\n"
            for group in shift.groups {
                out += paint("  · \(group.group ?? "–")", .dim) + "  shift \(DiffWording.score(group.shift)) \(DiffWording.meter(group.shift))"
                    + paint("  \(group.oldItems) → \(group.newItems) items, \(group.unchanged) unchanged", .dim) + "\n"
            }
            for change in DiffWording.reportOrder(changes) { out += line(change, wording) }
            // Items that left this part for another are listed there; a pointer here says where.
            for change in diff.items where change.old?.place.part == shift.part && change.place.part != shift.part {
                out += paint("  ↦ \(change.old!.text)  (moved to \(wording.place(change.place)))", .dim) + "\n"
            }
            for quote in quotes {
                let text = "> \"\(quote.text)\"" + (quote.attribution.map { " — \($0)" } ?? "")
                out += quote.kind == .added ? paint("  + \(text)", .green) + "\n" : paint("  - \(text)", .red) + "\n"
            }
        }
        return out
    }

    private func line(_ change: ItemChange, _ wording: DiffWording) -> String {
        switch (change.old, change.new) {
        case let (nil, new?):
            return paint("  + \(wording.item(new))", .green) + groupNote(new.place, wording) + "\n"
        case let (old?, nil):
            return paint("  - \(wording.item(old))", .red) + groupNote(old.place, wording) + "\n"
        case let (old?, new?):
            let details = paint("  (\(wording.details(change).joined(separator: "; ")))", .dim)
            if change.kinds.contains(.reworded) {
                return paint("  ~ \(wording.item(old))", .yellow) + "\n" + paint("    → \(wording.item(new))", .yellow) + details + "\n"
            }
            let mark = change.kinds.contains(.moved) ? "→" : "±"
            return paint("  \(mark) \(wording.item(new))", .cyan) + details + "\n"
        default:
            return ""
        }
    }

    /// ` (in handen/taken)` for an item in a sub-group.
    private func groupNote(_ place: ItemPlace, _ wording: DiffWording) -> String {
        place.group == nil ? "" : paint("  (in \(wording.place(place)))", .dim)
    }
}
