import ArgumentParser
import Dispatch
import Foundation
import PosterLayout
import PosterRender
import ProfileModel
import ProfileSyntax

/// Poster throughput and memory: one A3 poster from source to PDF (stage by stage) and to PNG, a
/// batch to PDF+SVG on two cores, and peak memory after a small and a ten times larger batch (a leak
/// shows as growth). With `--file`, only the stages of that one profile.
struct RenderBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Lay out and draw generated profiles as posters; or one given profile, stage by stage.")

    @Option(help: "Render only this profile, --repeat times in-process, and print the median of each stage.")
    var file: String?

    @Option(help: "With --file: how many times to render it (after one warm-up run).")
    var `repeat` = 200

    @Option(help: "With --file: pdf, svg or png.")
    var format: OutputFormat = .pdf

    @Option(help: "With --file: the paper, a4 to a1.")
    var paper: PaperSize = .a3

    /// The poster the issue's goals are measured on.
    static let referenceProfile = "Profiles/teeltspecialist/2020.beroep"

    @Option(help: "Posters in the timed batch.")
    var count = 100

    @Option(help: "Posters in the memory batch that must not grow the peak.")
    var large = 1000

    @Option(help: "Worker threads for the batches.")
    var cores = 2

    func run() throws {
        let measurer = PangoTextMeasurer()
        let renderer = PosterRenderer(measurer: measurer)
        if let file {
            let times = try StageTimes.measure(source: try String(contentsOfFile: file, encoding: .utf8), path: file, paper: Paper(paper),
                                               format: format, repeats: `repeat`, renderer: renderer)
            print("render \(file) → \(format.rawValue.uppercased()) on \(Paper(paper).name), median of \(`repeat`): \(times.line), "
                  + "\(times.bytes / 1024) KiB")
            return
        }
        try referencePoster(renderer)
        let paper = Paper(.a3)
        let engine = PosterLayoutEngine(measurer: measurer)
        _ = try renderer.render(try Self.poster(0, engine, paper).0, format: .pdf, title: "warm-up")
        let single = 50
        let start = DispatchTime.now()
        var bytes = 0
        for index in 0..<single {
            let (laidOut, title) = try Self.poster(index, engine, paper)
            bytes += try renderer.render(laidOut, format: .pdf, title: title).count
        }
        let perPoster = seconds(since: start) * 1000 / Double(single)
        print("render: one A3 poster, source → PDF in-process: \(String(format: "%.1f", perPoster)) ms "
              + "(mean of \(single), \(bytes / single / 1024) KiB each; goal < 30 ms)")

        let batch = try self.batch(count, paper: paper)
        print("render: \(count) posters → PDF+SVG on \(cores) cores: \(String(format: "%.2f", batch)) s (goal < 4 s); "
              + "peak RSS \(PeakMemory.megabytes()) MB")
        let largeBatch = try self.batch(large, paper: paper)
        print("render: \(large) posters → PDF+SVG on \(cores) cores: \(String(format: "%.2f", largeBatch)) s; "
              + "peak RSS \(PeakMemory.megabytes()) MB (goal < 150 MB, not growing)")
    }

    /// Goals 1 and 2 on the reference poster: what precedes drawing next to the drawing, and PNG next to PDF.
    private func referencePoster(_ renderer: PosterRenderer) throws {
        let source = try String(contentsOfFile: Self.referenceProfile, encoding: .utf8)
        func times(_ format: OutputFormat) throws -> StageTimes {
            try StageTimes.measure(source: source, path: Self.referenceProfile, paper: Paper(.a3), format: format, repeats: 200, renderer: renderer)
        }
        let pdf = try times(.pdf), png = try times(.png)
        print("render: \(Self.referenceProfile) → PDF on A3, median of 200: \(pdf.line)")
        print("render: parse + validate + layout = \(Int((100 * pdf.beforeDraw / pdf.draw).rounded()))% of draw (goal ≤ 20%)")
        print("render: the same → PNG at 150 dpi: \(png.line), \(png.bytes / 1024) KiB; "
              + "PNG total = \(String(format: "%.2f", png.total / pdf.total))× PDF total (goal ≤ 1.5×)")
    }

    /// Renders `total` posters to PDF and SVG on `cores` threads, each with its own renderer; seconds taken.
    private func batch(_ total: Int, paper: Paper) throws -> Double {
        let cursor = Cursor()
        let start = DispatchTime.now()
        DispatchQueue.concurrentPerform(iterations: cores) { _ in
            let measurer = PangoTextMeasurer()
            let renderer = PosterRenderer(measurer: measurer, drawsOnEveryCore: false)
            let engine = PosterLayoutEngine(measurer: measurer)
            while let index = cursor.next(below: total) {
                do {
                    let (laidOut, title) = try Self.poster(index, engine, paper)
                    _ = try renderer.render(laidOut, format: .pdf, title: title)
                    _ = try renderer.render(laidOut, format: .svg, title: title)
                } catch {
                    cursor.fail(error)
                }
            }
        }
        if let error = cursor.error { throw error }
        return seconds(since: start)
    }

    /// Generated profile `index` parsed from source and laid out, with its title.
    private static func poster(_ index: Int, _ engine: PosterLayoutEngine, _ paper: Paper) throws -> (Poster, String) {
        let loaded = ProfileLoader.parse(SourceFile(path: "gen/\(index).beroep", text: CorpusGenerator.profile(index)))
        guard let profile = loaded.profile else { throw ValidationError("generated profile \(index) does not parse") }
        return (try engine.layout(profile, paper: paper).get(), profile.title)
    }

    private func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}

/// Hands out indices to worker threads and keeps the first error.
private final class Cursor: @unchecked Sendable {
    private let lock = NSLock()
    private var position = 0
    private(set) var error: Error?

    func next(below total: Int) -> Int? {
        lock.withLock {
            guard position < total, error == nil else { return nil }
            defer { position += 1 }
            return position
        }
    }

    func fail(_ error: Error) { lock.withLock { self.error = self.error ?? error } }
}

extension OutputFormat: ExpressibleByArgument {}
extension PaperSize: ExpressibleByArgument {}
