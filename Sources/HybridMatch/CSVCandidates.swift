import Foundation
import ProfileSyntax
import SwiftCSV

/// A CSV candidates file: parsed by SwiftCSV; the header row names the fields. The delimiter is a comma,
/// or a semicolon when the header row has more of those (as a spreadsheet in a Dutch locale writes CSV).
enum CSVCandidates {
    static func records(_ text: String, file: String) throws -> (names: [CandidateReader.RawField], records: [CandidateReader.RawRecord]) {
        let header = text.prefix { !$0.isNewline }
        let delimiter: Character = header.filter { $0 == ";" }.count > header.filter { $0 == "," }.count ? ";" : ","
        let csv: EnumeratedCSV
        do {
            csv = try EnumeratedCSV(string: text, delimiter: delimiter == ";" ? .semicolon : .comma, loadColumns: false)
        } catch {
            throw CandidateFileError(diagnostic: Diagnostic(.error, TwinCodes.unreadable, "not valid CSV: \(error)", file: file, span: nil,
                                                            help: "close every quoted field with `\"`"))
        }
        let positions = fieldStarts(text, delimiter: delimiter)
        func span(_ record: Int, _ field: Int) -> SourceSpan? {
            guard record < positions.count else { return nil }
            let starts = positions[record]
            return field < starts.count ? SourceSpan(line: starts[field].line, column: starts[field].column, length: 1)
                : SourceSpan(line: starts[0].line, column: 1, length: 1)
        }
        let names = csv.header.map { $0.trimmingCharacters(in: .whitespaces) }
        let fields = names.enumerated().map { CandidateReader.RawField(name: $1, values: [], span: span(0, $0)) }
        let named = Set(names.compactMap(CandidateField.named))
        if let missing = CandidateField.required.first(where: { !named.contains($0) }), !names.contains(where: { CandidateField.named($0) == nil }) {
            throw CandidateFileError(diagnostic: Diagnostic(.error, TwinCodes.missingField, "no `\(missing.rawValue)` column", file: file,
                                                            span: SourceSpan(line: 1, column: 1, length: max(1, header.count)), label: "the header row",
                                                            help: "the header names the columns: id,profile,side,wishes,hours,region"))
        }
        var records: [CandidateReader.RawRecord] = []
        for row in csv.rows where !row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            let index = records.count + 1
            let recordSpan = span(index, 0) ?? SourceSpan(line: index + 1, column: 1, length: 1)
            guard row.count == names.count else {
                throw CandidateFileError(diagnostic: Diagnostic(.error, TwinCodes.unreadable, "row has \(row.count) fields, the header \(names.count)",
                                                                file: file, span: recordSpan, label: "this row",
                                                                help: "give every row one value per column (an empty one is `,,`)"))
            }
            records.append(.init(fields: zip(names, row).enumerated().map { .init(name: $1.0, values: [$1.1], span: span(index, $0)) },
                                 span: recordSpan))
        }
        return (fields, records)
    }

    /// Where each field of each record starts (line and column, 1-based), skipping blank lines.
    /// SwiftCSV gives values without positions, so this small scan (quotes only: a `"` toggles, `""`
    /// inside quotes toggles twice) finds them for located diagnostics; the values come from SwiftCSV.
    static func fieldStarts(_ text: String, delimiter: Character) -> [[(line: Int, column: Int)]] {
        var records: [[(line: Int, column: Int)]] = []
        var current: [(line: Int, column: Int)] = []
        var line = 1, column = 1, quoted = false, atRecordStart = true
        for character in text {
            if atRecordStart, !character.isNewline {
                current = [(line, column)]
                atRecordStart = false
            }
            if character == "\"" { quoted.toggle() }
            if character == delimiter, !quoted { current.append((line, column + 1)) }
            if character.isNewline {
                if !quoted, !atRecordStart { records.append(current); atRecordStart = true }
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        if !atRecordStart { records.append(current) }
        return records
    }
}
