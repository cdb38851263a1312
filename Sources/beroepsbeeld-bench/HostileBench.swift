import ArgumentParser
import Foundation
import ProfileModel
import ProfileSyntax
import ProfileValidation

/// Hostile inputs at the size limit: each shape filled to just under 4 MiB, then read, validated,
/// formatted (with the read-back check `fmt` makes) and written as JSON, as `check`, `fmt` and `export` do.
struct HostileBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hostile", abstract: "Parse, validate, format and export adversarial profiles of up to 4 MiB.")

    /// A shape: a header, then one line made from its number until the file is full, then a footer; read
    /// as `path` (which says the form).
    struct Shape: Sendable {
        let name: String
        var path = "hostile.beroep"
        let header: String
        var footer = "\n"
        let line: @Sendable (Int) -> String
    }

    static let header = "beroepsbeeld: X\nversie: 2020\ntaal: nl\nbron: b\nonderzoek: 2 beoefenaars, 2 uit de context\n"

    static let shapes: [Shape] = [
        Shape(name: "one item, many [kern] markers", header: header + "hoofd:\n  - Iets") { _ in " [kern]" },
        Shape(name: "many short items in one part", header: header + "hoofd:\n") { "  - Taak nummer \($0)\n" },
        Shape(name: "many near-duplicate long items", header: header + "handen:\n") {
            "  - Klanten adviseren over hypotheken en verzekeringen in de regio, dossier \($0)\n"
        },
        Shape(name: "many ids, most used twice", header: header + "hoofd:\n") { "  - T \($0) #id\($0 / 2)\n" },
        Shape(name: "many quotes", header: header + "hoofd:\n  - x\n") { "  > \"Citaat \($0)\" — iemand\n" },
        Shape(name: "deep indentation", header: header + "hoofd:\n  - x\n") { String(repeating: " ", count: 2 + $0 % 4000) + "w\($0)\n" },
        Shape(name: "one huge item", header: header + "hoofd:\n  - ") { _ in "lang woord " },
        Shape(name: "many control characters", header: header + "hoofd:\n  - ") { _ in "a\u{1B}" },
        Shape(name: "many misspelt keywords", header: header) { "handn:\n  - x\($0) [groet]\n" },
        Shape(name: "JSON: one line of many items", path: "hostile.json",
              header: #"{"format": "beroepsbeeld/2", "title": "X", "parts": [{"kind": "head", "items": ["#, footer: #"{"text": "z"}]}]}"#) { _ in
            #"{"text":"Teeltstrategie bepalen \u00EB","trend":"growing"},"#
        },
        Shape(name: "JSON: a string of escapes", path: "hostile.json", header: #"{"format": "beroepsbeeld/2", "title": ""#,
              footer: #"", "parts": []}"#) { _ in #"\n"# },
    ]

    func run() throws {
        print("hostile inputs, each just under the 4 MiB limit (goal: every shape parses and validates in < 2 s)")
        for shape in Self.shapes {
            var text = shape.header
            var index = 0
            while true {
                let line = shape.line(index)
                if text.utf8.count + line.utf8.count + shape.footer.utf8.count > SourceFile.maximumSize { break }
                text += line
                index += 1
            }
            text += shape.footer
            let bytes = Array(text.utf8)
            let (loaded, read) = time { ProfileLoader.load(path: shape.path, bytes: bytes) }
            let (diagnostics, validate) = time { Validator.validate(loaded) }
            let (_, format) = time { loaded.profile.map { FormatCheck.format($0, path: shape.path) } }
            let (_, json) = time { loaded.profile.map(ProfileJSON.encode) }
            let total = read + validate
            print(String(format: "  %-32@ %5d KiB: read %6.0f ms, validate %6.0f ms = %6.0f ms %@; fmt %6.0f ms, json %5.0f ms; %d diagnostics",
                         shape.name as NSString, bytes.count / 1024, read * 1e3, validate * 1e3, total * 1e3,
                         (total < 2 ? "(< 2 s: ok)" : "(over 2 s!)") as NSString, format * 1e3, json * 1e3, diagnostics.count))
        }
    }

    private func time<T>(_ work: () -> T) -> (T, Double) {
        let start = DispatchTime.now()
        let result = work()
        return (result, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
    }
}
