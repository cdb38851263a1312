import Foundation
import ProfileModel

/// The prebuilt search index: per occupation its page, title, sector and the folded words of
/// everything it says (`TextNormalization`: lowercase, no diacritics, so `clienten` finds `cliënten`).
/// It is written as a script that sets a global (`zoekindex.js`), not as JSON to fetch: browsers refuse
/// `fetch` from `file://`, and the site must work from a USB stick.
enum SiteSearchIndex {
    struct Entry: Encodable {
        /// The occupation's slug, as the card's `data-slug`.
        var s: String
        /// The page, relative to the site's root.
        var u: String
        /// Title words, folded: matches here rank first.
        var t: String
        /// Every other word, folded, each once, in order.
        var w: String
    }

    /// The script's bytes.
    static func script(_ occupations: [Occupation]) -> [UInt8] {
        let entries = occupations.map { occupation -> Entry in
            let profile = occupation.latest
            let titleWords = TextNormalization.words(profile.title)
            var seen = Set(titleWords)
            var words: [String] = []
            let texts = [profile.sector, profile.region].compactMap { $0 } + profile.parts.flatMap { $0.allItems.map(\.text) }
            for text in texts {
                for word in TextNormalization.words(text) where word.count > 1 && seen.insert(word).inserted { words.append(word) }
            }
            return Entry(s: occupation.slug, u: "beroep/\(occupation.slug).html", t: titleWords.joined(separator: " "),
                         w: words.joined(separator: " "))
        }
        // Compact, unlike StableJSON's pretty form: this file travels to every visitor. Keys sorted, so stable.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array("window.beroepsbeeldIndex = ".utf8) + [UInt8]((try? encoder.encode(entries)) ?? Data("[]".utf8)) + Array(";\n".utf8)
    }
}
