import CLISupport
import Foundation
import PosterLayout
import PosterRender
import ProfileModel
import ProfileSyntax
import ProfileValidation

/// One profile through the poster pipeline: load, validate, lay out, draw, write.
struct PosterJob: Sendable {
    let paper: Paper
    let language: ContentLanguage?
    let theme: Theme
    let formats: [OutputFormat]
    let dpi: Int
    let outputFolder: String
    /// Whether statements carry their source numbers (`--no-references` turns them off).
    var references = true
    /// The titles of the profiles given, by slug, for the title block of a hybrid's poster.
    var componentTitles: [String: String] = [:]

    /// What the run's summary names a profile by. An outcome keeps this rather than the loaded
    /// profile, so a run over many files holds no source or profile past its own job and its memory
    /// stays flat however many files there are.
    struct Identity: Sendable {
        let title: String
        let slug: String
        let version: String?

        init(_ profile: Profile) {
            title = profile.title
            slug = profile.effectiveSlug
            version = profile.version
        }
    }

    /// What became of one profile.
    struct Outcome: Sendable {
        /// Nil when the file could not be read as a profile.
        let identity: Identity?
        /// Errors and warnings to print, rendered.
        let report: String
        let written: [String]
        let failed: Bool
        /// The errors and warnings in `report`, for the JSON summary.
        var diagnostics: [Diagnostic] = []
        /// A failure no diagnostic describes (an unreadable file, a clash of names, a failed write).
        var error: String? = nil
    }

    /// A profile laid out, or the printed reason it could not be.
    enum Prepared {
        case poster(Poster, LoadedProfile, report: String, diagnostics: [Diagnostic])
        case failed(Outcome)
    }

    /// Loads, validates and lays out `path`; errors stop it before anything is drawn.
    func prepare(_ path: String, engine: PosterLayoutEngine, colored: Bool) -> Prepared {
        let loaded: LoadedProfile
        do { loaded = try ProfileLoader.load(path: path) } catch {
            let message = "cannot read \(path): \(error.localizedDescription)"
            return .failed(Outcome(identity: nil, report: "error: \(message)\n", written: [], failed: true, error: message))
        }
        let renderer = DiagnosticRenderer(colored: colored)
        let diagnostics = Validator.validate(loaded).filter { $0.severity != .info }
        var report = renderer.renderSafely(diagnostics, source: loaded.source)
        guard let profile = loaded.profile, !diagnostics.hasErrors else {
            return .failed(Outcome(identity: loaded.profile.map(Identity.init), report: report, written: [], failed: true, diagnostics: diagnostics))
        }
        switch engine.layout(profile, paper: paper, language: language, theme: theme, references: references,
                             componentTitles: componentTitles) {
        case .success(let poster):
            return .poster(poster, loaded, report: report, diagnostics: diagnostics)
        case .failure(let failure):
            let fit = PosterFit.diagnostics(for: failure, profile: profile, file: path, language: language, engine: engine)
            report += renderer.renderSafely(fit, source: loaded.source)
            return .failed(Outcome(identity: loaded.profile.map(Identity.init), report: report, written: [], failed: true, diagnostics: diagnostics + fit))
        }
    }

    /// The file name for a profile, without extension: slug and version, reduced to `[a-z0-9-]`,
    /// so it can never leave the output folder.
    static func baseName(_ profile: Profile) -> String {
        baseName(slug: profile.effectiveSlug, version: profile.version)
    }

    /// `baseName` of a profile with this slug and version.
    static func baseName(slug: String, version: String?) -> String {
        Slug.make(slug) + (version.map { "-" + Slug.make($0) } ?? "")
    }

    /// Renders `path` in every format and writes the files; nothing is written unless every format drew.
    func run(_ path: String, renderer: PosterRenderer, mayWrite: (String) -> Bool, colored: Bool) -> Outcome {
        let engine = PosterLayoutEngine(measurer: renderer.measurer)
        let poster: Poster, loaded: LoadedProfile, report: String, diagnostics: [Diagnostic]
        switch prepare(path, engine: engine, colored: colored) {
        case .failed(let outcome): return outcome
        case .poster(let laidOut, let source, let printed, let found): (poster, loaded, report, diagnostics) = (laidOut, source, printed, found)
        }
        let profile = loaded.profile!
        let identity = Identity(profile)
        let base = Self.baseName(profile)
        guard mayWrite(base) else {
            let message = "another profile also renders to \(base); give one a different slug or version"
            return Outcome(identity: identity, report: report + "error: \(message)\n  --> \(path)\n", written: [], failed: true,
                           diagnostics: diagnostics, error: message)
        }
        do {
            let files = try formats.map { format in
                (outputFolder + "/" + base + "." + format.fileExtension,
                 try renderer.render(poster, format: format, dpi: Double(dpi), title: profile.title))
            }
            var written: [String] = []
            do {
                for (file, bytes) in files {
                    try OutputFile.write(Data(bytes), to: file)
                    written.append(file)
                }
            } catch {
                for file in written { try? FileManager.default.removeItem(atPath: file) }
                throw error
            }
            return Outcome(identity: identity, report: report, written: files.map(\.0), failed: false, diagnostics: diagnostics)
        } catch {
            let message = "cannot render \(ControlCharacters.visible(path)): \(error)"
            return Outcome(identity: identity, report: report + "error: \(message)\n", written: [], failed: true, diagnostics: diagnostics, error: message)
        }
    }
}
