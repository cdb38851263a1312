import ProfileModel
import ProfileSyntax

/// `V008`: the same item twice in one part (after folding case, punctuation and diacritics).
public struct DuplicateItem: ProfileRule {
    public let code = DiagnosticCode(
        "V008", "duplicate-item", summary: "A part holds the same item twice (ignoring case, punctuation and diacritics).",
        bad: "hoofd:\n  - Kennis van wetgeving\n  - kennis van wetgeving.", good: "hoofd:\n  - Kennis van wetgeving")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        return zip(profile.parts, zip(context.partItems, context.distinctItems)).flatMap { part, entries in
            let (items, distinct) = entries
            return items.indices.compactMap { later -> Diagnostic? in
                let earlier = distinct.first[distinct.textOf[later]]
                guard earlier < later else { return nil }
                return Diagnostic(.error, code, "item appears twice in `\(part.kind.keyword(profile.effectiveLanguage))`", file: file,
                                  span: items[later].origin.span, label: "duplicate",
                                  help: "remove it" + (items[earlier].origin.span.map { "; line \($0.line) has the same item" } ?? ""))
            }
        }
    }
}
