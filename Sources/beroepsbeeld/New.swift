import ArgumentParser
import Foundation
import ProfileModel
import ProfileSyntax

/// `beroepsbeeld new`: a commented template to fill in.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new profile from a commented template (passes check with warnings only).",
        discussion: "Exit status: 0 on success, 2 on usage or I/O errors.")

    @Argument(help: "The occupation's title, for instance \"Wooncoach\".")
    var title: String

    @Option(help: "Language of the keywords and the template text: nl or en.")
    var lang: ContentLanguage = .nl

    @Option(name: .shortAndLong, help: "Write to this file (refused if it exists) instead of standard output.")
    var output: String?

    func validate() throws {
        guard !title.allSatisfy(\.isWhitespace) else { throw ValidationError("the title is empty") }
        if let output, case let file = output.hasSuffix("/") ? output + Self.fileName(title) : output, FileManager.default.fileExists(atPath: file) {
            throw ValidationError("\(file) exists; choose another file name")
        }
    }

    func run() throws {
        let text = ProfileTemplate.text(title: title.split(whereSeparator: \.isNewline).joined(separator: " "), language: lang,
                                        year: Self.currentYear())
        try ProfileReading.emit(Data(text.utf8), to: output, name: Self.fileName(title))
    }
}

extension New {
    /// The file a new profile gets in a folder named with `-o DIR/`: its slug and the extension.
    static func fileName(_ title: String) -> String { Slug.make(title) + "." + ProfileLoader.fileExtension }

    /// This year, or the year of SOURCE_DATE_EPOCH when it is set, so scripted output is reproducible.
    static func currentYear() -> Int {
        let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.component(.year, from: epoch.map(Date.init(timeIntervalSince1970:)) ?? Date())
    }
}

extension ContentLanguage: ExpressibleByArgument {}
