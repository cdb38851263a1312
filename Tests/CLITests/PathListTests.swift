import CLISupport
import Testing

@Suite struct PathListTests {
    /// Paths come back exactly as given, in order: in and out of shared folders, without a folder, at the
    /// root, with non-ASCII names, repeated, and after an empty one.
    @Test func givesBackEveryPathAsGiven() {
        let paths = ["Profiles/wooncoach/2021.beroep", "Profiles/wooncoach/2011.beroep", "los.beroep", "/p0.beroep",
                     "Profiles/teeltspecialist/2020.beroep", "map/één/überstunde.beroep", "Profiles/wooncoach/2021.beroep",
                     "", "a/", "a/b"]
        let list = PathList(paths)
        #expect(list.count == paths.count)
        #expect(Array(list) == paths)
        #expect(list[4] == "Profiles/teeltspecialist/2020.beroep")
    }

    @Test func anEmptyListIsEmpty() {
        #expect(PathList([]).isEmpty)
    }
}
