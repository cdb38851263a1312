import ProfileModel
import ProfileSyntax

/// `V002`: a part is written twice.
public struct DuplicatePart: ProfileRule {
    public let code = DiagnosticCode(
        "V002", "duplicate-part", summary: "A part appears more than once; the figure has one box per part.",
        bad: "hart:\n  - Trots op het product\nhart:\n  - Zorg voor de klant", good: "hart:\n  - Trots op het product\n  - Zorg voor de klant")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        var firstLine: [PartKind: Int] = [:]
        var diagnostics: [Diagnostic] = []
        for part in profile.parts {
            if let line = firstLine[part.kind] {
                let keyword = part.kind.keyword(profile.effectiveLanguage)
                diagnostics.append(Diagnostic(.error, code, "part `\(keyword)` appears more than once", file: file, span: part.origin.span,
                                              label: "second `\(keyword)`", help: "merge its items into the first `\(keyword)`" + (line > 0 ? " on line \(line)" : "")))
            } else {
                firstLine[part.kind] = part.origin.span?.line ?? 0
            }
        }
        return diagnostics
    }
}
