import ProfileSyntax

/// Formatting that proves itself: the canonical text is handed out only when reading it back gives the
/// profile it came from. `fmt` and `import` write nothing they could not read back.
public enum FormatCheck {
    /// Why a profile's canonical text cannot stand in for it.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The text does not parse cleanly; the diagnostics say why.
        case unreadable([Diagnostic])
        /// The text parses, but into a profile with another meaning (or other comments).
        case changed

        public var description: String {
            switch self {
            case .unreadable(let diagnostics):
                "its canonical text would not read back (\(diagnostics.first.map { "\($0.code): \($0.message)" } ?? "no profile"))"
            case .changed: "its canonical text would read back as a different profile"
            }
        }
    }

    /// The canonical text of `profile`, after checking that it parses without errors into an equal
    /// profile whose comments are the same lines in the same order. `path` names the text in diagnostics.
    public static func format(_ profile: Profile, path: String) -> Result<String, Failure> {
        let text = ProfileFormatter.format(profile)
        let back = ProfileLoader.parse(SourceFile(path: path, text: text))
        guard let reread = back.profile, !back.diagnostics.hasErrors else { return .failure(.unreadable(back.diagnostics.filter { $0.severity == .error })) }
        guard reread.withoutComments == profile.withoutComments, reread.allComments == profile.allComments else { return .failure(.changed) }
        return .success(text)
    }
}

extension Profile {
    /// The profile with every comment taken out and its parts in the canonical order: what it says,
    /// without the notes on how it is written.
    public var withoutComments: Profile {
        var copy = self
        copy.fieldComments = [:]
        copy.trailingComments = []
        copy.parts = ProfileFormatter.canonicalOrder(parts).map { part in
            var part = part
            part.comments = []
            part.items = part.items.map(\.withoutComments)
            part.quotes = part.quotes.map(\.withoutComments)
            part.groups = part.groups.map { group in
                var group = group
                group.comments = []
                group.items = group.items.map(\.withoutComments)
                group.quotes = group.quotes.map(\.withoutComments)
                return group
            }
            return part
        }
        return copy
    }

    /// Every comment line of the profile, sorted: the formatter may move a comment (one above a field
    /// with no value goes to the end), but never drop or change one.
    public var allComments: [String] {
        var lines = fieldComments.values.flatMap { $0 } + trailingComments
        for part in parts {
            lines += part.comments + part.items.flatMap(\.comments) + part.quotes.flatMap(\.comments)
            for group in part.groups { lines += group.comments + group.items.flatMap(\.comments) + group.quotes.flatMap(\.comments) }
        }
        return lines.sorted()
    }
}

extension Item {
    fileprivate var withoutComments: Item { var copy = self; copy.comments = []; return copy }
}

extension Quote {
    fileprivate var withoutComments: Quote { var copy = self; copy.comments = []; return copy }
}
