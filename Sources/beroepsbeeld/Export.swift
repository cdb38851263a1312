import ArgumentParser
import CLISupport
import Foundation
import ProfileModel

/// `beroepsbeeld export`: a profile in its JSON form.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a profile's JSON form (schema: docs/profile.schema.json).",
        discussion: "Exit status: 0 on success, 1 when the profile has errors, 2 on usage or I/O errors.")

    @Option(help: "Output form; only json for now.")
    var format: ExportFormat = .json

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output; a path ending in / is a folder for NAME.json.")
    var output: String?

    @Argument(help: "The profile to export (.beroep or .json).")
    var file: String

    enum ExportFormat: String, ExpressibleByArgument { case json }

    func run() throws {
        let profile = try ProfileReading.readValid(file)
        try ProfileReading.emit(ProfileJSON.encode(profile), to: output, name: ProfileReading.stem(file) + ".json")
    }
}

/// `beroepsbeeld import`: a JSON profile back in the language.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write a JSON profile in the profile language (canonical layout).",
        discussion: "Exit status: 0 on success, 1 when the profile has errors, 2 on usage or I/O errors.")

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output; a path ending in / is a folder for NAME.beroep.")
    var output: String?

    @Argument(help: "The JSON profile to convert.")
    var file: String

    func validate() throws {
        guard file.hasSuffix(".json") else { throw ValidationError("expected a .json file, got \(file)") }
    }

    func run() throws {
        let profile = try ProfileReading.readValid(file)
        let name = ProfileReading.stem(file) + "." + ProfileLoader.fileExtension
        switch FormatCheck.format(profile, path: output ?? name) {
        case .success(let text): try ProfileReading.emit(Data(text.utf8), to: output, name: name)
        case .failure(let failure): throw CLIError("cannot write \(file) in the profile language: \(failure)")
        }
    }
}
