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
        return zip(profile.parts, zip(zip(context.partItems, context.foldedItems), context.distinctItems)).flatMap { part, entries -> [Diagnostic] in
            let ((items, folded), distinct) = entries
            // Each distinct text is compared once; equal texts are V008's, not near-duplicates.
            let (textOf, firstItem) = (distinct.textOf, distinct.first)
            // For each distinct text, the first item of any other text that is alike enough: an item is
            // reported when such an item stands before it.
            var earliestAlike = [Int](repeating: .max, count: firstItem.count)
            for (a, b) in SimilarPairs.find(folded: firstItem.map { folded[$0] }, threshold: Self.threshold) {
                earliestAlike[a] = min(earliestAlike[a], firstItem[b])
                earliestAlike[b] = min(earliestAlike[b], firstItem[a])
            }
            return items.indices.compactMap { later -> Diagnostic? in
                let earlier = earliestAlike[textOf[later]]
                guard earlier < later else { return nil }
                let similarity = TextSimilarity(folded: folded[earlier]).similarity(to: TextSimilarity(folded: folded[later]))
                let line = items[earlier].origin.span.map { " on line \($0.line)" } ?? ""
                return Diagnostic(.warning, code, "item is nearly the same as another in `\(part.kind.keyword(profile.effectiveLanguage))`",
                                  file: file, span: items[later].origin.span,
                                  label: "\(Int((similarity * 100).rounded()))% alike \"\(items[earlier].text)\"\(line)",
                                  help: "merge the two items, or make the difference explicit")
            }
        }
    }
}
