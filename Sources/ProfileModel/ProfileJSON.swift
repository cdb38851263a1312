import Foundation
import ProfileSyntax

/// The JSON form of a profile (schema: `docs/profile.schema.json`).
public enum ProfileJSON {
    /// Pretty-printed, keys sorted, with a final newline: the same profile always gives the same bytes.
    public static func encode(_ profile: Profile) -> Data {
        StableJSON.encode(profile)
    }

    /// Reads a profile's JSON form from `bytes`, named `path` in diagnostics: the text is checked as
    /// the language's is (size, binary data, UTF-8), read with positions (`JSONReader`), built with every
    /// check the language makes (`JSONProfileBuilder`), and compared with itself written in the language
    /// and read back (`LanguageRoundTrip`). The source is kept for quoting.
    public static func load(path: String, bytes: [UInt8]) -> LoadedProfile {
        let (source, decodeDiagnostics) = SourceFile.decode(path: path, bytes: bytes)
        guard let source else { return LoadedProfile(path: path, source: nil, profile: nil, diagnostics: decodeDiagnostics) }
        let (root, syntaxError) = JSONReader.read(String(decoding: bytes, as: UTF8.self), path: path)
        guard let root else {
            return LoadedProfile(path: path, source: source, profile: nil, diagnostics: (decodeDiagnostics + [syntaxError!]).sortedByLocation())
        }
        var (profile, diagnostics) = JSONProfileBuilder.build(root, file: path)
        // Only a profile without errors is compared: an error's value was left out, so it would differ too.
        if let profile, !diagnostics.hasErrors { diagnostics += LanguageRoundTrip.diagnostics(profile, file: path, root: root.span) }
        return LoadedProfile(path: path, source: source, profile: profile, diagnostics: capped(decodeDiagnostics + diagnostics))
    }

    /// How many diagnostics of one code one line gets before the rest are counted in one more.
    public static let diagnosticsPerLine = 20

    /// `diagnostics` in source order, with at most `diagnosticsPerLine` of one code on one line and then
    /// one that counts the rest. A minified JSON profile is a single line that every diagnostic quotes:
    /// 50,000 bad values on it would print 50,000 windows of a 4 MiB line.
    private static func capped(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var counts: [String: Int] = [:]
        var lastDropped: [String: Diagnostic] = [:]
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            let key = "\(diagnostic.span?.line ?? 0) \(diagnostic.code)"
            counts[key, default: 0] += 1
            if counts[key]! <= diagnosticsPerLine { kept.append(diagnostic) } else { lastDropped[key] = diagnostic }
        }
        for (key, last) in lastDropped {
            var note = last
            note.message = "… and \(counts[key]! - diagnosticsPerLine) more like this on line \(last.span?.line ?? 0)"
            (note.label, note.help) = ("the last of them", "the fix of the ones above applies to these too")
            kept.append(note)
        }
        return kept.sortedByLocation()
    }

    /// `load(path:bytes:)` for data in memory: the profile, if the text is an object, and every problem found.
    public static func decode(_ data: Data, file: String) -> (profile: Profile?, diagnostics: [Diagnostic]) {
        let loaded = load(path: file, bytes: [UInt8](data))
        return (loaded.profile, loaded.diagnostics)
    }
}
