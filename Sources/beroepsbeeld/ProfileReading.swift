import ArgumentParser
import CLISupport
import Foundation
import ProfileModel
import ProfileSyntax

/// Reading one profile for a command, and writing a command's result.
enum ProfileReading {
    /// Loads `file`; on errors in it prints them and exits with `invalidStatus`, on I/O errors exits 2.
    /// `formPath` chooses the form (language or JSON) for a file whose own name does not say, such as
    /// the temporary files git hands an external diff driver.
    static func readValid(_ file: String, formOf formPath: String? = nil, invalidStatus: Int32 = 1) throws -> Profile {
        try ProfilePaths.requireRegularFile(file)
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
        Terminal.printError(renderer.renderSafely(loaded.diagnostics.filter { $0.severity == .error }, source: loaded.source))
    }

    /// The file name of `path` without folder and extension: `Profiles/kapper.beroep` → `kapper`.
    static func stem(_ path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// Writes `data` atomically to `path`, or to standard output when there is no path. A `path` that
    /// ends in `/` is a folder (created when missing) and the file in it is called `name`.
    static func emit(_ data: Data, to path: String?, name: String) throws {
        if let path { try OutputFile.write(data, to: OutputFile.resolve(path, name: name)) } else { FileHandle.standardOutput.write(data) }
    }
}
