import Foundation
import ProfileModel
import ProfileSyntax

/// Text, Markdown and JSON reports of version histories (docs/diff.md, "History").
public enum HistoryReport {
    /// A table of the shift per part per step, then each step's main changes.
    public static func text(_ histories: [ProfileHistory]) -> String {
        histories.map { history in
            let language = history.versions.last?.language ?? .nl
            let parts = partsOf(history)
            var out = "\(history.title): \(history.versions.count) version\(history.versions.count == 1 ? "" : "s") "
                + "(\(history.versions.map { $0.version ?? "unversioned" }.joined(separator: ", ")))\n"
            guard !history.steps.isEmpty else { return out }
            let labels = history.steps.map(stepLabel)
            let width = max(labels.map(\.count).max() ?? 0, 4)
            let names = parts.map { $0.keyword(language) } + ["overall"]
            out += trimmed(pad("", width) + names.map { "  " + pad($0, max($0.count, 4)) }.joined()) + "\n"
            for (label, step) in zip(labels, history.steps) {
                let scores = parts.map { step.shift(of: $0) } + [step.shift]
                out += trimmed(pad(label, width) + zip(names, scores).map { "  " + pad(DiffWording.score($1), max($0.count, 4)) }.joined()) + "\n"
            }
            let wording = DiffWording(language: language)
            for (label, step) in zip(labels, history.steps) {
                out += "\n\(label): shift \(DiffWording.score(step.shift))\n"
                for change in ProfileHistory.mainChanges(step) { out += "  " + summary(change, wording) + "\n" }
                let more = step.items.count - ProfileHistory.mainChanges(step).count
                if more > 0 { out += "  … and \(more) more item change\(more == 1 ? "" : "s")\n" }
            }
            for note in history.notes { out += "note: \(note)\n" }
            return out
        }.joined(separator: "\n")
    }

    /// The same as Markdown: a heading per occupation, a shift table, a list per step.
    public static func markdown(_ histories: [ProfileHistory]) -> String {
        histories.map { history in
            let language = history.versions.last?.language ?? .nl
            let parts = partsOf(history)
            var out = "# \(DiffMarkdownReport.escape(history.title)): history\n\n"
            out += "Versions: \(history.versions.map { $0.version ?? "unversioned" }.joined(separator: ", "))\n"
            guard !history.steps.isEmpty else { return out }
            out += "\n| Step | " + parts.map { $0.keyword(language) }.joined(separator: " | ") + " | overall |\n"
            out += "|---|" + String(repeating: "---:|", count: parts.count + 1) + "\n"
            for step in history.steps {
                out += "| \(stepLabel(step)) | " + (parts.map { step.shift(of: $0) } + [step.shift]).map(DiffWording.score)
                    .joined(separator: " | ") + " |\n"
            }
            let wording = DiffWording(language: language, showsIDs: false)
            for step in history.steps {
                out += "\n## \(stepLabel(step))\n\n"
                for change in ProfileHistory.mainChanges(step) { out += "- " + DiffMarkdownReport.escape(summary(change, wording)) + "\n" }
            }
            for note in history.notes { out += "\n> Note: \(DiffMarkdownReport.escape(note))\n" }
            return out
        }.joined(separator: "\n")
    }

    /// The format marker of the JSON form (schema docs/schemas/history.schema.json).
    public static let jsonFormat = "beroepsbeeld-history/1"

    /// `{"format": "beroepsbeeld-history/1", "histories": [...]}`.
    public static func json(_ histories: [ProfileHistory]) -> Data {
        StableJSON.document(["histories": histories], format: jsonFormat)
    }

    /// The parts present in any step, in figure order.
    static func partsOf(_ history: ProfileHistory) -> [PartKind] {
        let present = Set(history.steps.flatMap { $0.parts.map(\.part) })
        return PartKind.allCases.filter(present.contains)
    }

    static func stepLabel(_ step: ProfileDifference) -> String {
        "\(step.old.version ?? "?") → \(step.new.version ?? "?")"
    }

    /// One line for a change: `+ hoofd: text`, `~ hoofd: old → new`, `→ hoofd: text (moved from …)`.
    static func summary(_ change: ItemChange, _ wording: DiffWording) -> String {
        let place = wording.place(change.place)
        switch (change.old, change.new) {
        case let (nil, new?): return "+ \(place): \(wording.item(new))"
        case let (old?, nil): return "- \(place): \(wording.item(old))"
        case let (old?, new?):
            let text = change.kinds.contains(.reworded) ? "\(old.text) → \(wording.item(new))" : wording.item(new)
            return "~ \(place): \(text) (\(wording.details(change).joined(separator: "; ")))"
        default: return ""
        }
    }

    private static func trimmed(_ line: String) -> String {
        String(line.reversed().drop { $0 == " " }.reversed())
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
