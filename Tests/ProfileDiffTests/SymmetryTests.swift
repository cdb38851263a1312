import ProfileDiff
import ProfileModel
import Testing

@Suite struct SymmetryTests {
    /// The version pairs of the four shifting occupations, plus two different occupations.
    static let pairs = [
        ("Profiles/mbo-docent/2010.beroep", "Profiles/mbo-docent/2021.beroep"),
        ("Profiles/wooncoach/2011.beroep", "Profiles/wooncoach/2021.beroep"),
        ("Profiles/financieel-adviseur-bank/2006.beroep", "Profiles/financieel-adviseur-bank/2021.beroep"),
        ("Profiles/retailondernemer/2015.beroep", "Profiles/retailondernemer/2021.beroep"),
        ("Profiles/wooncoach/2021.beroep", "Profiles/wijkverpleegkundige/2018.beroep"),
    ]

    @Test(arguments: pairs)
    func diffMirrorsTheReverseDiff(old: String, new: String) throws {
        let a = try DiffFixtures.load(old), b = try DiffFixtures.load(new)
        let forward = ProfileDiffer.diff(a, b, oldPath: old, newPath: new)
        let backward = ProfileDiffer.diff(b, a, oldPath: new, newPath: old)
        #expect(backward == forward.mirrored())
        #expect(DiffJSON.encode(backward) == DiffJSON.encode(forward.mirrored()))
    }

    @Test(arguments: pairs)
    func sourceOrderDoesNotMatter(old: String, new: String) throws {
        let a = try DiffFixtures.load(old), b = try DiffFixtures.load(new)
        var shuffled = b
        shuffled.parts.reverse()
        for index in shuffled.parts.indices {
            shuffled.parts[index].items.reverse()
            shuffled.parts[index].groups.reverse()
            for group in shuffled.parts[index].groups.indices { shuffled.parts[index].groups[group].items.reverse() }
        }
        #expect(ProfileDiffer.diff(a, shuffled) == ProfileDiffer.diff(a, b))
    }
}
