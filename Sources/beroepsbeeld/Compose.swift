import ArgumentParser
import CLISupport
import Foundation
import HybridMatch
import ProfileModel

/// `beroepsbeeld compose`: a draft hybrid profile from a school-side and a company-side profile.
struct Compose: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compose",
        abstract: "Write a draft hybrid profile from a school-side profile A and a company-side profile B (docs/hybrid.md).",
        discussion: """
        What both share is written once (matched as `diff` matches items), what only one side has goes under \
        `school:` / `bedrijf:`, with every source and citation kept; uncited statements are marked [schets]. \
        The direction and the linking role are left as commented skeletons for the researcher. \
        Exit status: 0 on success, 1 when a profile has errors, 2 on usage or I/O errors.
        """)

    @Option(help: "The school and company shares of the working time, in percent: 40/60 (default 50/50).")
    var share: String = "50/50"

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output; a path ending in / is a folder for A-B.beroep.")
    var output: String?

    @Argument(help: "The school-side profile (.beroep or .json).")
    var school: String

    @Argument(help: "The company-side profile (.beroep or .json).")
    var company: String

    /// The two shares; they must be positive and add up to 100.
    var shares: (school: Double, company: Double) {
        get throws {
            let parts = share.split(separator: "/").map { Double($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: "")) }
            guard parts.count == 2, let a = parts[0], let b = parts[1], a > 0, b > 0, abs(a + b - 100) < 0.001 else {
                throw ValidationError("--share takes two positive percentages that add up to 100, as 40/60; got \(share)")
            }
            return (a, b)
        }
    }

    func validate() throws { _ = try shares }

    func run() throws {
        let schoolProfile = try ProfileReading.readValid(school), companyProfile = try ProfileReading.readValid(company)
        for (file, profile) in [(school, schoolProfile), (company, companyProfile)] where profile.isHybrid {
            throw CLIError("\(file) is a hybrid profile already; compose combines two single occupations")
        }
        let draft = DraftComposer.compose(school: schoolProfile, company: companyProfile, shares: try shares, version: String(New.currentYear()))
        let name = "\(schoolProfile.effectiveSlug)-\(companyProfile.effectiveSlug).\(ProfileLoader.fileExtension)"
        switch FormatCheck.format(draft, path: output ?? name) {
        case .success(let text): try ProfileReading.emit(Data(text.utf8), to: output, name: name)
        case .failure(let failure): throw CLIError("cannot write the draft in the profile language: \(failure)")
        }
    }
}
