import ProfileSyntax

/// Builds a `Profile` from a located JSON tree (`JSONReader`), checking every value the language checks
/// with the language's own checks and codes, and every key and type the JSON form defines; each problem
/// is located at the line and column of the key or value it concerns.
struct JSONProfileBuilder {
    let file: String
    private var diagnostics: [Diagnostic] = []

    private init(file: String) { self.file = file }

    /// The profile of `root`, nil when `root` is not an object; and every problem found.
    static func build(_ root: JSONNode, file: String) -> (profile: Profile?, diagnostics: [Diagnostic]) {
        var builder = JSONProfileBuilder(file: file)
        let profile = builder.profile(root)
        return (profile, builder.diagnostics)
    }

    // MARK: Objects of the JSON form

    private mutating func profile(_ node: JSONNode) -> Profile? {
        guard let fields = members(of: node, "the profile", Profile.CodingKeys.self) else { return nil }
        var profile = Profile(title: "")
        for (key, member) in fields {
            let value = member.value
            switch key {
            case .format:
                if let format = string(value, key: key.rawValue), format != Profile.format, format != Profile.previousFormat {
                    report(Codes.invalidJSON, "format `\(format)` is not `\(Profile.format)`", value.span, label: "unknown format",
                           help: "write \"format\": \"\(Profile.format)\", the version of the JSON form this tool writes (it reads \(Profile.previousFormat) too)")
                }
            case .title, .slug, .sector, .region, .version, .supersedes, .language, .isco, .esco, .license:
                // These keys are named as the metadata fields they hold.
                let field = MetadataField(rawValue: key.rawValue)!
                guard let text = string(value, key: key.rawValue) else { continue }
                profile.fieldOrigins[field] = SourceOrigin(value.span)
                if let text = metadata(field, text, key: key.rawValue, value) { profile.set(field, text) }
            case .components:
                profile.fieldOrigins[.combines] = SourceOrigin(value.span)
                profile.components = array(value, key: key.rawValue) { $0.component($1) }
            case .direction:
                profile.fieldOrigins[.direction] = SourceOrigin(value.span)
                profile.direction = enumeration(value, key: "direction", noun: "direction", Codes.badDirection, keywords: [],
                                                synonym: { MetadataValues.direction($0) })
            case .sources:
                // The keys of the sources read so far: `profile.sources` is only set once the whole array is read.
                var keys: [String] = []
                profile.sources = array(value, key: key.rawValue) { builder, element in
                    if profile.fieldOrigins[.source] == nil { profile.fieldOrigins[.source] = SourceOrigin(element.span) }
                    let source = builder.source(element, keys: keys)
                    if let key = source?.key { keys.append(key) }
                    return source
                }
            case .evidence:
                profile.fieldOrigins[.evidence] = SourceOrigin(value.span)
                profile.evidence = evidence(value)
            case .parts:
                profile.parts = array(value, key: key.rawValue) { $0.part($1) }
            case .fieldComments:
                for (field, comments) in members(of: value, "\"fieldComments\"", MetadataField.self) ?? [] {
                    profile.fieldComments[field.rawValue] = self.comments(comments.value)
                }
            case .trailingComments:
                profile.trailingComments = comments(value)
            }
        }
        return profile
    }

    private mutating func part(_ node: JSONNode) -> Part? {
        guard let members = members(of: node, "a part", Part.CodingKeys.self) else { return nil }
        var part = Part(kind: .head)
        var kind: PartKind?
        var groupsSpan: SourceSpan?
        for (key, member) in members {
            let value = member.value
            switch key {
            case .kind:
                kind = enumeration(value, key: "kind", noun: "part kind", Codes.unknownKeyword,
                                   keywords: PartKind.allCases.map { $0.keyword(.nl) }, synonym: Keywords.part)
                part.origin = SourceOrigin(value.span)
            case .items: part.items = array(value, key: key.rawValue) { $0.item($1) }
            case .quotes: part.quotes = array(value, key: key.rawValue) { $0.quote($1) }
            case .groups:
                groupsSpan = value.span
                part.groups = array(value, key: key.rawValue) { $0.group($1) }
            case .notResearched: part.notResearched = boolean(value, key: key.rawValue) ?? false
            case .comments: part.comments = comments(value)
            }
        }
        guard members.contains(where: { $0.key == .kind }) else {
            report(Codes.invalidJSON, "part has no \"kind\"", node.span, label: "part without a kind",
                   help: "add \"kind\": one of \(Self.list(PartKind.self))")
            return nil
        }
        guard let kind else { return nil }
        part.kind = kind
        if kind == .passion, let groupsSpan, !part.groups.isEmpty {
            report(Codes.misplacedGroup, "`passion` cannot hold sub-groups", groupsSpan, label: "groups in the passion",
                   help: "put the one passion in \"items\"")
        }
        return part
    }

    private mutating func group(_ node: JSONNode) -> Group? {
        guard let members = members(of: node, "a group", Group.CodingKeys.self) else { return nil }
        var group = Group(name: "")
        var named = false
        for (key, member) in members {
            let value = member.value
            switch key {
            case .name:
                guard let name = string(value, key: key.rawValue) else { continue }
                (group.name, group.origin, named) = (name, SourceOrigin(value.span), true)
            case .items: group.items = array(value, key: key.rawValue) { $0.item($1) }
            case .quotes: group.quotes = array(value, key: key.rawValue) { $0.quote($1) }
            case .comments: group.comments = comments(value)
            }
        }
        guard named || members.contains(where: { $0.key == .name }) else {
            report(Codes.invalidJSON, "group has no \"name\"", node.span, label: "group without a name",
                   help: "add \"name\", for instance \"name\": \"vaardigheden\"")
            return nil
        }
        return named ? group : nil
    }

    private mutating func item(_ node: JSONNode) -> Item? {
        guard let members = members(of: node, "an item", Item.CodingKeys.self) else { return nil }
        var item = Item(text: "")
        for (key, member) in members {
            let value = member.value
            switch key {
            case .text: break
            case .trend:
                item.trend = enumeration(value, key: "trend", noun: "trend", Codes.unknownMarker,
                                         keywords: Trend.allCases.map { $0.keyword(.nl) }, synonym: Keywords.trend)
            case .core: item.core = boolean(value, key: key.rawValue) ?? false
            case .id:
                guard let id = string(value, key: key.rawValue) else { continue }
                if ItemID.isValid(id) { item.id = id } else { diagnostics.append(ItemID.invalid(id, file: file, span: value.span)) }
            case .citations: item.citations = citations(value)
            case .sketch: item.sketch = boolean(value, key: key.rawValue) ?? false
            case .potential: item.potential = boolean(value, key: key.rawValue) ?? false
            case .comments: item.comments = comments(value)
            }
        }
        guard let (text, origin) = entryText(members.first { $0.key == .text }?.member.value, in: node, what: "item") else { return nil }
        (item.text, item.origin) = (text, origin)
        return item
    }

    private mutating func quote(_ node: JSONNode) -> Quote? {
        guard let members = members(of: node, "a quote", Quote.CodingKeys.self) else { return nil }
        var quote = Quote(text: "")
        for (key, member) in members {
            switch key {
            case .text: break
            case .attribution: quote.attribution = string(member.value, key: key.rawValue)
            case .citations: quote.citations = citations(member.value)
            case .paraphrase: quote.paraphrase = boolean(member.value, key: key.rawValue) ?? false
            case .comments: quote.comments = comments(member.value)
            }
        }
        guard let (text, origin) = entryText(members.first { $0.key == .text }?.member.value, in: node, what: "quote") else { return nil }
        (quote.text, quote.origin) = (text, origin)
        return quote
    }

    /// `{"groups": [{"count": 4, "label": "beoefenaars"}, …]}`, `{"unknown": true}`, or as `/1` wrote it,
    /// `{"practitioners": 4, "context": 2}`.
    private mutating func evidence(_ node: JSONNode) -> Evidence? {
        if case .object(let members) = node.value, members.contains(where: { Evidence.PreviousKeys(rawValue: $0.key) != nil }) {
            return previousEvidence(node)
        }
        guard let members = members(of: node, "\"evidence\"", Evidence.CodingKeys.self) else { return nil }
        var evidence: Evidence?
        for (key, member) in members {
            switch key {
            case .unknown:
                if boolean(member.value, key: key.rawValue) == true { evidence = evidence ?? .unknown }
            case .groups:
                let groups = array(member.value, key: key.rawValue) { $0.evidenceGroup($1) }
                if !groups.isEmpty { evidence = Evidence(groups: groups) }
            }
        }
        guard let evidence else {
            report(Codes.badEvidence, "evidence names no group of people and does not say it is unknown", node.span, label: "no groups",
                   help: "write \"evidence\": {\"groups\": [{\"count\": 4, \"label\": \"beoefenaars\"}]} as the source states it, or {\"unknown\": true}")
            return nil
        }
        return evidence
    }

    /// `{"count": 2, "qualifier": "minstens", "label": "uit de context"}`.
    private mutating func evidenceGroup(_ node: JSONNode) -> EvidenceGroup? {
        guard let members = members(of: node, "an evidence group", EvidenceGroup.CodingKeys.self) else { return nil }
        var group = EvidenceGroup(count: -1, label: "")
        for (key, member) in members {
            switch key {
            case .count: group.count = count(member.value, key: key.rawValue) ?? -1
            case .qualifier: group.qualifier = string(member.value, key: key.rawValue)
            case .label: group.label = string(member.value, key: key.rawValue) ?? ""
            }
        }
        guard group.count >= 0, !group.label.allSatisfy(\.isWhitespace) else {
            report(Codes.badEvidence, "evidence group needs a \"count\" and a \"label\"", node.span, label: "incomplete group",
                   help: "write {\"count\": 4, \"label\": \"beoefenaars\"}")
            return nil
        }
        return group
    }

    /// `{"practitioners": 4, "context": 2}`, the evidence of `beroepsbeeld/1`: both counts are needed, as the
    /// language needs a group (`S012`).
    private mutating func previousEvidence(_ node: JSONNode) -> Evidence? {
        guard let members = members(of: node, "\"evidence\"", Evidence.PreviousKeys.self) else { return nil }
        var counts: [Evidence.PreviousKeys: Int] = [:]
        for (key, member) in members { counts[key] = count(member.value, key: key.rawValue) }
        for key in Evidence.PreviousKeys.allCases where !members.contains(where: { $0.key == key }) {
            report(Codes.badEvidence, "evidence does not say how many \(key == .context ? "context people" : "practitioners") were interviewed",
                   node.span, label: "no \"\(key.rawValue)\"", help: "write \"evidence\": {\"practitioners\": 4, \"context\": 2}")
        }
        guard let practitioners = counts[.practitioners], let context = counts[.context] else { return nil }
        return Evidence(practitioners: practitioners, context: context)
    }

    /// A whole number of people, 0 or more.
    private mutating func count(_ node: JSONNode, key: String) -> Int? {
        guard case .number(let literal) = node.value else {
            wrongType(node, key: key, expected: "a number")
            return nil
        }
        guard let count = Int(literal), count >= 0 else {
            report(Codes.badEvidence, "`\(literal)` is not a number of people", node.span, label: "not a count",
                   help: "write how many people were interviewed as a whole number, 0 or more")
            return nil
        }
        return count
    }

    /// A source: `{"key": "kracht2021", "text": …}`, or a plain string as `/1` wrote it. A key is checked as
    /// the language checks it (`S024`): its form, and that `keys` (the ones before it) do not hold it.
    private mutating func source(_ node: JSONNode, keys: [String]) -> Source? {
        if case .string(let text) = node.value {
            return metadata(.source, text, key: "sources", node).map { text in
                var source = Source(text: text)
                source.origin = SourceOrigin(node.span)
                return source
            }
        }
        guard let members = members(of: node, "a source", Source.CodingKeys.self) else { return nil }
        var source = Source(text: "")
        var textNode: JSONNode?
        for (key, member) in members {
            switch key {
            case .key:
                guard let value = string(member.value, key: key.rawValue) else { continue }
                if !SourceKey.isValid(value) {
                    report(Codes.badSourceKey, "`\(value)` is not a source key", member.value.span, label: "not a key",
                           help: "use lowercase letters, digits and single hyphens, for instance \"kracht2021\"")
                } else if keys.contains(value) {
                    report(Codes.badSourceKey, "source key `\(value)` is used twice", member.value.span, label: "second `\(value)`",
                           help: "give each source a key of its own")
                } else {
                    source.key = value
                }
            case .text:
                textNode = member.value
            }
        }
        guard let textNode, let text = string(textNode, key: "text"), let checked = metadata(.source, text, key: "text", textNode) else {
            if textNode == nil {
                report(Codes.missingValue, "source has no \"text\"", node.span, label: "no text", help: "write the reference in \"text\"")
            }
            return nil
        }
        source.text = checked
        source.origin = SourceOrigin(node.span)
        return source
    }

    /// `{"side": "school", "slug": "mbo-docent", "share": {"amount": 40, "unit": "percent"}}`, checked as the
    /// language checks `combineert` (`S026`).
    private mutating func component(_ node: JSONNode) -> Component? {
        guard let members = members(of: node, "a component", Component.CodingKeys.self) else { return nil }
        var (side, slug, version, share): (Side?, String?, String?, Share?) = (nil, nil, nil, nil)
        for (key, member) in members {
            switch key {
            case .side: side = enumeration(member.value, key: "side", noun: "side", Codes.badComponents, keywords: ["bedrijf"], synonym: Side.named)
            case .slug: slug = string(member.value, key: key.rawValue)
            case .version: version = string(member.value, key: key.rawValue).flatMap { metadata(.version, $0, key: "version", member.value) }
            case .share:
                guard case .object(let fields) = member.value.value,
                      case .number(let literal)? = fields.first(where: { $0.key == "amount" })?.value.value, let amount = Double(literal), amount > 0,
                      case .string(let unit)? = fields.first(where: { $0.key == "unit" })?.value.value, let parsed = Share.Unit(rawValue: unit),
                      fields.count == 2 else {
                    report(Codes.badComponents, "a share is an amount above 0 and a unit", member.value.span, label: "not a share",
                           help: "write {\"amount\": 40, \"unit\": \"percent\"} or {\"amount\": 1, \"unit\": \"days\"}")
                    continue
                }
                share = Share(amount, parsed)
            }
        }
        guard let side, let slug, let share, SourceKey.isValid(slug) else {
            report(Codes.badComponents, "a component needs a side, the slug of a profile and a share", node.span, label: "incomplete component",
                   help: "write {\"side\": \"school\", \"slug\": \"mbo-docent\", \"share\": {\"amount\": 40, \"unit\": \"percent\"}}")
            return nil
        }
        return Component(side: side, slug: slug, version: version, share: share)
    }

    /// `[{"key": "kracht2021", "locator": "p. 27"}]`; a key is checked as in `[bron: …]` (`S025`).
    private mutating func citations(_ node: JSONNode) -> [Citation] {
        array(node, key: "citations") { builder, element in
            guard let members = builder.members(of: element, "a citation", Citation.CodingKeys.self) else { return nil }
            var citation = Citation(key: "")
            for (key, member) in members {
                switch key {
                case .key: citation.key = builder.string(member.value, key: key.rawValue) ?? ""
                case .locator: citation.locator = builder.string(member.value, key: key.rawValue)
                }
            }
            guard SourceKey.isValid(citation.key) else {
                builder.report(Codes.badCitation, citation.key.isEmpty ? "citation names no source" : "`\(citation.key)` is not a source key",
                               element.span, label: "no valid key", help: "write {\"key\": \"kracht2021\", \"locator\": \"p. 27\"}")
                return nil
            }
            return citation
        }
    }

    // MARK: Values

    /// The members of the object `node` (called `what` in messages) whose keys are cases of `Key`, each
    /// once: a key given again is reported (`S014`) and skipped, as the language keeps a field's first
    /// line; an unknown key is reported with the nearest known one (`S022`). Nil when `node` is no object.
    private mutating func members<Key: RawRepresentable & CaseIterable>(of node: JSONNode, _ what: String, _: Key.Type)
        -> [(key: Key, member: JSONMember)]? where Key.RawValue == String {
        guard case .object(let members) = node.value else {
            wrongType(node, key: nil, expected: "an object", what: what)
            return nil
        }
        var seen: [String: SourceSpan] = [:]
        var known: [(key: Key, member: JSONMember)] = []
        for member in members {
            if let first = seen[member.key] {
                let problem = ValueProblem.duplicate(member.key, keep: "one \"\(member.key)\"", firstLine: first.line)
                diagnostics.append(problem.diagnostic(file: file, span: member.keySpan))
                continue
            }
            seen[member.key] = member.keySpan
            guard let key = Key(rawValue: member.key) else {
                let suggestion = Suggestion.closest(to: member.key, among: Key.allCases.map(\.rawValue))
                report(Codes.unknownJSONKey, "unknown key \"\(member.key)\" in \(what)", member.keySpan, label: "not a key of \(what)",
                       help: suggestion.map { "did you mean \"\($0)\"?" } ?? "the keys of \(what) are \(Self.list(Key.self))")
                continue
            }
            known.append((key, member))
        }
        return known
    }

    /// A metadata value, checked as the language checks it; nil when it is empty or invalid.
    private mutating func metadata(_ field: MetadataField, _ text: String, key: String, _ node: JSONNode) -> String? {
        if text.allSatisfy(\.isWhitespace) {
            report(Codes.missingValue, "\"\(key)\" has no value", node.span, label: "empty",
                   help: "write the value between the quotes, or leave \"\(key)\" out")
            return nil
        }
        if let problem = ValueProblem.check(field, text, write: { "\"\(key)\": \"\($0)\"" }) {
            diagnostics.append(problem.diagnostic(file: file, span: node.span))
            return nil
        }
        return text
    }

    /// The text of an item or quote, `textNode`, with where it stands; an entry without text is `S009`,
    /// as in the language. Nil when there is no text (a text of the wrong type is reported as such).
    private mutating func entryText(_ textNode: JSONNode?, in node: JSONNode, what: String) -> (String, SourceOrigin)? {
        if let textNode {
            guard let text = string(textNode, key: "text") else { return nil }
            if !text.allSatisfy(\.isWhitespace) { return (text, SourceOrigin(textNode.span)) }
        }
        report(Codes.emptyEntry, "\(what) has no text", textNode?.span ?? node.span, label: "empty \(what)",
               help: "write the \(what)'s text in \"text\", or remove the \(what)")
        return nil
    }

    /// The case of `Value` that the string `node` names. Another name is reported under `code` with a
    /// did-you-mean: the value a keyword of the language stands for (`hoofd` → `head`), else the nearest
    /// name or language keyword (`groei` → `groeit` → `growing`).
    private mutating func enumeration<Value: RawRepresentable & CaseIterable>(
        _ node: JSONNode, key: String, noun: String, _ code: DiagnosticCode, keywords: [String], synonym: (String) -> Value?
    ) -> Value? where Value.RawValue == String {
        guard let text = string(node, key: key) else { return nil }
        if let value = Value(rawValue: text) { return value }
        let suggestion = (synonym(text) ?? Suggestion.closest(to: text, among: Value.allCases.map(\.rawValue) + keywords).flatMap {
            Value(rawValue: $0) ?? synonym($0)
        })?.rawValue
        report(code, "unknown \(noun) `\(text)`", node.span, label: "not a \(noun)",
               help: suggestion.map { "did you mean `\($0)`?" } ?? "write one of \(Self.list(Value.self))")
        // A confident suggestion stands in, so that no follow-on error (a missing part) hides the real one.
        return suggestion.flatMap(Value.init(rawValue:))
    }

    private mutating func array<Element>(_ node: JSONNode, key: String, _ element: (inout Self, JSONNode) -> Element?) -> [Element] {
        guard case .array(let nodes) = node.value else {
            wrongType(node, key: key, expected: "an array")
            return []
        }
        var elements: [Element] = []
        for node in nodes { if let value = element(&self, node) { elements.append(value) } }
        return elements
    }

    private mutating func comments(_ node: JSONNode) -> [String] {
        array(node, key: "comments") { $0.string($1, key: "comments") }
    }

    /// A string value; one holding a control character (a line break or tab included) is `S021`, as in the
    /// language, located at the string. A comment may hold a tab, as a comment line in the language may.
    private mutating func string(_ node: JSONNode, key: String) -> String? {
        if case .string(let text) = node.value {
            let tabAllowed = key == "comments"
            if let scalar = text.unicodeScalars.first(where: { ($0 == "\t" && !tabAllowed) || ControlCharacters.isControl($0) }) {
                report(Codes.controlCharacter, "control character \(ControlCharacters.name(of: scalar)) in \"\(key)\"", node.span,
                       label: "invisible character", help: "remove it: profile text holds no control characters, line breaks or tabs")
            }
            return text
        }
        wrongType(node, key: key, expected: "a string")
        return nil
    }

    private mutating func boolean(_ node: JSONNode, key: String) -> Bool? {
        if case .bool(let value) = node.value { return value }
        wrongType(node, key: key, expected: "true or false")
        return nil
    }

    // MARK: Reporting

    private mutating func wrongType(_ node: JSONNode, key: String?, expected: String, what: String? = nil) {
        let subject = key.map { "\"\($0)\" holds" } ?? (what ?? "the value") + " is"
        let help: String
        switch node.value {
        case .null: help = "leave \(key.map { "\"\($0)\"" } ?? "the value") out when it has no value"
        default:
            help = switch expected {
            case "a string": "write text in double quotes"
            case "an array": "write a list in brackets: [ … ]"
            case "an object": "write an object in braces: { … }; see docs/profile.schema.json"
            default: "write \(expected)"
            }
        }
        report(Codes.invalidJSON, "\(subject) \(node.kindDescription) where \(expected) belongs", node.span,
               label: "expected \(expected)", help: help)
    }

    private mutating func report(_ code: DiagnosticCode, _ message: String, _ span: SourceSpan, label: String, help: String) {
        diagnostics.append(Diagnostic(.error, code, message, file: file, span: span, label: label, help: help))
    }

    /// The names of `Value`'s cases for a message: `head`, `hands`, ….
    private static func list<Value: RawRepresentable & CaseIterable>(_: Value.Type) -> String where Value.RawValue == String {
        Value.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
    }
}
