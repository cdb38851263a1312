import Testing
import PosterLayout
@testable import DiffPoster

/// Diff marks are told apart by more than colour.
@Suite struct ChangeMarkTests {
    /// A mark's drawing with every colour made the same: what is left is shape.
    private func shape(_ primitives: [Primitive]) -> [Primitive] {
        let grey = Color(0x808080)
        return primitives.map { primitive -> Primitive in
            switch primitive {
            case .fill(let path, _, let opacity): return .fill(path, grey, opacity: opacity)
            case .stroke(let path, _, let width): return .stroke(path, grey, width: width)
            case .text(var line):
                line.color = grey
                return .text(line)
            case .link: return primitive
            }
        }
    }

    @Test(arguments: Theme.all) func everyMarkHasItsOwnShape(theme: Theme) throws {
        let pair = try #require(try VersionPairs.all().first)
        let layout = DiffPosterLayout(measurer: PangoTextMeasurer())
        let poster = try layout.poster(pair.new, paper: Paper(.a3), language: nil, theme: theme).get()
        let overlay = DiffOverlay(poster: poster, setter: layout.setter)
        let frame = Rect(x: 100, y: 100, width: 120, height: 30)
        let shapes = ChangeMark.allCases.map { shape(overlay.band(frame, $0)) }
        for (i, a) in shapes.enumerated() {
            for (j, b) in shapes.enumerated() where i < j {
                #expect(a != b, "\(ChangeMark.allCases[i]) and \(ChangeMark.allCases[j]) differ only in colour in \(theme.name)")
            }
        }
    }

    @Test func theColourBlindThemeHasNoRedGreenPairForAddedAndRemoved() {
        let added = ChangeMark.added.color(in: .colorBlindSafe), removed = ChangeMark.removed.color(in: .colorBlindSafe)
        // Okabe–Ito bluish green and vermillion, told apart by every common colour-vision deficiency.
        #expect(added == Color(0x009E73))
        #expect(removed == Color(0xD55E00))
    }
}
