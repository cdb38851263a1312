import Foundation
import ProfileModel

/// The profiles the poster tests lay out.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PosterFixtures")

    /// The Greenport teeltspecialist after Figuur 1 of the research.
    static func teeltspecialist() throws -> Profile {
        try load(folder.appendingPathComponent("teeltspecialist-2020.beroep").path)
    }

    /// A wooncoach citing three sources (one never), with sketch items, a paraphrased quote, and the
    /// heart and the passion declared not researched.
    static func wooncoach() throws -> Profile {
        try load(folder.appendingPathComponent("wooncoach-evidence.beroep").path)
    }

    /// A hybrid: economics teacher one day, accountant four days, moved from company to school; the gut
    /// and feet split into `school` and `bedrijf` groups, a linking part, `[beoogd]` items; its two
    /// components beside it.
    static func hybrid() throws -> Profile {
        try load(folder.appendingPathComponent("hybride/docent-economie-accountant.beroep").path)
    }

    static func load(_ path: String) throws -> Profile {
        let loaded = try ProfileLoader.load(path: path)
        guard let profile = loaded.profile else { throw FixtureError(path: path) }
        return profile
    }

    struct FixtureError: Error { let path: String }
}
