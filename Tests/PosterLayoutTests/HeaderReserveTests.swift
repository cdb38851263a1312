import PosterLayout
import ProfileModel
import Testing

/// The room a caller asks every box header to keep free, as the diff does for its shift badges.
@Suite struct HeaderReserveTests {
    let engine = PosterLayoutEngine(measurer: PangoTextMeasurer())

    @Test func headingsWrapBeforeTheReservedRoom() throws {
        let profile = try Fixtures.teeltspecialist()
        let reserve = 4.0
        let poster = try engine.layout(profile, paper: Paper(.a3), headerReserve: reserve).get()
        let plain = try engine.layout(profile, paper: Paper(.a3)).get()
        for box in poster.allBoxes {
            let room = Rect(x: box.header.maxX - reserve * poster.bodySize, y: box.header.minY, width: reserve * poster.bodySize,
                            height: box.header.height)
            for line in box.heading { #expect(!line.frame.intersects(room), "`\(line.text)` runs into the reserved room") }
        }
        // Without a reserve some heading does reach that far: the test can fail.
        #expect(plain.allBoxes.contains { box in
            box.heading.contains { $0.frame.maxX > box.header.maxX - reserve * plain.bodySize }
        })
    }

    @Test func theBannerBandIsTheRibbonsFront() throws {
        let poster = try engine.layout(try Fixtures.teeltspecialist(), paper: Paper(.a3)).get()
        let banner = try #require(poster.banner)
        let band = banner.band(bodySize: poster.bodySize)
        #expect(banner.frame.contains(band))
        #expect(band.height == banner.frame.height && band.width < banner.frame.width)
        for line in banner.lines { #expect(band.contains(line.frame)) }
    }
}
