import ProfileModel
import ProfileSyntax

/// `V016`: template text that was never filled in.
public struct PlaceholderText: ProfileRule {
    public let code = DiagnosticCode(
        "V016", "placeholder-text", summary: "Text still holds a placeholder (TODO, or … outside a quote, where it marks words left out) from the template.",
        bad: "bron: TODO auteur (jaar), titel", good: "bron: Biemans et al. (2021), De kracht van verbinding!")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        var found: [(String, SourceSpan?)] = [(profile.title, profile.fieldOrigins[.title]?.span)]
        found += profile.sources.map { ($0.text, $0.origin.span) }
        found += context.items.map { ($0.text, $0.origin.span) }
        // In a quote, "…" marks words left out of what was said; only TODO is a placeholder there.
        let quotes = profile.parts.flatMap(\.allQuotes).filter { $0.text.utf8.containsPlaceholder(ellipsis: false) }
        return (found.filter { text, _ in text.utf8.containsPlaceholder(ellipsis: true) } + quotes.map { ($0.text, $0.origin.span) }).map { text, span in
            Diagnostic(.warning, code, "text still holds a placeholder", file: file, span: span, label: "placeholder",
                       help: "replace the placeholder with what the research found")
        }
    }
}

extension String.UTF8View {
    /// Whether the text holds "TODO", or, with `ellipsis`, "..." or "…", in one pass over its bytes.
    func containsPlaceholder(ellipsis: Bool) -> Bool {
        withBytes { bytes in
            var dots = 0
            var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
            for byte in bytes {
                dots = byte == 0x2E ? dots + 1 : 0
                if dots == 3, ellipsis { return true }
                if previous == (0x54, 0x4F, 0x44) && byte == 0x4F { return true }  // TODO
                if ellipsis, previous.1 == 0xE2 && previous.2 == 0x80 && byte == 0xA6 { return true }  // …
                previous = (previous.1, previous.2, byte)
            }
            return false
        }
    }
}
