import Foundation
import ProfileModel

/// The profiles the render tests draw.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PosterFixtures")
    static let teeltspecialistPath = folder.appendingPathComponent("teeltspecialist-2020.beroep").path
    /// Source numbers, sketch items, a paraphrase, and parts not researched.
    static let wooncoachPath = folder.appendingPathComponent("wooncoach-evidence.beroep").path
    /// A folder with a hybrid (economics teacher and accountant) and its two components.
    static let hybridFolder = folder.appendingPathComponent("hybride").path
    static let hybridPath = hybridFolder + "/docent-economie-accountant.beroep"
}
