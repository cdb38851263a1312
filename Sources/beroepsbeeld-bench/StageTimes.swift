import ArgumentParser
import Dispatch
import Foundation
import PosterLayout
import PosterRender
import ProfileModel
import ProfileSyntax
import ProfileValidation

/// One profile taken from source to poster bytes in-process, stage by stage, many times over: the
/// median of each stage, so the same content can be compared with another tool in one run.
struct StageTimes {
    /// Median milliseconds of each stage.
    var parse = 0.0, validate = 0.0, layout = 0.0, draw = 0.0
    /// The size of the output file, in bytes.
    var bytes = 0

    var total: Double { parse + validate + layout + draw }
    /// Parse, validate and layout: everything before drawing.
    var beforeDraw: Double { parse + validate + layout }

    /// `source` (read from `path`) rendered `repeats` times to `format` on `paper` by `renderer`, after
    /// one warm-up run that fills the caches a long-running process has warm.
    static func measure(source: String, path: String, paper: Paper, format: OutputFormat, repeats: Int,
                        renderer: PosterRenderer) throws -> StageTimes {
        let engine = PosterLayoutEngine(measurer: renderer.measurer)
        var samples: [[Double]] = Array(repeating: [], count: 4)
        var bytes = 0
        for run in 0...max(repeats, 1) {
            var clock = DispatchTime.now()
            func lap(_ stage: Int) {
                let now = DispatchTime.now()
                if run > 0 { samples[stage].append(Double(now.uptimeNanoseconds - clock.uptimeNanoseconds) / 1e6) }
                clock = now
            }
            let loaded = ProfileLoader.parse(SourceFile(path: path, text: source))
            lap(0)
            let diagnostics = Validator.validate(loaded)
            lap(1)
            guard let profile = loaded.profile, !diagnostics.hasErrors else {
                throw ValidationError("\(path) has errors; run `beroepsbeeld check \(path)`")
            }
            let poster: Poster
            switch engine.layout(profile, paper: paper) {
            case .success(let laidOut): poster = laidOut
            case .failure: throw ValidationError("\(path) does not fit \(paper.name)")
            }
            lap(2)
            bytes = try renderer.render(poster, format: format, title: profile.title).count
            lap(3)
        }
        return StageTimes(parse: CLIBench.median(samples[0]), validate: CLIBench.median(samples[1]), layout: CLIBench.median(samples[2]),
                          draw: CLIBench.median(samples[3]), bytes: bytes)
    }

    /// The stages on one line: "parse 0.21 · validate 0.08 · layout 0.30 · draw 3.61 · total 4.20 ms".
    var line: String {
        [("parse", parse), ("validate", validate), ("layout", layout), ("draw", draw), ("total", total)]
            .map { "\($0.0) \(String(format: "%.2f", $0.1))" }.joined(separator: " · ") + " ms"
    }
}
