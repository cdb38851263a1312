import ProfileModel
import ProfileSyntax

/// The Markdown report of a difference, for a curriculum document (docs/diff.md, "Markdown").
public enum DiffMarkdownReport {
    public static func render(_ diff: ProfileDifference) -> String {
        let wording = DiffWording(language: diff.new.language, showsIDs: false)
        var out = "# \(escape(DiffWording.heading(diff)))\n\n"
        out += "Overall shift: **\(DiffWording.score(diff.shift))** (0 = unchanged, 1 = entirely different)\n\n"
        if diff.isEqual { return out + "No changes.\n" }
        out += "| Part | Shift | Items before | Items after | Unchanged | Added | Removed | Reworded | Moved |\n"
        out += "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        for shift in diff.parts {
            let changes = diff.items(in: shift.part)
            func count(_ kind: ItemChangeKind) -> Int { changes.filter { $0.kinds.contains(kind) }.count }
            out += "| \(shift.part.keyword(diff.new.language)) | \(DiffWording.score(shift.shift)) | \(shift.oldItems) | \(shift.newItems) "
                + "| \(shift.unchanged) | \(count(.added)) | \(count(.removed)) | \(count(.reworded)) | \(count(.moved)) |\n"
            for group in shift.groups {
                let inGroup = changes.filter { ($0.new ?? $0.old)?.place.groupKey == group.group.map(TextNormalization.folded) ?? "" }
                func count(_ kind: ItemChangeKind) -> Int { inGroup.filter { $0.kinds.contains(kind) }.count }
                out += "| ↳ \(escape(group.group ?? "–")) | \(DiffWording.score(group.shift)) | \(group.oldItems) | \(group.newItems) "
                    + "| \(group.unchanged) | \(count(.added)) | \(count(.removed)) | \(count(.reworded)) | \(count(.moved)) |\n"
            }
        }
        for shift in diff.parts {
            let changes = diff.items(in: shift.part), quotes = diff.quotes.filter { $0.place.part == shift.part }
            guard !changes.isEmpty || !quotes.isEmpty else { continue }
            out += "\n## \(escape(shift.part.keyword(diff.new.language)))\n\n"
            for change in DiffWording.reportOrder(changes) { out += "- " + entry(change, wording) + "\n" }
            for quote in quotes {
                out += "- \(quote.kind == .added ? "New quote" : "Quote dropped"): “\(escape(quote.text))”"
                    + (quote.attribution.map { " — \(escape($0))" } ?? "") + "\n"
            }
        }
        if !diff.metadata.isEmpty {
            out += "\n## Metadata\n\n"
            for change in diff.metadata {
                out += "- \(change.field.rawValue): \(escape(DiffWording.value(change.old))) → \(escape(DiffWording.value(change.new)))\n"
            }
        }
        return out
    }

    private static func entry(_ change: ItemChange, _ wording: DiffWording) -> String {
        switch (change.old, change.new) {
        case let (nil, new?): return "**Added:** \(escape(wording.item(new)))"
        case let (old?, nil): return "**Removed:** ~~\(escape(wording.item(old)))~~"
        case let (old?, new?):
            let label = change.kinds.contains(.reworded) ? "Reworded" : change.kinds.contains(.moved) ? "Moved" : "Changed"
            let text = change.kinds.contains(.reworded)
                ? "~~\(escape(wording.item(old)))~~ → \(escape(wording.item(new)))" : escape(wording.item(new))
            return "**\(label):** \(text) (\(wording.details(change).joined(separator: "; ")))"
        default: return ""
        }
    }

    /// Escapes the characters Markdown would read as markup.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>|#~".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
