import ProfileModel
import ProfileSyntax

/// `V016`: template text that was never filled in.
public struct PlaceholderText: ProfileRule {
    static let markers = ["TODO", "…", "..."]

    public let code = DiagnosticCode(
        "V016", "placeholder-text", summary: "Text still holds a placeholder (TODO, …) from the template.",
        bad: "bron: TODO auteur (jaar), titel", good: "bron: Biemans et al. (2021), De kracht van verbinding!")

    public func check(_ profile: Profile, file: String) -> [Diagnostic] {
        var found: [(String, SourceSpan?)] = [(profile.title, profile.fieldOrigins[.title]?.span)]
        found += profile.sources.map { ($0, profile.fieldOrigins[.source]?.span) }
        for part in profile.parts {
            found += part.allItems.map { ($0.text, $0.origin.span) } + part.allQuotes.map { ($0.text, $0.origin.span) }
        }
        return found.filter { text, _ in Self.markers.contains { text.utf8.contains(bytes: $0.utf8) } }.map { text, span in
            Diagnostic(.warning, code, "text still holds a placeholder", file: file, span: span, label: "placeholder",
                       help: "replace the placeholder with what the research found")
        }
    }
}

extension String.UTF8View {
    /// Whether these bytes contain `needle` as a run: a plain byte search, far cheaper than `String.contains`.
    func contains(bytes needle: String.UTF8View) -> Bool {
        guard let first = needle.first, count >= needle.count else { return false }
        var index = startIndex
        while let found = self[index...].firstIndex(of: first) {
            if self[found...].starts(with: needle) { return true }
            index = self.index(after: found)
        }
        return false
    }
}
