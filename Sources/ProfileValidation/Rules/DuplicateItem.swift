import ProfileModel
import ProfileSyntax

/// `V008`: the same item twice in one part (after folding case, punctuation and diacritics).
public struct DuplicateItem: ProfileRule {
    public let code = DiagnosticCode(
        "V008", "duplicate-item", summary: "A part holds the same item twice (ignoring case, punctuation and diacritics).",
        bad: "hoofd:\n  - Kennis van wetgeving\n  - kennis van wetgeving.", good: "hoofd:\n  - Kennis van wetgeving")

    public func check(_ profile: Profile, file: String) -> [Diagnostic] {
        profile.parts.flatMap { part in
            var seen: [[UInt32]: Item] = [:]
            return part.allItems.compactMap { item -> Diagnostic? in
                let key = TextNormalization.foldedScalars(item.text)
                guard let first = seen[key] else { seen[key] = item; return nil }
                return Diagnostic(.error, code, "item appears twice in `\(part.kind.keyword(profile.effectiveLanguage))`", file: file,
                                  span: item.origin.span, label: "duplicate",
                                  help: "remove it" + (first.origin.span.map { "; line \($0.line) has the same item" } ?? ""))
            }
        }
    }
}
