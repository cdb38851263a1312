import ArgumentParser
import CLISupport
import Foundation
import ProfileModel
import ProfileSyntax
import ProfileValidation

/// `beroepsbeeld evidence`: where the statements of profiles come from, per profile and in total.
struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence",
        abstract: "Count, per profile and in total, which statements cite a source, which are sketches and which are unsourced.",
        discussion: """
            Also counts parts declared not researched, verbatim and paraphrased quotes, sources cited and uncited, and \
            whether the research evidence is stated, unknown or missing. Run it before publishing. \
            Exit status: 0 on success; 1 when a profile has errors, or with --strict when any statement is unsourced; \
            2 on usage or I/O errors.
            """)

    @Flag(help: "Exit 1 when any statement neither cites a source nor is marked as a sketch.")
    var strict = false

    @Option(help: "Output format: text, json or markdown.")
    var format: DiffFormat = .text

    @Argument(help: "Profile files (.beroep or .json) and folders to search for them.")
    var paths: [String]

    func run() throws {
        var profiles: [(path: String, profile: Profile)] = []
        var broken = 0
        for file in try ProfilePaths.expand(paths) {
            let loaded: LoadedProfile
            do { loaded = try ProfileLoader.load(path: file) } catch {
                throw CLIError("cannot read \(ControlCharacters.visible(file)): \(error.localizedDescription)")
            }
            guard let profile = loaded.profile, !loaded.diagnostics.hasErrors else {
                ProfileReading.printErrors(of: loaded)
                broken += 1
                continue
            }
            profiles.append((file, profile))
        }
        let audit = EvidenceAudit(profiles)
        switch format {
        case .text: print(ControlCharacters.visible(audit.text(), keepingLayout: true), terminator: "")
        case .markdown: print(ControlCharacters.visible(audit.markdown(), keepingLayout: true), terminator: "")
        case .json: FileHandle.standardOutput.write(audit.json())
        }
        if broken > 0 || (strict && audit.total.unsourced > 0) { throw ExitCode(1) }
    }
}
