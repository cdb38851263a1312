import ArgumentParser
import Foundation
import ProfileModel
import ProfileSyntax

/// Reading one profile for a conversion, and writing the result.
enum ProfileReading {
    /// Loads `file`; on syntax errors prints them and exits 1, on I/O errors exits 2.
    static func readValid(_ file: String) throws -> Profile {
        let loaded: LoadedProfile
        do { loaded = try ProfileLoader.load(path: file) } catch {
            throw CLIError("cannot read \(file): \(error.localizedDescription)")
        }
        guard let profile = loaded.profile, !loaded.diagnostics.hasErrors else {
            let renderer = DiagnosticRenderer(colored: Terminal.wantsColor(STDERR_FILENO))
            Terminal.printError(loaded.diagnostics.filter { $0.severity == .error }.map { renderer.render($0, source: loaded.source) + "\n" }.joined())
            throw ExitCode(1)
        }
        return profile
    }

    /// Writes `data` atomically to `path`, or to standard output when there is no path.
    static func emit(_ data: Data, to path: String?) throws {
        if let path { try AtomicFile.write(data, to: path) } else { FileHandle.standardOutput.write(data) }
    }
}
