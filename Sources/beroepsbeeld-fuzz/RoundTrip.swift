import ProfileModel
import ProfileSyntax

/// The properties every profile that loads without errors must have, in either form.
enum RoundTrip {
    /// The outcome of checking one profile.
    enum Outcome: Equatable {
        case holds
        /// Which property failed, in words.
        case broken(String)
    }

    /// `fmt` is meaning-preserving (FormatCheck re-reads its own text) and idempotent, and the text goes
    /// through the JSON form and back without a change.
    static func check(_ profile: Profile) -> Outcome {
        let text: String
        switch FormatCheck.format(profile, path: "formatted.beroep") {
        case .success(let formatted): text = formatted
        case .failure(let failure): return .broken("fmt is not meaning-preserving: \(failure)")
        }
        guard let reread = ProfileLoader.parse(SourceFile(path: "formatted.beroep", text: text)).profile else {
            return .broken("the formatted text does not read back")
        }
        guard ProfileFormatter.format(reread) == text else { return .broken("fmt is not idempotent") }
        let decoded = ProfileJSON.decode(ProfileJSON.encode(profile), file: "exported.json")
        guard let fromJSON = decoded.profile, !decoded.diagnostics.hasErrors else {
            return .broken("the JSON export does not decode: \(decoded.diagnostics.map(\.message))")
        }
        guard fromJSON == profile else { return .broken("language → JSON → language loses meaning") }
        guard ProfileFormatter.format(fromJSON) == text else { return .broken("language → JSON → language changes the text") }
        return .holds
    }
}
