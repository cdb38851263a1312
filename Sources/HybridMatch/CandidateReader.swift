import Foundation
import ProfileModel
import ProfileSyntax

/// Reads a candidates file: CSV (a header row, one candidate per row) or TOML (`[[candidate]]` tables),
/// chosen by the extension. Columns and keys: `id`, `profile`/`beroep`, `side`/`kant`, `wishes`/`wensen`
/// (keywords separated by `;` or `,`, or a TOML array), `hours`/`uren`, `region`/`regio` (docs/hybrid.md).
/// Problems are diagnostics located in the file; a personal trait (name, age, gender, …) refuses the file.
public enum CandidateReader {
    /// One field of one candidate as written: the name, its value(s), and where.
    struct RawField {
        let name: String
        let values: [String]
        let span: SourceSpan?
    }

    /// One candidate as written, before its values are checked.
    struct RawRecord {
        let fields: [RawField]
        let span: SourceSpan
    }

    /// The candidates of the file at `path` with the text `text`, or diagnostics that say why not.
    public static func read(path: String, text: String) -> (candidates: [Candidate], diagnostics: [Diagnostic]) {
        let names: [RawField], records: [RawRecord]
        do {
            switch URL(fileURLWithPath: path).pathExtension.lowercased() {
            case "csv": (names, records) = try CSVCandidates.records(text, file: path)
            case "toml": (names, records) = try TOMLCandidates.records(text, file: path)
            default:
                return ([], [Diagnostic(.error, TwinCodes.unreadable, "a candidates file must be .csv or .toml", file: path, span: nil,
                                        help: "name the file candidates.csv or candidates.toml (docs/hybrid.md)")])
            }
        } catch let failure as CandidateFileError {
            return ([], [failure.diagnostic])
        } catch {
            return ([], [Diagnostic(.error, TwinCodes.unreadable, "\(error)", file: path, span: nil)])
        }
        return validate(names: names, records: records, file: path)
    }

    /// Checks the field names (each as first written), then every record's values; no candidate is
    /// returned when anything is wrong.
    static func validate(names: [RawField], records: [RawRecord], file: String) -> (candidates: [Candidate], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var reported: Set<String> = []
        let knownNames = CandidateField.allCases.flatMap(\.names)
        for field in names where CandidateField.named(field.name) == nil && reported.insert(field.name.lowercased()).inserted {
            if CandidateField.isPersonalTrait(field.name) {
                diagnostics.append(Diagnostic(.error, TwinCodes.personalTrait, "`\(field.name)` is a personal trait; twin reads roles only", file: file,
                                              span: field.span, label: "personal trait",
                                              help: "remove it: candidates are matched on their work, never on who they are (docs/hybrid.md, Privacy)"))
            } else {
                let guess = Suggestion.closest(to: field.name.lowercased(), among: knownNames)
                diagnostics.append(Diagnostic(.error, TwinCodes.unknownField, "unknown field `\(field.name)`", file: file, span: field.span,
                                              label: "not a candidate field",
                                              help: guess.map { "did you mean `\($0)`?" } ?? "the fields are: \(knownNames.joined(separator: ", "))"))
            }
        }
        guard diagnostics.isEmpty else { return ([], diagnostics) }
        guard !records.isEmpty else {
            return ([], [Diagnostic(.error, TwinCodes.missingField, "the file holds no candidates", file: file, span: nil,
                                    help: "add one candidate per row (CSV) or per `[[candidate]]` table (TOML)")])
        }
        var candidates: [Candidate] = []
        var seen: [String: Int] = [:]
        for record in records {
            var values: [CandidateField: RawField] = [:]
            for field in record.fields { values[CandidateField.named(field.name)!] = field }
            func value(_ field: CandidateField) -> (text: String, span: SourceSpan?)? {
                guard let raw = values[field], let first = raw.values.first?.trimmingCharacters(in: .whitespaces), !first.isEmpty else {
                    diagnostics.append(Diagnostic(.error, TwinCodes.missingField, "candidate has no `\(field.rawValue)`", file: file,
                                                  span: values[field]?.span ?? record.span, label: "missing `\(field.rawValue)`",
                                                  help: "every candidate needs \(CandidateField.required.map(\.rawValue).joined(separator: ", "))"))
                    return nil
                }
                return (first, raw.span)
            }
            let id = value(.id), profile = value(.profile), side = value(.side), hours = value(.hours)
            // A region may be left empty where it is not known: such a candidate gets no region points.
            let region = values[.region]?.values.first?.trimmingCharacters(in: .whitespaces) ?? ""
            guard let id, let profile, let side, let hours else { continue }
            guard let parsedSide = Side.named(side.text) else {
                diagnostics.append(Diagnostic(.error, TwinCodes.badValue, "unknown side `\(side.text)`", file: file, span: side.span,
                                              label: "not a side", help: "write `school`, or `bedrijf` / `company`"))
                continue
            }
            guard let amount = Double(hours.text.replacingOccurrences(of: ",", with: ".")), amount.isFinite, amount > 0 else {
                diagnostics.append(Diagnostic(.error, TwinCodes.badValue, "hours `\(hours.text)` is not a positive number", file: file,
                                              span: hours.span, label: "not a number of hours", help: "write the hours available, as `8` or `2.5`"))
                continue
            }
            if let first = seen[id.text] {
                diagnostics.append(Diagnostic(.error, TwinCodes.duplicateID, "candidate id `\(id.text)` is used twice", file: file, span: id.span,
                                              label: "first used on line \(first)", help: "give every candidate its own id"))
                continue
            }
            seen[id.text] = record.span.line
            let wishes = (values[.wishes]?.values ?? []).flatMap { $0.split { $0 == ";" || $0 == "," } }
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            candidates.append(Candidate(id: id.text, profile: profile.text, side: parsedSide, wishes: wishes, hours: amount,
                                        region: region, span: record.span, profileSpan: profile.span))
        }
        return diagnostics.isEmpty ? (candidates, []) : ([], diagnostics)
    }
}

/// A candidates file that cannot be read at all, with the diagnostic that says where.
struct CandidateFileError: Error {
    let diagnostic: Diagnostic
}
