import Foundation
import ProfileModel
import ProfileSyntax

/// The layout stage's diagnostic codes (`L…`).
public enum LayoutCodes {
    public static let partOverflow = DiagnosticCode(
        "L001", "part-overflow",
        summary: "A part holds more text than fits beside the figure on the chosen paper, even at the smallest legible size.",
        bad: "hoofd:\n  - (forty long items, checked with --paper a4)",
        good: "hoofd:\n  - (the part shortened or split, or checked with --paper a3)")

    public static let titleOverflow = DiagnosticCode(
        "L002", "title-overflow",
        summary: "The title does not fit in the poster's title block: more than three lines even at the smallest title size.",
        bad: "beroepsbeeld: (a title of 400 characters without a space)", good: "beroepsbeeld: Teeltspecialist")

    /// Every layout code, in code order.
    public static let all: [DiagnosticCode] = [partOverflow, titleOverflow]
}

/// Whether a profile fits on a paper: what `check --paper` reports and what `render` refuses on.
public enum PosterFit {
    /// The L001 errors for `profile` on `paper`; empty when it lays out, in which case it renders on
    /// that paper (render runs the same layout).
    public static func diagnostics(for profile: Profile, file: String, paper: Paper, language: ContentLanguage? = nil) -> [Diagnostic] {
        let engine = PosterLayoutEngine(measurer: PangoTextMeasurer.forCurrentThread())
        guard case .failure(let failure) = engine.layout(profile, paper: paper, language: language) else { return [] }
        return diagnostics(for: failure, profile: profile, file: file, language: language, engine: engine)
    }

    /// The L001 errors for a failed layout, each naming the part and the smallest paper it fits on.
    public static func diagnostics(for failure: LayoutFailure, profile: Profile, file: String, language: ContentLanguage?,
                                   engine: PosterLayoutEngine) -> [Diagnostic] {
        if failure.titleTooLong {
            return [Diagnostic(.error, LayoutCodes.titleOverflow, "the title does not fit in the title block on \(failure.paper.name)",
                               file: file, span: profile.fieldOrigins[.title]?.span, label: "too long for three lines",
                               help: "shorten the title (put the details in `sector:` or `regio:`); a long word breaks only where it can be hyphenated")]
        }
        // Only a part that overflows is helped by larger paper: each is laid out in full to find the smallest that fits.
        let fits = failure.paper.larger.first { paper in
            if case .success = engine.layout(profile, paper: paper, language: language) { true } else { false }
        }
        let wording = Wording(language ?? profile.effectiveLanguage)
        return failure.parts.map { overflow in
            let part = profile.part(overflow.kind)
            let group = part?.groups.first { $0.name == overflow.group }
            let name = wording.heading(overflow.kind, group: overflow.group).lowercased()
            let help = fits.map { "it fits on \($0.name) (--paper \($0.size.rawValue)); or shorten the part or move items out of it" }
                ?? "no paper up to a1 fits it; shorten the part or move items out of it"
            return Diagnostic(.error, LayoutCodes.partOverflow,
                              "part `\(name)` does not fit on \(failure.paper.name), even at \(failure.paper.size.minimumBodySize.formatted()) pt",
                              file: file, span: group?.origin.span ?? part?.origin.span,
                              label: "too much text for \(failure.paper.name)", help: help)
        }
    }
}

extension Double {
    /// `6.5` as "6.5" and `9.0` as "9".
    fileprivate func formatted() -> String { self == rounded() ? String(Int(self)) : String(self) }
}

extension PangoTextMeasurer {
    /// The calling thread's measurer, made on first use and kept for the thread's life.
    public static func forCurrentThread() -> PangoTextMeasurer {
        let key = "beroepsbeeld.PangoTextMeasurer"
        if let measurer = Thread.current.threadDictionary[key] as? PangoTextMeasurer { return measurer }
        let measurer = PangoTextMeasurer()
        Thread.current.threadDictionary[key] = measurer
        return measurer
    }
}
