import Foundation
import ProfileModel
import ProfileSyntax

/// The starting corpus: every profile under a folder in both forms, each behind its form byte.
enum Seeds {
    /// Writes one input per profile form under `folder` (the `.beroep` file as it is, and its JSON
    /// export) into `corpus`; returns how many it wrote.
    static func write(from folder: String, to corpus: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let paths = (FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? [])
            .filter(ProfileLoader.isProfilePath).sorted()
        var count = 0
        for path in paths {
            let loaded = try ProfileLoader.load(path: "\(folder)/\(path)")
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(path)")))
            var forms: [(UInt8, [UInt8])] = [(path.hasSuffix(".json") ? 1 : 0, bytes)]
            if let profile = loaded.profile, !path.hasSuffix(".json") { forms.append((1, [UInt8](ProfileJSON.encode(profile)))) }
            for (formByte, body) in forms {
                let name = path.replacingOccurrences(of: "/", with: "-") + (formByte == 1 ? ".json" : "") + ".seed"
                try Data([formByte] + body).write(to: URL(fileURLWithPath: "\(corpus)/\(name)"))
                count += 1
            }
        }
        return count
    }
}
