import ArgumentParser
import Foundation
import PosterLayout
import PosterRender
import ProfileModel
import ProfileSyntax

/// How `render` and `book` report what they wrote on standard output: a line of text, or a JSON
/// summary (`--format` already names the poster formats there, hence `--report`).
enum RunReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The `--report json` summaries of `render` (`beroepsbeeld-render/1`) and `book` (`beroepsbeeld-book/1`);
/// schemas in docs/schemas/render.schema.json and book.schema.json.
enum RunSummary {
    /// The sheet the posters were laid out on.
    struct PaperSummary: Encodable {
        let size: String
        let orientation: String
        /// The sheet's sides in whole millimetres.
        let widthMm, heightMm: Int

        init(_ paper: Paper) {
            size = paper.size.rawValue
            orientation = paper.orientation.rawValue
            widthMm = Int((paper.width * 25.4 / 72).rounded())
            heightMm = Int((paper.height * 25.4 / 72).rounded())
        }
    }

    /// What became of one profile.
    struct ProfileSummary: Encodable {
        let path: String
        let title: String?
        let slug: String?
        let version: String?
        /// Whether its poster was written (render) or bound (book).
        let ok: Bool
        /// Render: the files written for it.
        let files: [String]?
        /// Book: the page its poster is on, from 1.
        let page: Int?
        /// Errors and warnings, as `check --format json` gives them.
        let diagnostics: [Diagnostic]
        /// A failure no diagnostic describes.
        let error: String?

        init(path: String, identity: PosterJob.Identity?, ok: Bool, diagnostics: [Diagnostic], error: String?, files: [String]? = nil,
             page: Int? = nil) {
            self.path = path
            title = identity?.title
            slug = identity?.slug
            version = identity?.version
            self.ok = ok
            self.files = files
            self.page = page
            self.diagnostics = diagnostics
            self.error = error
        }
    }

    struct Counts: Encodable {
        let profiles, succeeded, failed: Int
    }

    /// `render --report json`.
    static func render(_ outcomes: [PosterJob.Outcome], paths: [String], job: PosterJob) -> Data {
        struct Document: Encodable {
            let outputFolder: String
            let paper: PaperSummary
            let formats: [String]
            let dpi: Int
            let profiles: [ProfileSummary]
            let counts: Counts
            /// Files written in all.
            let files: Int
        }
        let profiles = zip(paths, outcomes).map { path, outcome in
            ProfileSummary(path: path, identity: outcome.identity, ok: !outcome.failed, diagnostics: outcome.diagnostics, error: outcome.error,
                           files: outcome.written)
        }
        let failed = outcomes.filter(\.failed).count
        return StableJSON.document(Document(outputFolder: job.outputFolder, paper: PaperSummary(job.paper), formats: job.formats.map(\.rawValue),
                                            dpi: job.dpi, profiles: profiles,
                                            counts: Counts(profiles: outcomes.count, succeeded: outcomes.count - failed, failed: failed),
                                            files: outcomes.reduce(0) { $0 + $1.written.count }),
                                   format: "beroepsbeeld-render/1")
    }

    /// `book --report json`: `file` is absent and `pages` 0 when no book was written.
    static func book(_ profiles: [ProfileSummary], file: String?, paper: Paper, pages: Int) -> Data {
        struct Document: Encodable {
            let file: String?
            let paper: PaperSummary
            let pages: Int
            let profiles: [ProfileSummary]
            let counts: Counts
        }
        let failed = profiles.count { !$0.ok }
        return StableJSON.document(Document(file: file, paper: PaperSummary(paper), pages: pages, profiles: profiles,
                                            counts: Counts(profiles: profiles.count, succeeded: profiles.count - failed, failed: failed)),
                                   format: "beroepsbeeld-book/1")
    }
}
