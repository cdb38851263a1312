import Testing
import PosterLayout
import ProfileDiff
@testable import DiffPoster

/// The history figure for the real profiles in Profiles/.
@Suite struct HistoryChartTests {
    let chart = HistoryChart(measurer: PangoTextMeasurer())
    let paper = Paper(.a3)

    private func texts(_ page: DiffPage) -> [TextLine] {
        page.primitives.compactMap { primitive -> TextLine? in if case .text(let line) = primitive { line } else { nil } }
    }

    @Test func onlyOccupationsWithAHistoryGetAPageAndTheOthersAreNamed() throws {
        let histories = VersionHistory.histories(try VersionPairs.versions())
        let single = histories.filter { $0.steps.isEmpty }
        #expect(!single.isEmpty)
        let pages = chart.pages(histories, paper: paper, language: .nl, theme: .standard)
        #expect(pages.map(\.title) == histories.filter { !$0.steps.isEmpty }.map(\.title))
        // Lines joined as they read: a line that ends in a hyphen ("Ict-" / "manager") runs on.
        let firstPage = texts(pages[0].page).map(\.text).reduce("") { $0.isEmpty ? $1 : $0 + ($0.hasSuffix("-") ? "" : " ") + $1 }
        #expect(firstPage.contains("Eén versie, dus geen geschiedenis"))
        for history in single { #expect(firstPage.contains(history.title), "\(history.title) is not named") }
        for (_, page) in pages.dropFirst() { #expect(!texts(page).contains { $0.text.contains("Eén versie") }) }
    }

    @Test func withNoHistoryAtAllOnePageSaysSo() throws {
        let histories = VersionHistory.histories(try VersionPairs.versions()).filter { $0.steps.isEmpty }
        let pages = chart.pages(histories, paper: paper, language: .en, theme: .standard)
        #expect(pages.count == 1)
        #expect(texts(pages[0].page).map(\.text).joined(separator: " ").contains("One version only, so no history"))
    }

    @Test func theOverallShiftIsALabelledBar() throws {
        let theme = Theme.standard
        for history in VersionHistory.histories(try VersionPairs.versions()) where !history.steps.isEmpty {
            let page = chart.page(history, paper: paper, language: .nl, theme: theme, note: [])
            let lines = texts(page)
            let labels = lines.filter { $0.text == "geheel" && $0.font.size < 10 * paper.size.scale }
            #expect(labels.count == history.steps.count, "\(history.title)")
            let inkBars = page.primitives.compactMap { primitive -> Rect? in
                guard case .fill(let path, let color, _) = primitive, color == theme.ink else { return nil }
                let points = path.compactMap { command -> Point? in if case .move(let p) = command { p } else if case .arc(let c, _, _, _) = command { c } else { nil } }
                guard let first = points.first else { return nil }
                return points.dropFirst().reduce(Rect(x: first.x, y: first.y, width: 0, height: 0)) { $0.union(Rect(x: $1.x, y: $1.y, width: 0, height: 0)) }
            }
            for (label, step) in zip(labels, history.steps) {
                // The bar stands right under its label, and the value sits right over the label.
                #expect(inkBars.contains { abs($0.midX - label.frame.midX) < 0.5 && abs($0.minY - label.frame.maxY) < 0.5 }, "\(history.title)")
                #expect(lines.contains { $0.text == DiffWording.score(step.shift) && abs($0.frame.maxY - label.frame.minY) < 0.01 }, "\(history.title)")
            }
        }
    }
}
