import ArgumentParser
import CLISupport
import Foundation
import ProfileModel
import ProfileSyntax

/// `beroepsbeeld fmt`: rewrite profiles in the canonical layout.
struct Format: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite .beroep files in the one canonical layout (comments kept, meaning unchanged).",
        discussion: "A JSON profile named on the command line is rewritten in the current JSON form (beroepsbeeld/1 files become beroepsbeeld/2). Files with syntax errors are left alone and reported. Exit status: 0 when done (or, with --check, when every file is already formatted), 1 when --check finds files to change or a file has syntax errors, 2 on I/O errors."
    )

    @Flag(help: "Change nothing; list the files that would change and exit 1 if there are any.")
    var check = false

    @Argument(help: "Profile files (.beroep or .json) and folders to search for .beroep files.")
    var paths: [String]

    func run() throws {
        var failed = false
        for file in try ProfilePaths.expand(paths) where ProfileLoader.isProfilePath(file) {
            let bytes: [UInt8]
            do { bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file))) } catch {
                throw CLIError("cannot read \(file): \(error.localizedDescription)")
            }
            let loaded = ProfileLoader.load(path: file, bytes: bytes)
            guard let profile = loaded.profile, !loaded.diagnostics.hasErrors else {
                ProfileReading.printErrors(of: loaded)
                Terminal.printError("fmt: left \(file) unchanged: fix its syntax errors first\n\n")
                failed = true
                continue
            }
            let formatted: String
            // The JSON form is read with every check and written whole by the encoder: its canonical text.
            switch file.hasSuffix(".json") ? .success(String(decoding: ProfileJSON.encode(profile), as: UTF8.self))
                                           : FormatCheck.format(profile, path: file) {
            case .success(let text): formatted = text
            case .failure(let failure):
                Terminal.printError("fmt: left \(file) unchanged: \(failure)\n")
                failed = true
                continue
            }
            guard Array(formatted.utf8) != bytes else { continue }
            if check {
                print(file)
                failed = true
            } else {
                try OutputFile.write(Data(formatted.utf8), to: file)
            }
        }
        if failed { throw ExitCode(1) }
    }
}
