import ProfileModel
import ProfileSyntax

/// `V010`: an item too long to read on a poster.
public struct ItemTooLong: ProfileRule {
    /// The longest item, in characters, that still reads as one statement on a poster.
    public static let limit = 110

    public let code = DiagnosticCode(
        "V010", "item-too-long", summary: "An item is longer than 110 characters: too long for a poster box.",
        bad: "  - Het kunnen toepassen van de nieuwste inzichten uit de plantfysiologie, de klimaatregeling en de gewasbescherming in de dagelijkse praktijk",
        good: "  - Plantfysiologie, klimaat en gewasbescherming toepassen")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let file = context.file
        return context.items.filter { $0.text.utf8.count > Self.limit && $0.text.count > Self.limit }.map { item in
            Diagnostic(.warning, code, "item has \(item.text.count) characters, more than \(Self.limit)", file: file, span: item.origin.span,
                       label: "too long for a poster line", help: "shorten it, or split it into two items")
        }
    }
}
