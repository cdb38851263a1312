import Foundation
import ProfileModel

/// The profiles the render tests draw.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PosterFixtures")
    static let teeltspecialistPath = folder.appendingPathComponent("teeltspecialist-2020.beroep").path
}
