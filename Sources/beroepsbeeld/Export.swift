import ArgumentParser
import Foundation
import ProfileModel

/// `beroepsbeeld export`: a profile in its JSON form.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a profile's JSON form (schema: docs/profile.schema.json).")

    @Option(help: "Output form; only json for now.")
    var format: ExportFormat = .json

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Argument(help: "The profile to export (.beroep or .json).")
    var file: String

    enum ExportFormat: String, ExpressibleByArgument { case json }

    func run() throws {
        let profile = try ProfileReading.readValid(file)
        try ProfileReading.emit(ProfileJSON.encode(profile), to: output)
    }
}

/// `beroepsbeeld import`: a JSON profile back in the language.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a JSON profile in the profile language (canonical layout).")

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Argument(help: "The JSON profile to convert.")
    var file: String

    func validate() throws {
        guard file.hasSuffix(".json") else { throw ValidationError("expected a .json file, got \(file)") }
    }

    func run() throws {
        let profile = try ProfileReading.readValid(file)
        switch FormatCheck.format(profile, path: output ?? file) {
        case .success(let text): try ProfileReading.emit(Data(text.utf8), to: output)
        case .failure(let failure): throw CLIError("cannot write \(file) in the profile language: \(failure)")
        }
    }
}
