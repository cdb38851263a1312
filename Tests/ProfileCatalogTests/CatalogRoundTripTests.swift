import Foundation
import Testing
@testable import ProfileCatalog

@Suite struct CatalogRoundTripTests {
    @Test func placeholder() {}
}
