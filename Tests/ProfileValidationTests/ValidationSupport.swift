import ProfileModel
import ProfileSyntax
import ProfileValidation

/// A complete profile that passes every rule; rule tests change one thing in it.
let validProfile = """
beroepsbeeld: Wooncoach
sector: Zorg en welzijn
versie: 2021
taal: nl
bron [kracht2021]: Biemans, Sjoer et al. (2021), De kracht van verbinding!
onderzoek: 4 beoefenaars, 2 uit de context

hoofd:
  - Kennis van psychiatrische ziektebeelden [bron: kracht2021]
  - Wet- en regelgeving rond zelfstandig wonen [bron: kracht2021]
handen:
  vaardigheden:
    - Aansluiten bij wat de cliënt zelf wil [bron: kracht2021]
  taken:
    - Cliënten begeleiden bij het huishouden [bron: kracht2021]
    > "Je bent te gast in iemands huis." — wooncoach [bron: kracht2021]
hart:
  - Mensen zien groeien in hun zelfstandigheid [bron: kracht2021]
mond:
  - Afstemmen met familie en huisarts [bron: kracht2021]
buik:
  - Onregelmatige diensten, ook in het weekend [bron: kracht2021]
voeten:
  opleiding en ontwikkeling:
    - Mbo-opleiding maatschappelijke zorg [bron: kracht2021]
  aarden in bedrijfscultuur en sector:
    - Werken in een klein, hecht team [bron: kracht2021]
passie: Mensen helpen hun eigen leven te leiden [bron: kracht2021]

"""

/// The validator's diagnostics for `text` (syntax included), as read from test.beroep.
func validate(_ text: String) -> [Diagnostic] {
    Validator.validate(ProfileLoader.parse(SourceFile(path: "test.beroep", text: text)))
}

/// The valid profile with one piece of text replaced.
func validProfile(replacing old: String, with new: String) -> String {
    precondition(validProfile.contains(old), "the base profile has no `\(old)`")
    return validProfile.replacingOccurrences(of: old, with: new)
}

/// The diagnostics with `code` in `text`, as (line, severity) pairs.
func findings(_ code: String, in text: String) -> [(line: Int?, severity: Severity)] {
    validate(text).filter { $0.code == code }.map { ($0.span?.line, $0.severity) }
}

/// Folder checks over several files given as (path, text).
func validateFolder(_ files: [(String, String)]) -> [Diagnostic] {
    Validator.validateFolder(files.map { ProfileLoader.parse(SourceFile(path: $0.0, text: $0.1)) })
}
