import Foundation
import ProfileSyntax
import TOMLKit

/// A TOML candidates file: parsed by TOMLKit; one `[[candidate]]` (or `[[kandidaat]]`) table per candidate.
enum TOMLCandidates {
    static let tableNames = ["candidate", "kandidaat"]

    static func records(_ text: String, file: String) throws -> (names: [CandidateReader.RawField], records: [CandidateReader.RawRecord]) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw CandidateFileError(diagnostic: Diagnostic(.error, TwinCodes.unreadable, "not valid TOML: \(error.description)", file: file,
                                                            span: SourceSpan(line: error.source.begin.line, column: error.source.begin.column, length: 1)))
        }
        let places = keyPlaces(text)
        var names: [CandidateReader.RawField] = []
        for key in table.keys.sorted() where !tableNames.contains(key) {
            names.append(.init(name: key, values: [], span: places.topLevel[key]))
        }
        var records: [CandidateReader.RawRecord] = []
        for name in tableNames {
            guard let array = table[name]?.array else { continue }
            for (index, element) in array.enumerated() {
                let header = places.headers[name].flatMap { index < $0.count ? $0[index] : nil } ?? SourceSpan(line: 1, column: 1, length: 1)
                guard let candidate = element.table else {
                    throw CandidateFileError(diagnostic: Diagnostic(.error, TwinCodes.unreadable, "`\(name)` must be an array of tables",
                                                                    file: file, span: header, help: "write each candidate as `[[\(name)]]` with its keys below"))
                }
                let fields = candidate.keys.sorted().map { key -> CandidateReader.RawField in
                    .init(name: key, values: strings(candidate[key]), span: places.keys[name + "\u{1}\(index)\u{1}" + key] ?? header)
                }
                names += fields.map { .init(name: $0.name, values: [], span: $0.span) }
                records.append(.init(fields: fields, span: header))
            }
        }
        return (names, records)
    }

    /// A value as text: a string or a number as written, an array as its elements.
    private static func strings(_ value: TOMLValueConvertible?) -> [String] {
        guard let value else { return [] }
        if let array = value.array { return array.flatMap { strings($0) } }
        if let string = value.string { return [string] }
        if let int = value.int { return [String(int)] }
        if let double = value.double { return [String(double)] }
        return []
    }

    /// Where each `[[candidate]]` header and each key under it was written. TOMLKit gives values without
    /// positions; this line scan finds them for located diagnostics (the values come from TOMLKit).
    private static func keyPlaces(_ text: String) -> (headers: [String: [SourceSpan]], keys: [String: SourceSpan], topLevel: [String: SourceSpan]) {
        var headers: [String: [SourceSpan]] = [:], keys: [String: SourceSpan] = [:], topLevel: [String: SourceSpan] = [:]
        var current: (name: String, index: Int)?
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let column = line.prefix { $0 == " " || $0 == "\t" }.count + 1
            let span = SourceSpan(line: offset + 1, column: column, length: max(1, trimmed.count))
            if trimmed.hasPrefix("[[") {
                let name = trimmed.dropFirst(2).prefix { $0 != "]" }.trimmingCharacters(in: .whitespaces)
                headers[name, default: []].append(span)
                current = (name, headers[name]!.count - 1)
            } else if trimmed.hasPrefix("[") {
                current = nil
            } else if let equals = trimmed.firstIndex(of: "="), !trimmed.hasPrefix("#") {
                let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                let keySpan = SourceSpan(line: offset + 1, column: column, length: max(1, key.count))
                if let current { keys[current.name + "\u{1}\(current.index)\u{1}" + key] = keySpan } else { topLevel[key] = keySpan }
            }
        }
        return (headers, keys, topLevel)
    }
}
