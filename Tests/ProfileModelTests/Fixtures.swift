import Foundation
import ProfileModel
import ProfileSyntax
import TestSupport

/// Test inputs: the fixtures in Tests/Fixtures and the real profiles in Profiles/.
enum Fixtures {
    static let root = TestSupport.packageRoot

    static func text(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Tests/Fixtures/\(name)"), encoding: .utf8)
    }

    /// Every `.beroep` file under Profiles/ and Tests/Fixtures, relative to the package root.
    static func allProfilePaths() -> [String] {
        ["Profiles", "Tests/Fixtures"].flatMap { folder in
            (FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)?.compactMap { $0 as? String } ?? [])
                .filter { $0.hasSuffix(".beroep") }.sorted().map { "\(folder)/\($0)" }
        }
    }

    static func load(_ text: String, path: String = "test.beroep") -> LoadedProfile {
        ProfileLoader.parse(SourceFile(path: path, text: text))
    }
}
