import ProfileModel
import ProfileSyntax

/// `V009`: two items of one part say almost the same.
public struct NearDuplicateItem: ProfileRule {
    /// Items at least this similar (`TextSimilarity`) but not identical are reported.
    public static let threshold = 0.85

    public let code = DiagnosticCode(
        "V009", "near-duplicate-item", summary: "Two items in a part are nearly the same (similarity 0.85 or more).",
        bad: "handen:\n  - Klanten adviseren over hypotheken\n  - Klanten advies geven over hypotheken",
        good: "handen:\n  - Klanten adviseren over hypotheken")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        return zip(profile.parts, zip(context.partItems, context.foldedItems)).flatMap { part, entries -> [Diagnostic] in
            let (items, folded) = entries
            // Bigram measures are built only for items whose length lets them reach the threshold.
            var measures = [TextSimilarity?](repeating: nil, count: items.count)
            func measure(_ index: Int) -> TextSimilarity {
                if let known = measures[index] { return known }
                let made = TextSimilarity(folded: folded[index])
                measures[index] = made
                return made
            }
            var diagnostics: [Diagnostic] = []
            for later in items.indices {
                for earlier in 0..<later where folded[earlier] != folded[later]
                    && TextSimilarity.bound(folded[earlier].count, folded[later].count) >= Self.threshold {
                    let similarity = measure(earlier).similarity(to: measure(later))
                    guard similarity >= Self.threshold else { continue }
                    let line = items[earlier].origin.span.map { " on line \($0.line)" } ?? ""
                    diagnostics.append(Diagnostic(.warning, code, "item is nearly the same as another in `\(part.kind.keyword(profile.effectiveLanguage))`",
                                                  file: file, span: items[later].origin.span,
                                                  label: "\(Int((similarity * 100).rounded()))% alike \"\(items[earlier].text)\"\(line)",
                                                  help: "merge the two items, or make the difference explicit"))
                    break
                }
            }
            return diagnostics
        }
    }
}
