import Foundation
import ProfileDiff
import ProfileModel
import ProfileSyntax
import TestSupport

/// Test inputs: profiles written inline, and the real version pairs in Profiles/.
enum DiffFixtures {
    static let root = TestSupport.packageRoot

    /// A profile from the language; fails the test run if it does not parse.
    static func profile(_ text: String) -> Profile {
        let loaded = ProfileLoader.parse(SourceFile(path: "test.beroep", text: text))
        precondition(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.map(\.message))")
        return loaded.profile!
    }

    /// A profile with a header and the given parts' bodies.
    static func profile(title: String = "Wooncoach", version: String = "2021", _ body: String) -> Profile {
        profile("beroepsbeeld: \(title)\nversie: \(version)\ntaal: nl\n\n" + body)
    }

    /// The profile at `path`, relative to the package root.
    static func load(_ path: String) throws -> Profile {
        try ProfileLoader.load(path: root.appendingPathComponent(path).path).profile!
    }
}
