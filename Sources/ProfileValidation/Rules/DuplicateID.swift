import ProfileModel
import ProfileSyntax

/// `V017`: two items share an id.
public struct DuplicateID: ProfileRule {
    public let code = DiagnosticCode(
        "V017", "duplicate-id", summary: "Two items share an id; ids must be unique so later versions can follow one item.",
        bad: "  - Sensordata lezen #data\n  - Data-analyse #data", good: "  - Sensordata lezen #sensordata\n  - Data-analyse #data-analyse")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let file = context.file
        // Where each id was first written (not the item: storing a copy of each would retain all its text).
        var seen: [String: SourceSpan?] = [:]
        return context.items.compactMap { item in
            guard let id = item.id else { return nil }
            guard let first = seen[id] else { seen[id] = item.origin.span; return nil }
            return Diagnostic(.error, code, "id `#\(id)` is used twice", file: file, span: item.origin.span, label: "second `#\(id)`",
                              help: "give this item an id of its own" + (first.map { "; line \($0.line) has the first" } ?? ""))
        }
    }
}
