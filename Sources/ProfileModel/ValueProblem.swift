import ProfileSyntax

/// What is wrong with a value the profile's reader checks, in words that fit both forms of a profile:
/// the language form and the JSON form report the same code, message and label, and a help that shows
/// the fix in the form at hand.
struct ValueProblem: Sendable, Equatable {
    let code: DiagnosticCode
    /// Lowercase, as every diagnostic message.
    let message: String
    let label: String
    /// The fix, written in the form at hand.
    let help: String

    /// The problem as an error at `span` of `file`.
    func diagnostic(file: String, span: SourceSpan?) -> Diagnostic {
        Diagnostic(.error, code, message, file: file, span: span, label: label, help: help)
    }
}

extension ValueProblem {
    /// `S014`: the field or key `name` is given a second time; `keep` says what to keep (`one \`versie\` line`).
    static func duplicate(_ name: String, keep: String, firstLine: Int?) -> ValueProblem {
        ValueProblem(code: Codes.duplicateField, message: "`\(name)` is given more than once", label: "second `\(name)`",
                     help: "keep \(keep)" + (firstLine.map { "; line \($0) has the first" } ?? ""))
    }

    /// The problem with the text `value` of `field`, nil when the language accepts it. `write` shows a
    /// field with a corrected value in the form at hand (`versie: 2021`, or `"version": "2021"`). The
    /// evidence, text in the language and an object in JSON, is checked by each form's own reader.
    static func check(_ field: MetadataField, _ value: String, write: (String) -> String) -> ValueProblem? {
        switch field {
        case .slug:
            guard !Slug.isValid(value) else { return nil }
            return ValueProblem(code: Codes.badSlug, message: "slug `\(value)` is not lowercase letters, digits and hyphens",
                                label: "invalid slug", help: "write `\(write(Slug.make(value)))`, or leave the slug out to derive it from the title")
        case .version, .supersedes:
            guard !MetadataValues.isVersion(value) else { return nil }
            return ValueProblem(code: Codes.badVersion, message: "`\(value)` is not a year or a date", label: "not a version",
                                help: "write a year such as `2021` or a date such as `2021-06-30`")
        case .language:
            guard MetadataValues.language(value) == nil else { return nil }
            let guess = value.lowercased().hasPrefix("e") ? "en" : "nl"
            return ValueProblem(code: Codes.badLanguage, message: "`\(value)` is not a content language", label: "not nl or en",
                                help: "write `\(write(guess))`; the languages are nl and en")
        case .combines:
            guard MetadataValues.components(value) == nil else { return nil }
            return ValueProblem(code: Codes.badComponents, message: "cannot read the occupations this profile combines",
                                label: "not side, slug and share", help: "write each as its side, the profile's slug and its share: `\(write("school mbo-docent 40%, bedrijf accountant 60%"))` (or `1 dag`, `4 dagen`)")
        case .direction:
            guard MetadataValues.direction(value) == nil else { return nil }
            return ValueProblem(code: Codes.badDirection, message: "`\(value)` is not a direction", label: "not from → to",
                                help: "write `\(write("bedrijf → school"))` or `\(write("school → bedrijf"))`")
        case .title, .sector, .region, .source, .evidence, .isco, .esco, .license:
            return nil
        }
    }
}
