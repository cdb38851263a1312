import CLISupport
import Foundation
import ProfileModel
import ProfileSyntax

/// `diff` as git's external diff driver (GIT_EXTERNAL_DIFF, or `diff.<driver>.command`). git passes
/// `path old-file old-hex old-mode new-file new-hex new-mode`, and for a rename or copy two more:
/// `new-path rename-header`. Whatever it finds, the driver exits 0, since any other status makes git
/// abort the whole diff or log ("fatal: external diff died").
struct GitDiffDriver {
    /// The paths in the repository, old and new (the same unless renamed or copied).
    let oldPath, newPath: String
    /// The temporary files git wrote the two sides to (`/dev/null` for an added or deleted file).
    let oldFile, newFile: String
    /// git's `similarity index …` / `rename from …` / `copy from …` lines, for a rename or copy.
    let renameHeader: String?

    /// The driver's view of `arguments`, or nil when they are not git's 7 or 9.
    init?(arguments: [String]) {
        guard arguments.count == 7 || arguments.count == 9 else { return nil }
        (oldPath, oldFile, newFile) = (arguments[0], arguments[1], arguments[4])
        newPath = arguments.count == 9 ? arguments[7] : arguments[0]
        renameHeader = arguments.count == 9 ? arguments[8] : nil
    }

    /// A line saying the file was renamed or copied, with git's similarity, or "" when it was not.
    var heading: String {
        guard oldPath != newPath else { return "" }
        let lines = (renameHeader ?? "").split(separator: "\n").map(String.init)
        let verb = lines.contains { $0.hasPrefix("copy ") } ? "copied" : "renamed"
        let similarity = lines.first { $0.hasPrefix("similarity index ") }.map { " (\($0))" } ?? ""
        return ControlCharacters.visible("\(verb) \(oldPath) → \(newPath)\(similarity)") + "\n"
    }

    /// Compares the two sides with `command`'s options; a side that does not load is shown with its
    /// diagnostics and a plain line diff of the two files.
    func run(_ command: Diff) throws {
        let old = Self.load(oldFile, formOf: oldPath), new = Self.load(newFile, formOf: newPath)
        guard case .success(let oldProfile) = old, case .success(let newProfile) = new else {
            var out = heading
            for case .failure(let failure) in [old, new] { out += failure.report }
            FileHandle.standardOutput.write(Data(out.utf8))
            plainDiff()
            return
        }
        _ = try command.compare(oldProfile, newProfile, labels: ("a/" + oldPath, "b/" + newPath), heading: heading,
                                name: "\(ProfileReading.stem(newPath)).\(command.format.fileExtension)")
    }

    /// One side: `/dev/null` is an empty profile; a file is read in the form its repository path names.
    private static func load(_ file: String, formOf formPath: String) -> Result<Profile, DriverFailure> {
        if file == "/dev/null" { return .success(Profile(title: "")) }
        guard let bytes = FileManager.default.contents(atPath: file) else {
            return .failure(DriverFailure("error: cannot read \(ControlCharacters.visible(file)) (\(ControlCharacters.visible(formPath)))\n"))
        }
        let loaded = ProfileLoader.load(path: formPath, bytes: [UInt8](bytes))
        guard let profile = loaded.profile, !loaded.diagnostics.hasErrors else {
            let renderer = DiagnosticRenderer(colored: Terminal.wantsColor())
            return .failure(DriverFailure(renderer.renderSafely(loaded.diagnostics.filter { $0.severity == .error }, source: loaded.source)))
        }
        return .success(profile)
    }

    /// The two files compared line by line with diffutils' `diff -u` (present wherever git is), under
    /// git's a/ and b/ labels; its control characters are escaped like every other output.
    private func plainDiff() {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["diff", "-u", "--label", "a/" + oldPath, "--label", "b/" + newPath, oldFile, newFile]
        let pipe = Pipe()
        process.standardOutput = pipe
        do {
            try process.run()
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            FileHandle.standardOutput.write(Data(ControlCharacters.visible(text, keepingLayout: true).utf8))
        } catch {
            Terminal.printError("error: cannot run diff for a line diff: \(error.localizedDescription)\n")
        }
    }
}

/// A side the driver could not read as a profile: its rendered diagnostics.
struct DriverFailure: Error {
    let report: String
    init(_ report: String) { self.report = report }
}
