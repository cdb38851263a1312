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
        return found.filter { text, _ in Self.markers.contains { text.contains($0) } }.map { text, span in
            Diagnostic(.warning, code, "text still holds a placeholder", file: file, span: span, label: "placeholder",
                       help: "replace the placeholder with what the research found")
        }
    }
}
