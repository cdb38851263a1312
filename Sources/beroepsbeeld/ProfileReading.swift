import ArgumentParser
import Foundation
import ProfileModel
import ProfileSyntax

/// Reading one profile for a command, and writing a command's result.
enum ProfileReading {
    /// Loads `file`; on errors in it prints them and exits with `invalidStatus`, on I/O errors exits 2.
    /// `formPath` chooses the form (language or JSON) for a file whose own name does not say, such as
    /// the temporary files git hands an external diff driver.
    static func readValid(_ file: String, formOf formPath: String? = nil, invalidStatus: Int32 = 1) throws -> Profile {
        guard FileManager.default.fileExists(atPath: file) else { throw CLIError("no such file: \(file)") }
        let loaded: LoadedProfile
        do {
            loaded = ProfileLoader.isProfilePath(file) || formPath == nil
                ? try ProfileLoader.load(path: file)
                : ProfileLoader.load(path: formPath!, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
        } catch {
            throw CLIError("cannot read \(file): \(error.localizedDescription)")
        }
        guard let profile = loaded.profile, !loaded.diagnostics.hasErrors else {
            printErrors(of: loaded)
            throw ExitCode(invalidStatus)
        }
        return profile
    }

    /// Prints the errors of `loaded` to standard error, in the rustc style.
    static func printErrors(of loaded: LoadedProfile) {
        let renderer = DiagnosticRenderer(colored: Terminal.wantsColor(STDERR_FILENO))
        Terminal.printError(loaded.diagnostics.filter { $0.severity == .error }.map { renderer.render($0, source: loaded.source) + "\n" }.joined())
    }

    /// Writes `data` atomically to `path`, or to standard output when there is no path.
    static func emit(_ data: Data, to path: String?) throws {
        if let path { try AtomicFile.write(data, to: path) } else { FileHandle.standardOutput.write(data) }
    }
}
