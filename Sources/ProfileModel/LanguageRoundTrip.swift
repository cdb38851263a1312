import ProfileSyntax

/// Checks that a profile read from JSON means the same once written in the language (`S023`).
///
/// `import` writes a JSON profile with `ProfileFormatter`, and every later command reads that text with
/// the language's reader, so a value the language reads otherwise (an item ending in `[groeit]` or `#id`,
/// a line break in a comment, a group name with a colon) would change the profile, or make the file
/// fail, after `import`. Writing the profile and reading it back applies every rule of the language as
/// it stands, without a second copy of any; each value that comes back different is reported where the
/// JSON holds it.
struct LanguageRoundTrip {
    /// The `S023` errors for `profile`, read from the JSON file `file` whose root object is at `root`.
    static func diagnostics(_ profile: Profile, file: String, root: SourceSpan) -> [Diagnostic] {
        // Read as bytes, as a later command reads the written file: a NUL or the size limit counts too.
        let written = ProfileLoader.load(path: "\(file).\(ProfileLoader.fileExtension)", bytes: Array(ProfileFormatter.format(profile).utf8))
        var check = LanguageRoundTrip(file: file, root: root)
        guard let read = written.profile else {
            check.report("the profile", nil, help: "in the language: " + (written.diagnostics.first?.message ?? "it does not read"))
            return check.found
        }
        check.metadata(profile, read)
        let parts = ProfileFormatter.canonicalOrder(profile.parts)
        for (part, back) in zip(parts, read.parts) where part != back { check.part(part, back) }
        // Comments of fields without a value are written at the end, where they read back as closing comments.
        let orphans = profile.fieldComments.keys.sorted().filter { read.fieldComments[$0] == nil }.flatMap { profile.fieldComments[$0]! }
        if orphans + profile.trailingComments != read.trailingComments {
            check.report("the comments at the end of the profile", nil, help: Self.oneLineHelp)
        }
        if check.found.isEmpty, parts.count != read.parts.count || written.diagnostics.hasErrors {
            let error = written.diagnostics.first { $0.severity == .error }
            check.report("the profile", nil, help: error.map { "in the language: \($0.message)" } ?? Self.oneLineHelp)
        }
        return check.found
    }

    private static let oneLineHelp = "the language keeps each text and comment on one line: give each line its own comment, and write text without line breaks"

    /// The metadata fields whose values are compared, with how to get each.
    private static let fields: [(MetadataField, @Sendable (Profile) -> AnyHashable?)] = [
        (.title, \.title), (.slug, \.slug), (.sector, \.sector), (.region, \.region), (.version, \.version),
        (.supersedes, \.supersedes), (.language, \.language), (.source, \.sources), (.evidence, \.evidence), (.isco, \.isco),
        (.esco, \.esco), (.license, \.license),
    ]

    private let file: String
    private let root: SourceSpan
    private var found: [Diagnostic] = []

    private init(file: String, root: SourceSpan) {
        self.file = file
        self.root = root
    }

    private mutating func metadata(_ profile: Profile, _ read: Profile) {
        for (field, value) in Self.fields where value(profile) != value(read) {
            report("the value of \"\(field.rawValue)\"", profile.fieldOrigins[field]?.span,
                   help: "the language reads the line as `\(field.keyword(profile.effectiveLanguage)): \(Self.shown(value(read)))`; write the value on one line, without spaces at its ends")
        }
        // A key only `profile` has is a field without a value: its comments move to the end (checked there).
        for key in read.fieldComments.keys.sorted() where profile.fieldComments[key] != read.fieldComments[key] {
            report("the comments of \"\(key)\"", MetadataField(rawValue: key).flatMap { profile.fieldOrigins[$0] }?.span, help: Self.oneLineHelp)
        }
    }

    private mutating func part(_ part: Part, _ back: Part) {
        let before = found.count
        if part.comments != back.comments { report("the comments of part `\(part.kind.rawValue)`", part.origin.span, help: Self.oneLineHelp) }
        entries(part.items, part.quotes, back.items, back.quotes, at: part.origin.span)
        for (group, backGroup) in zip(part.groups, back.groups) where group != backGroup {
            if group.name != backGroup.name {
                report("the group name `\(Self.shown(group.name))`", group.origin.span,
                       help: "the language reads a group line up to its first colon; leave `:`, `[`, `]`, `#`, `>` and `\"` out of a group name")
            } else if group.comments != backGroup.comments {
                report("the comments of group `\(Self.shown(group.name))`", group.origin.span, help: Self.oneLineHelp)
            } else {
                entries(group.items, group.quotes, backGroup.items, backGroup.quotes, at: group.origin.span)
            }
        }
        if found.count == before { report("part `\(part.kind.rawValue)`", part.origin.span, help: Self.oneLineHelp) }
    }

    private mutating func entries(_ items: [Item], _ quotes: [Quote], _ backItems: [Item], _ backQuotes: [Quote], at span: SourceSpan?) {
        for (item, back) in zip(items, backItems) where item != back {
            let markers = (item.trend, item.core, item.id) != (back.trend, back.core, back.id)
            report("the item `\(Self.shown(item.text))`", item.origin.span,
                   help: markers ? "the language reads `[…]` or `#…` at the end of an item as a marker or an id: write it in \"trend\", \"core\" or \"id\", or end the text otherwise"
                         : item.comments != back.comments ? Self.oneLineHelp
                         : "the language reads it as `\(Self.shown(back.text))`; write the text on one line, without spaces at its ends")
        }
        for (quote, back) in zip(quotes, backQuotes) where quote != back {
            report("the quote `\(Self.shown(quote.text))`", quote.origin.span,
                   help: "the language reads it as `\(Self.shown(back.text))`" + (back.attribution.map { " — \(Self.shown($0))" } ?? "")
                       + "; keep the quote on one line, and its attribution in \"attribution\"")
        }
    }

    /// Reports that `what` reads otherwise in the language, at `span` or else at the root object.
    private mutating func report(_ what: String, _ span: SourceSpan?, help: String) {
        found.append(Diagnostic(.error, Codes.changesInLanguage, "\(what) would read otherwise in the language form", file: file,
                                span: span ?? root, label: "changes when written as a .beroep", help: help))
    }

    /// A value for a message: on one line, at most 60 characters.
    private static func shown(_ value: Any?) -> String {
        let text = value.map { "\($0)" } ?? ""
        let line = String(text.map { $0.isNewline ? " " : $0 })
        return line.count > 60 ? line.prefix(59) + "…" : line
    }
}
