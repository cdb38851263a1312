/// The codes the syntax stage reports (`S…`). Validation rules have codes of their own (`V…`).
public enum Codes {
    public static let fileTooLarge = DiagnosticCode(
        "S001", "file-too-large", summary: "The file is larger than the 4 MiB a profile may be.",
        bad: "(a 50 MB log file passed as a profile)", good: "(a profile of a few kilobytes)")
    public static let binaryFile = DiagnosticCode(
        "S002", "binary-file", summary: "The file holds NUL bytes: it is binary data, not text.",
        bad: "(a PNG image passed as a profile)", good: "beroepsbeeld: Teeltspecialist")
    public static let invalidUTF8 = DiagnosticCode(
        "S003", "invalid-utf8", summary: "The file is not valid UTF-8; invalid bytes are read as U+FFFD.",
        bad: "sector: Zorg en welzijn (saved as Latin-1 with \\xEB in 'geëvalueerd')", good: "(the same file saved as UTF-8)")
    public static let unknownKeyword = DiagnosticCode(
        "S004", "unknown-keyword", summary: "A line starts with a keyword the language does not know.",
        bad: "handn:\n  - Afwijkingen in het gewas vroeg zien", good: "handen:\n  - Afwijkingen in het gewas vroeg zien")
    public static let unexpectedLine = DiagnosticCode(
        "S005", "unexpected-line", summary: "A line is not a keyword, an item, a quote, a group or a comment.",
        bad: "hoofd:\nPlantfysiologie", good: "hoofd:\n  - Plantfysiologie")
    public static let outsidePart = DiagnosticCode(
        "S006", "outside-part", summary: "An item, quote or group stands before any part keyword.",
        bad: "sector: Zorg\n  - Cliënten begeleiden", good: "sector: Zorg\nhanden:\n  - Cliënten begeleiden")
    public static let unknownMarker = DiagnosticCode(
        "S007", "unknown-marker", summary: "A bracketed marker after an item is not a trend or core marker.",
        bad: "  - Data lezen [groei]", good: "  - Data lezen [groeit]")
    public static let conflictingMarkers = DiagnosticCode(
        "S008", "conflicting-markers", summary: "An item has two trend markers, or the same marker twice.",
        bad: "  - Data lezen [nieuw] [groeit]", good: "  - Data lezen [nieuw]")
    public static let emptyEntry = DiagnosticCode(
        "S009", "empty-entry", summary: "An item or quote has no text.",
        bad: "hoofd:\n  -", good: "hoofd:\n  - Plantfysiologie")
    public static let partWithValue = DiagnosticCode(
        "S010", "part-with-value", summary: "A part keyword has text after its colon; only passie takes a value.",
        bad: "hoofd: Plantfysiologie", good: "hoofd:\n  - Plantfysiologie")
    public static let missingValue = DiagnosticCode(
        "S011", "missing-value", summary: "A metadata keyword has no value.",
        bad: "versie:", good: "versie: 2021")
    public static let badEvidence = DiagnosticCode(
        "S012", "bad-evidence", summary: "The research evidence does not say how many practitioners and context people were interviewed.",
        bad: "onderzoek: een paar gesprekken", good: "onderzoek: 4 beoefenaars, 2 uit de context")
    public static let badVersion = DiagnosticCode(
        "S013", "bad-version", summary: "A version is not a year (2021) or a date (2021-06-30).",
        bad: "versie: vorig jaar", good: "versie: 2021")
    public static let duplicateField = DiagnosticCode(
        "S014", "duplicate-field", summary: "A metadata field other than bron/source is given twice (in JSON: any key twice in one object).",
        bad: "versie: 2020\nversie: 2021", good: "versie: 2021")
    public static let badLanguage = DiagnosticCode(
        "S015", "bad-language", summary: "The content language is not nl or en.",
        bad: "taal: Nederlands", good: "taal: nl")
    public static let misplacedGroup = DiagnosticCode(
        "S016", "misplaced-group", summary: "A sub-group stands where groups are not allowed (in passie, or nested in a group).",
        bad: "passie:\n  kern:\n    - Werken met levend materiaal", good: "passie: Werken met levend materiaal")
    public static let badIdentifier = DiagnosticCode(
        "S017", "bad-identifier", summary: "An item id is not made of letters, digits, '-' and '_'.",
        bad: "  - Data lezen #data.lezen", good: "  - Data lezen #data-lezen")
    public static let badSlug = DiagnosticCode(
        "S018", "bad-slug", summary: "A slug is not made of lowercase letters, digits and single hyphens.",
        bad: "slug: Teelt Specialist", good: "slug: teeltspecialist")

    /// Every syntax code, in code order.
    public static let all: [DiagnosticCode] = [
        fileTooLarge, binaryFile, invalidUTF8, unknownKeyword, unexpectedLine, outsidePart, unknownMarker,
        conflictingMarkers, emptyEntry, partWithValue, missingValue, badEvidence, badVersion, duplicateField,
        badLanguage, misplacedGroup, badIdentifier, badSlug, invalidJSON, tabIndentation, controlCharacter,
        unknownJSONKey, changesInLanguage, badSourceKey, badCitation, badComponents, badDirection,
    ]
}

extension Codes {
    public static let invalidJSON = DiagnosticCode(
        "S019", "invalid-json", summary: "A .json file is not a profile in the JSON form.",
        bad: "{\"title\": 12}", good: "{\"format\": \"beroepsbeeld/2\", \"title\": \"Teeltspecialist\", \"parts\": []}")

    /// An error, not a warning: the key's value would be dropped without a trace (by `import` and by the
    /// catalogue), and a misspelt key (`"verison"`) means the field it meant is missing; the language
    /// refuses an unknown keyword (`S004`) for the same reasons.
    public static let unknownJSONKey = DiagnosticCode(
        "S022", "unknown-json-key", summary: "A key in a JSON profile is not one the JSON form knows; its value would be lost.",
        bad: "{\"format\": \"beroepsbeeld/2\", \"title\": \"Teeltspecialist\", \"verison\": \"2020\", \"parts\": []}",
        good: "{\"format\": \"beroepsbeeld/2\", \"title\": \"Teeltspecialist\", \"version\": \"2020\", \"parts\": []}")

    /// An error, not a warning: `import` would write a `.beroep` that means something else than the
    /// JSON, or that does not read.
    public static let changesInLanguage = DiagnosticCode(
        "S023", "changes-in-language",
        summary: "A value would read otherwise once written in the canonical layout: in a JSON profile, a text ending in what the language reads as a marker or an id, a line break, a group name with a colon; in the language, an item continued over lines whose joined text ends in a marker begun on an earlier line.",
        bad: "{\"kind\": \"head\", \"items\": [{\"text\": \"Sensordata lezen [groeit]\"}]}",
        good: "{\"kind\": \"head\", \"items\": [{\"text\": \"Sensordata lezen\", \"trend\": \"growing\"}]}")
}

extension Codes {
    public static let tabIndentation = DiagnosticCode(
        "S020", "tab-indentation", summary: "A line is indented with a tab. Nesting is read from columns, and a tab counts as one, so what the file means may not be what an editor shows.",
        bad: "handen:\n  vaardigheden:\n\t- Robots schoonmaken\n  taken:", good: "handen:\n  vaardigheden:\n    - Robots schoonmaken\n  taken:")
    public static let controlCharacter = DiagnosticCode(
        "S021", "control-character", summary: "Text holds a control character (ESC, a form feed, a bidirectional override, a tab between words, …): invisible in an editor, able to drive a terminal, and lost or changed on the way to a poster.",
        bad: "  - Robots\tschoonmaken (with a tab, or ESC, between the words)", good: "  - Robots schoonmaken")
}

extension Codes {
    public static let badSourceKey = DiagnosticCode(
        "S024", "bad-source-key",
        summary: "A source's key is not lowercase letters, digits and single hyphens, is given twice, or stands on a line that is not a source.",
        bad: "bron [Kracht 2021]: Biemans & Sjoer (2021), De kracht van verbinding!", good: "bron [kracht2021]: Biemans & Sjoer (2021), De kracht van verbinding!")
    public static let badCitation = DiagnosticCode(
        "S025", "bad-citation",
        summary: "A citation marker names no source or a malformed key, or `[parafrase]` stands on an item instead of a quote.",
        bad: "  - Sensordata lezen [bron: ]", good: "  - Sensordata lezen [bron: greenport2020 Figuur 1]")
}

extension Codes {
    public static let badComponents = DiagnosticCode(
        "S026", "bad-components",
        summary: "A hybrid profile's `combineert` line does not give, for each occupation, its side (school or bedrijf), its profile's slug and its share (a percentage or days a week).",
        bad: "combineert: mbo-docent en accountant", good: "combineert: school mbo-docent 40%, bedrijf accountant 60%")
    public static let badDirection = DiagnosticCode(
        "S027", "bad-direction", summary: "A hybrid profile's `richting` is not `bedrijf → school` or `school → bedrijf`.",
        bad: "richting: van het bedrijf naar de klas", good: "richting: bedrijf → school")
}
