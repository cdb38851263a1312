import Foundation
import ProfileSyntax

/// A profile read from a file in either form, with everything found wrong on the way.
public struct LoadedProfile: Sendable {
    public let path: String
    /// The decoded text (in either form), for quoting in diagnostics; nil when the file is not text.
    public let source: SourceFile?
    /// Nil when the file could not be read as a profile at all.
    public let profile: Profile?
    public let diagnostics: [Diagnostic]

    public init(path: String, source: SourceFile?, profile: Profile?, diagnostics: [Diagnostic]) {
        self.path = path
        self.source = source
        self.profile = profile
        self.diagnostics = diagnostics
    }
}

/// Reads profiles from disk or memory, choosing the form by extension.
public enum ProfileLoader {
    /// The extension of the language form.
    public static let fileExtension = "beroep"

    /// Whether `path` names a profile in either form.
    public static func isProfilePath(_ path: String) -> Bool {
        path.hasSuffix("." + fileExtension) || path.hasSuffix(".json")
    }

    /// Reads `path`; throws only when the file cannot be read.
    public static func load(path: String) throws -> LoadedProfile {
        switch RegularFile.read(path, limit: SourceFile.maximumSize) {
        case .bytes(let bytes): return load(path: path, bytes: bytes)
        case .tooLarge(let size): return LoadedProfile(path: path, source: nil, profile: nil, diagnostics: [SourceFile.tooLarge(path: path, size: size)])
        case nil: break  // read the Foundation way below, for its error
        }
        let url = URL(fileURLWithPath: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes[.size] as? Int, size > SourceFile.maximumSize {
            // Refuse before reading a huge file into memory.
            return LoadedProfile(path: path, source: nil, profile: nil, diagnostics: [SourceFile.tooLarge(path: path, size: size)])
        }
        return load(path: path, bytes: [UInt8](try Data(contentsOf: url)))
    }

    /// Reads a profile from bytes; `path` chooses the form and names the file in diagnostics.
    public static func load(path: String, bytes: [UInt8]) -> LoadedProfile {
        if path.hasSuffix(".json") { return ProfileJSON.load(path: path, bytes: bytes) }
        let (source, decodeDiagnostics) = SourceFile.decode(path: path, bytes: bytes)
        guard let source else { return LoadedProfile(path: path, source: nil, profile: nil, diagnostics: decodeDiagnostics) }
        return parse(source, extra: decodeDiagnostics)
    }

    /// Parses and lowers a source in the language form.
    public static func parse(_ source: SourceFile, extra: [Diagnostic] = []) -> LoadedProfile {
        let (tree, syntaxDiagnostics) = Parser.parse(source)
        let (profile, buildDiagnostics) = ProfileBuilder.build(tree, file: source.path)
        return LoadedProfile(path: source.path, source: source, profile: profile,
                             diagnostics: (extra + syntaxDiagnostics + buildDiagnostics).sortedByLocation())
    }
}
