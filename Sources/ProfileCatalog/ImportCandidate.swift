import Foundation
import ParallelMap
import ProfileModel
import ProfileSyntax
import ProfileValidation

/// A file to import: its exact bytes, the profile read from them, what validation found, and what the
/// catalogue stores of it, all prepared before the import takes the write lock.
public struct ImportCandidate: Sendable {
    /// The path as given, for messages.
    public let path: String
    /// The file's bytes, stored and exported unchanged.
    public let bytes: Data
    public let loaded: LoadedProfile
    /// Syntax and validation diagnostics, in source order.
    public let diagnostics: [Diagnostic]
    /// The `version` row to store, when the file has a profile; its occupation and import time are set
    /// when it is stored.
    let row: VersionRecord?

    /// Reads and validates `bytes`, named `path` (whose extension chooses the form).
    public init(path: String, bytes: Data) {
        self.path = path
        self.bytes = bytes
        loaded = ProfileLoader.load(path: path, bytes: [UInt8](bytes))
        diagnostics = Validator.validate(loaded)
        row = loaded.profile.map { VersionRecord(profile: $0, path: path, source: bytes) }
    }

    /// Prepares `files` on every core, keeping their order.
    public static func prepare(_ files: [(path: String, bytes: Data)]) -> [ImportCandidate] {
        Parallel.map(files) { file in ImportCandidate(path: file.path, bytes: file.bytes) }
    }

    /// The profile, when it can be stored: no errors, and a version to file it under.
    public var storable: Profile? {
        guard let profile = loaded.profile, !diagnostics.hasErrors, profile.version != nil else { return nil }
        return profile
    }

    /// The diagnostics that keep the file out of the catalogue: its errors, and the missing version.
    public var blockingDiagnostics: [Diagnostic] {
        diagnostics.filter { $0.severity == .error || $0.code == Self.missingVersionCode }
    }

    private static let missingVersionCode = Validator.rules.first { $0 is MissingVersion }!.code.id

    /// Why the file cannot be stored, nil when it can.
    public var refusal: String? {
        if loaded.profile == nil || diagnostics.hasErrors { return "the file has errors" }
        if loaded.profile?.version == nil { return "the profile has no version, and the catalogue files each version under its own" }
        return nil
    }
}
