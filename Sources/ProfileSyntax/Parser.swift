/// Parses profile text into a `SyntaxTree`, collecting every problem and carrying on after each.
///
/// The language is line-oriented: a line is blank, a comment (`#`), a top-level keyword (`hoofd:`,
/// `versie: 2020`), a sub-group header (an indented `name:` inside a part), an item (`- …`), a quote
/// (`> …`), or a continuation of the item above it (indented deeper than its dash). Time is linear in
/// the input.
public struct Parser {
    private let source: SourceFile
    private var tree = SyntaxTree()
    private var diagnostics: [Diagnostic] = []
    private var pendingComments: [CommentNode] = []
    /// The part lines are added to; nil before the first part, after metadata, or after an unknown keyword.
    private var part: Int?
    private var group: Int?
    /// The last item or quote, which an indented plain line continues.
    private var open: (isItem: Bool, indent: Int)?
    /// Where the open entry's text has its last `[` (a UTF-8 offset), so that a continuation line ending in
    /// `]` is checked against the marker it may complete without scanning the whole entry again.
    private var openBracket: Int?
    /// Set after an unknown top-level keyword: its block is skipped without further errors.
    private var skippingUnknownBlock = false

    /// How many diagnostics of one code one line shows; the rest are summed up in one more.
    public static let repeatsShownPerLine = 3
    /// The current line's diagnostics, collected by `report` and kept by `finishLine`.
    private var lineDiagnostics: [Diagnostic] = []
    /// Suggestions for misspelt keywords and markers, worked out once per word.
    private let keywordSuggestions = SuggestionCache(Keywords.topLevelWords)
    private let markerSuggestions = SuggestionCache(Keywords.markerWords)
    /// Repeats on the current line that were counted but never made into diagnostics, by code.
    private var uncountedRepeats: [String: Int] = [:]

    /// Parses `source`; the diagnostics are in source order.
    public static func parse(_ source: SourceFile) -> (tree: SyntaxTree, diagnostics: [Diagnostic]) {
        var parser = Parser(source: source)
        for (index, line) in source.lines.enumerated() {
            parser.read(line, number: index + 1)
            parser.finishLine()
        }
        parser.tree.trailingComments = parser.pendingComments
        return (parser.tree, parser.diagnostics)
    }

    private init(source: SourceFile) { self.source = source }

    /// Bytes that never occur in a keyword or group name: `[`, `]`, `#`, `>`, `"`.
    private static let notInKeys: Set<UInt8> = [0x5B, 0x5D, 0x23, 0x3E, 0x22]

    private mutating func read(_ line: Substring, number: Int) {
        let content = line.trimmingSpaces()
        let indent = line.column(of: content.startIndex)
        guard let first = content.utf8.first else { open = nil; return }
        reportControlCharacters(in: line, indent: indent, contentLength: content.scalarLength, isComment: first == 0x23, number: number)
        // The line kinds are told apart by their first byte: '#', '-' and '>' are ASCII.
        if first == 0x23 {
            var text = content.dropFirst()
            if text.utf8.first == 0x20 { text = text.dropFirst() }
            pendingComments.append(CommentNode(text: String(text), span: span(content, in: line, number)))
            open = nil
            return
        }
        if let open, indent > open.indent, first != 0x2D, first != 0x3E {
            continueEntry(content, isItem: open.isItem, line: line, number: number)
            return
        }
        switch first {
        case 0x2D: readEntry(content, isItem: true, indent: indent, line: line, number: number)
        case 0x3E: readEntry(content, isItem: false, indent: indent, line: line, number: number)
        default:
            if indent == 0, let (keyword, key, value) = Self.keyedSource(content) {
                readKeyword(keyword, value: value, line: line, number: number, sourceKey: key)
            } else if let colon = content.utf8.firstIndex(of: 0x3A), !content.utf8[..<colon].contains(where: { Self.notInKeys.contains($0) }) {
                let key = content[..<colon].trimmingSpaces()
                let value = content[content.utf8.index(after: colon)...].trimmingSpaces()
                if indent == 0 {
                    readKeyword(key, value: value, line: line, number: number)
                } else {
                    readGroup(key, value: value, indent: indent, line: line, number: number)
                }
            } else {
                readStrayText(content, indent: indent, line: line, number: number)
            }
        }
    }

    // MARK: Top level

    /// `bron [kracht2021]: text` split into keyword, the key in brackets, and the value; nil for any other line.
    private static func keyedSource(_ content: Substring) -> (Substring, Substring, Substring)? {
        guard let open = content.utf8.firstIndex(of: 0x5B), let close = content.utf8[open...].firstIndex(of: 0x5D),
              let colon = content.utf8[close...].firstIndex(of: 0x3A) else { return nil }
        let keyword = content[..<open].trimmingSpaces()
        guard !keyword.isEmpty, !keyword.utf8.contains(where: { notInKeys.contains($0) || $0 == 0x3A || $0 == 0x20 }),
              content[content.utf8.index(after: close)..<colon].trimmingSpaces().isEmpty else { return nil }
        return (keyword, content[content.utf8.index(after: open)..<close].trimmingSpaces(), content[content.utf8.index(after: colon)...].trimmingSpaces())
    }

    /// Reads a top-level line; `spanOf` is the span of the keyword as written when `key` is a suggested
    /// replacement for it; `sourceKey` the key in `bron [key]: …`.
    private mutating func readKeyword(_ key: Substring, value: Substring, line: Substring, number: Int, spanOf written: SourceSpan? = nil,
                                      sourceKey: Substring? = nil) {
        open = nil
        group = nil
        skippingUnknownBlock = false
        let keySpan = written ?? span(key, in: line, number)
        if let sourceKey {
            let field = Keywords.metadataField(String(key))
            if field != .source {
                report(.error, Codes.badSourceKey, "only a source takes a key in brackets", span(sourceKey, in: line, number),
                       label: "key on `\(key)`", help: "write `\(key): …` without the key, or `bron [\(sourceKey)]: …` for a source")
            } else if !SourceKey.isValid(sourceKey) {
                report(.error, Codes.badSourceKey, "`\(sourceKey)` is not a source key", span(sourceKey, in: line, number), label: "not a key",
                       help: "use lowercase letters, digits and single hyphens, for instance `bron [kracht2021]: …`")
            } else if let first = tree.metadata.first(where: { $0.sourceKey == String(sourceKey) }) {
                report(.error, Codes.badSourceKey, "source key `\(sourceKey)` is used twice", span(sourceKey, in: line, number),
                       label: "second `\(sourceKey)`", help: "give each source a key of its own; line \(first.keywordSpan.line) has the first")
            }
        }
        if let kind = Keywords.part(String(key)) {
            var node = PartNode(kind: kind, keyword: String(key), keywordSpan: keySpan, comments: takeComments())
            node.notResearched = Keywords.isNotResearched(value)
            tree.parts.append(node)
            part = tree.parts.count - 1
            guard !value.isEmpty, !node.notResearched else { return }
            if kind != .passion {
                report(.error, Codes.partWithValue, "`\(key)` takes its items on the lines below, not after the colon",
                       span(value, in: line, number), label: "text after a part keyword",
                       help: "move it to its own line: `  - \(value)`")
            }
            addItem(value, line: line, number: number, indent: 0)
        } else if let field = Keywords.metadataField(String(key)) {
            part = nil
            if value.isEmpty {
                report(.error, Codes.missingValue, "`\(key)` has no value", keySpan, label: "value missing after this",
                       help: "write the value after the colon, for instance `\(key): …`")
            }
            let validKey = sourceKey.flatMap { field == .source && SourceKey.isValid($0) ? $0 : nil }
            tree.metadata.append(MetadataNode(field: field, keyword: String(key), keywordSpan: keySpan,
                                              sourceKey: validKey.map(String.init), sourceKeySpan: validKey.map { span($0, in: line, number) },
                                              value: String(value), valueSpan: value.isEmpty ? keySpan : span(value, in: line, number),
                                              comments: takeComments()))
        } else {
            let suggestion = keywordSuggestions.closest(to: key)
            guard let suggestion else {
                part = nil
                skippingUnknownBlock = true
                return report(.error, Codes.unknownKeyword, "unknown keyword `\(key)`", keySpan, label: "not a keyword",
                              help: "parts are hoofd, handen, hart, mond, buik, voeten, passie, omgeving (or head, hands, heart, mouth, gut, feet, passion, environment); indent a line to make it a sub-group")
            }
            // A close misspelling: read the line as the keyword it was meant to be, so that the errors in its
            // block are reported now rather than after the fix, and no follow-on "missing part" appears.
            // The error stays, so nothing is ever written from this reading.
            report(.error, Codes.unknownKeyword, "unknown keyword `\(key)`", keySpan, label: "not a keyword",
                   help: "did you mean `\(suggestion)`? (read as `\(suggestion)` meanwhile)")
            readKeyword(Substring(suggestion), value: value, line: line, number: number, spanOf: keySpan)
        }
    }

    private mutating func readGroup(_ name: Substring, value: Substring, indent: Int, line: Substring, number: Int) {
        open = nil
        guard let part else { return reportOutsidePart("sub-group", span(name, in: line, number)) }
        let nameSpan = span(name, in: line, number)
        if tree.parts[part].kind == .passion {
            report(.error, Codes.misplacedGroup, "`passie` cannot hold sub-groups", nameSpan, label: "sub-group in passie",
                   help: "write the one passion on the keyword line: `passie: …`")
        } else if let group, indent > tree.parts[part].groups[group].indent {
            report(.error, Codes.misplacedGroup, "sub-groups cannot be nested", nameSpan, label: "nested in `\(tree.parts[part].groups[group].name)`",
                   help: "indent `\(name):` as far as `\(tree.parts[part].groups[group].name):`")
        }
        tree.parts[part].groups.append(GroupNode(name: String(name), nameSpan: nameSpan, indent: indent, comments: takeComments()))
        group = tree.parts[part].groups.count - 1
        if !value.isEmpty {
            report(.error, Codes.partWithValue, "sub-group `\(name)` takes its items on the lines below", span(value, in: line, number),
                   label: "text after a sub-group name", help: "move it to its own line: `- \(value)`")
            addItem(value, line: line, number: number, indent: indent + 1)
        }
    }

    private mutating func readStrayText(_ content: Substring, indent: Int, line: Substring, number: Int) {
        open = nil
        guard !skippingUnknownBlock else { return }
        let word = content.prefix { $0.isLetter }
        let isKeyword = word.count == content.count && (Keywords.part(String(word)) != nil || Keywords.metadataField(String(word)) != nil)
        report(.error, Codes.unexpectedLine, "expected a keyword, an item or a quote", span(content, in: line, number),
               label: isKeyword ? "keyword without a colon" : "plain text",
               help: isKeyword ? "add a colon: `\(content):`" : (part == nil ? "start the line with a keyword, for instance `hoofd:`"
                                                                  : "start an item with `- ` or a quote with `> `"))
    }

    // MARK: Entries

    /// An item (`- …`) or a quote (`> …`) line.
    private mutating func readEntry(_ content: Substring, isItem: Bool, indent: Int, line: Substring, number: Int) {
        let what = isItem ? "item" : "quote"
        guard part != nil else { return reportOutsidePart(what, span(content, in: line, number)) }
        enterGroup(forIndent: indent)
        let body = content.dropFirst().trimmingSpaces()
        guard !body.isEmpty else {
            open = nil
            return report(.error, Codes.emptyEntry, "\(what) has no text", span(content, in: line, number), label: "empty \(what)",
                          help: isItem ? "write the item after the dash, or remove the line"
                                       : "write the quote after `>`, for instance `> \"…\" — a practitioner`")
        }
        if isItem {
            addItem(body, line: line, number: number, indent: indent)
        } else {
            let parsed = ItemText(body, in: line, lineNumber: number, file: source.path, isQuote: true, suggestions: markerSuggestions)
            lineDiagnostics += parsed.diagnostics
            let (text, attribution) = QuoteText.split(parsed.text)
            let quote = QuoteNode(text: text, attribution: attribution, citations: parsed.citations, paraphrase: parsed.paraphrase,
                                  span: span(content, in: line, number), comments: takeComments())
            modifyEntries { $0.quotes.append(quote) }
            open = (false, indent)
            openBracket = text.utf8.withBytes { $0.lastIndex(of: 0x5B) }
        }
    }

    private mutating func addItem(_ body: Substring, line: Substring, number: Int, indent: Int) {
        let parsed = ItemText(body, in: line, lineNumber: number, file: source.path, suggestions: markerSuggestions)
        lineDiagnostics += parsed.diagnostics
        if parsed.text.trimmingSpaces().isEmpty {
            report(.error, Codes.emptyEntry, "item has no text, only markers", span(body, in: line, number), label: "markers without a statement",
                   help: "write the statement before its markers, for instance `- Data lezen [nieuw] #data`")
        }
        let dash = line.index(body.startIndex, offsetBy: -2, limitedBy: line.startIndex) ?? line.startIndex
        let item = ItemNode(text: String(parsed.text), trend: parsed.trend, isCore: parsed.isCore, id: parsed.id,
                            citations: parsed.citations, sketch: parsed.sketch, potential: parsed.potential,
                            span: span(line[dash..<line.endIndex].trimmingSpaces(), in: line, number),
                            textSpan: span(parsed.text, in: line, number), comments: takeComments())
        modifyEntries { $0.items.append(item) }
        open = (true, indent)
        openBracket = item.text.utf8.withBytes { $0.lastIndex(of: 0x5B) }
    }

    /// Appends an indented line to the item or quote above it.
    private mutating func continueEntry(_ content: Substring, isItem: Bool, line: Substring, number: Int) {
        if isItem {
            let parsed = ItemText(content, in: line, lineNumber: number, file: source.path, suggestions: markerSuggestions)
            lineDiagnostics += parsed.diagnostics
            var joined = "", start = 0
            modifyEntries { entries in
                let last = entries.items.count - 1
                start = entries.items[last].text.utf8.count
                // A line of markers only adds no text: joined with a space, it would leave the item's text
                // ending in one, which its canonical line could not keep (a finding of CI's fuzz run).
                if !parsed.text.isEmpty {
                    entries.items[last].text += entries.items[last].text.isEmpty ? String(parsed.text) : " " + parsed.text
                }
                joined = entries.items[last].text
                if let trend = parsed.trend { entries.items[last].trend = trend }
                if parsed.isCore { entries.items[last].isCore = true }
                if let id = parsed.id { entries.items[last].id = id }
                entries.items[last].citations += parsed.citations
                if parsed.sketch { entries.items[last].sketch = true }
                if parsed.potential { entries.items[last].potential = true }
            }
            noteBracket(in: joined, from: start)
            if parsed.text.utf8.last == 0x5D { reportMarkersAcrossLines(joined, bracket: openBracket, isItem: true, line: line, number: number) }
        } else {
            let parsed = ItemText(content, in: line, lineNumber: number, file: source.path, isQuote: true, suggestions: markerSuggestions)
            lineDiagnostics += parsed.diagnostics
            let (text, attribution) = QuoteText.split(parsed.text)
            var joined = "", start = 0
            modifyEntries { entries in
                let last = entries.quotes.count - 1
                start = entries.quotes[last].text.utf8.count
                entries.quotes[last].text = QuoteText.unquoted(Substring(entries.quotes[last].text + " " + text))
                joined = entries.quotes[last].text
                if let attribution { entries.quotes[last].attribution = attribution }
                entries.quotes[last].citations += parsed.citations
                if parsed.paraphrase { entries.quotes[last].paraphrase = true }
            }
            noteBracket(in: joined, from: min(start, joined.utf8.count))
            // The canonical line is `"text" — attribution [markers]`: a `[` in the attribution is the nearest.
            if (attribution ?? text).utf8.last == 0x5D {
                let lead = joined + (attribution == nil ? "" : " — ")
                let bracket = attribution.flatMap { $0.utf8.lastIndex(of: 0x5B).map { [attribution] in lead.utf8.count + attribution!.utf8.distance(from: attribution!.startIndex, to: $0) } } ?? openBracket
                reportMarkersAcrossLines(lead + (attribution ?? ""), bracket: bracket, isItem: false, line: line, number: number)
            }
        }
    }

    /// Records the last `[` of `text` at or after the UTF-8 offset `start` (the part just appended), if any.
    private mutating func noteBracket(in text: String, from start: Int) {
        let appended = text.utf8[text.utf8.index(text.startIndex, offsetBy: start)...]
        if let last = appended.lastIndex(of: 0x5B) { openBracket = text.utf8.distance(from: text.startIndex, to: last) }
    }

    /// An entry continued over lines is one line in the canonical layout: when its joined text ends in what
    /// that line would read as a marker or an id (`… [bron: a` on one line, `b]` on the next), `fmt` could
    /// not write it without changing it, so it is an error (`S023`) here, at the line that completes it.
    private mutating func reportMarkersAcrossLines(_ joined: String, bracket: Int?, isItem: Bool, line: Substring, number: Int) {
        guard let bracket, bracket < joined.utf8.count else { return }
        // Only the end of the text can hold markers, and the last `[` is where the last one would begin.
        let tail = Substring(joined)[joined.utf8.index(joined.startIndex, offsetBy: bracket)...]
        let reread = ItemText(tail, in: tail, lineNumber: number, file: source.path, isQuote: !isItem, suggestions: markerSuggestions)
        guard reread.text.utf8.count != tail.utf8.count else { return }
        openBracket = nil  // reported once for the entry
        report(.error, Codes.changesInLanguage, "the \(isItem ? "item" : "quote")'s lines, joined, end in what reads as a marker or an id",
               span(line.trimmingSpaces(), in: line, number), label: "completes a marker begun on an earlier line",
               help: "keep each marker (`[…]`, `#id`) whole on one line, or end the text otherwise")
    }

    /// Changes the entries of the open sub-group, or of the part when no group is open.
    private mutating func modifyEntries(_ change: (inout EntryList) -> Void) {
        guard let part else { return }
        if let group { change(&tree.parts[part].groups[group].entries) } else { change(&tree.parts[part].entries) }
    }

    /// An entry belongs to the open sub-group when it is indented deeper than the group's header.
    private mutating func enterGroup(forIndent indent: Int) {
        if let part, let current = group, indent <= tree.parts[part].groups[current].indent { group = nil }
    }

    // MARK: Helpers

    /// Keeps the line's diagnostics in column order, at most `repeatsShownPerLine` of each code, and
    /// folds the others of that code into one that says how many it stands for (`… and 99997 more like
    /// this on line 7`): a line of a hundred thousand bad markers reads as four diagnostics, not a
    /// screenful, and still fails the check.
    private mutating func finishLine() {
        guard !lineDiagnostics.isEmpty else { return }
        defer { lineDiagnostics.removeAll(keepingCapacity: true); uncountedRepeats = [:] }
        guard lineDiagnostics.count > Self.repeatsShownPerLine else { return diagnostics += lineDiagnostics.sortedByLocation() }
        var counts: [String: Int] = [:]
        var summaries: [String: Int] = [:]
        for diagnostic in lineDiagnostics.sortedByLocation() {
            let count = counts[diagnostic.code, default: 0] + 1
            counts[diagnostic.code] = count
            if count == Self.repeatsShownPerLine + 1 { summaries[diagnostic.code] = diagnostics.count }
            if count <= Self.repeatsShownPerLine + 1 { diagnostics.append(diagnostic) }
        }
        for (code, index) in summaries {
            let more = counts[code]! + uncountedRepeats[code, default: 0] - Self.repeatsShownPerLine
            diagnostics[index].message = "… and \(more) more like this on line \(diagnostics[index].span?.line ?? 0)"
            diagnostics[index].label = "the first of \(more) more"
            diagnostics[index].help = "fix the ones before it; the same problem repeats further along the line"
        }
    }

    /// Reports tabs in the indentation (`S020`) and control characters anywhere (`S021`); a tab between
    /// words is a control character too, but one in a comment or in trailing space changes nothing.
    private mutating func reportControlCharacters(in line: Substring, indent: Int, contentLength: Int, isComment: Bool, number: Int) {
        // Hits in indentation (S020) and in text (S021), counted apart; past what the line will show, a hit
        // is only counted: a line of millions costs no diagnostics, and no hashing per hit.
        var seen = (indentation: 0, text: 0)
        for hit in ControlCharacters.scan(line) {
            let isTab = hit.scalar == "\t"
            let inIndentation = isTab && hit.column < indent
            let code = inIndentation ? Codes.tabIndentation : Codes.controlCharacter
            if isTab, !inIndentation, isComment || hit.column >= indent + contentLength { continue }
            let count: Int
            if inIndentation { seen.indentation += 1; count = seen.indentation } else { seen.text += 1; count = seen.text }
            guard count <= Self.repeatsShownPerLine + 1 else { continue }
            let at = SourceSpan(line: number, column: hit.column + 1, length: 1)
            if code == Codes.tabIndentation {
                report(.error, code, "tab in indentation", at, label: "tab",
                       help: "indent with spaces only: a tab counts as one column, so this line may not nest where it appears to")
            } else if isTab {
                report(.error, code, "tab inside text", at, label: "tab", help: "replace the tab with a space")
            } else {
                report(.error, code, "control character \(ControlCharacters.name(of: hit.scalar)) in text", at,
                       label: "invisible character", help: "remove it: profile text holds no control characters")
            }
        }
        let shown = Self.repeatsShownPerLine + 1
        if seen.indentation > shown { uncountedRepeats[Codes.tabIndentation.id, default: 0] += seen.indentation - shown }
        if seen.text > shown { uncountedRepeats[Codes.controlCharacter.id, default: 0] += seen.text - shown }
    }

    private mutating func reportOutsidePart(_ what: String, _ span: SourceSpan) {
        open = nil
        guard !skippingUnknownBlock else { return }
        report(.error, Codes.outsidePart, "\(what) outside a part", span, label: "no part above this line",
               help: "put a part keyword such as `handen:` on the line above")
    }

    private mutating func takeComments() -> [CommentNode] {
        defer { pendingComments = [] }
        return pendingComments
    }

    private mutating func report(_ severity: Severity, _ code: DiagnosticCode, _ message: String, _ span: SourceSpan,
                                 label: String? = nil, help: String? = nil) {
        lineDiagnostics.append(Diagnostic(severity, code, message, file: source.path, span: span, label: label, help: help))
    }

    private func span(_ piece: Substring, in line: Substring, _ number: Int) -> SourceSpan {
        SourceSpan(line: number, column: line.column(of: piece.startIndex) + 1, length: piece.scalarLength)
    }
}
