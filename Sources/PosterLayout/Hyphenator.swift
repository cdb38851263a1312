import CHyphen
import Foundation
import ProfileSyntax

/// Where a word may be broken with a hyphen, from the pattern dictionaries of Debian's `hyphen-nl`
/// and `hyphen-en-us` through libhyphen (the hyphenator LibreOffice uses). Patterns are the
/// established way to hyphenate Dutch and English; writing our own rules would break words where
/// the language does not.
///
/// Each language's dictionary is loaded once per process, on first use; hyphenation of a word is
/// cached. Safe to use from any thread: a lock guards libhyphen and the cache.
public final class Hyphenator: @unchecked Sendable {
    /// The Dutch hyphenator (`hyph_nl_NL.dic`).
    public static let dutch = Hyphenator(dictionary: "hyph_nl_NL.dic")
    /// The English hyphenator (`hyph_en_US.dic`).
    public static let english = Hyphenator(dictionary: "hyph_en_US.dic")

    /// The hyphenator for text in `language`.
    public static func `for`(_ language: ContentLanguage) -> Hyphenator {
        language == .nl ? dutch : english
    }

    /// Where Debian installs the pattern dictionaries.
    static let folder = "/usr/share/hyphen/"
    /// Words kept at most; the cache starts over beyond it, so memory stays flat on any corpus.
    static let cacheLimit = 100_000
    /// Letters kept on each side of a break, as in print ("ge-", not "g-").
    static let minimumFragment: Int32 = 2

    private let dictionary: UnsafeMutablePointer<HyphenDict>?
    private let lock = NSLock()
    private var cache: [String: [Int]] = [:]

    private init(dictionary name: String) {
        dictionary = hnj_hyphen_load(Self.folder + name)
    }

    /// Whether the dictionary was found; without it words break only between arbitrary letters.
    public var isAvailable: Bool { dictionary != nil }

    /// The character offsets inside `word` after which a hyphen may go, ascending: for
    /// "ziekteverzuim" `[2, 6, 9]` (ziek-te-ver-zuim). Leading and trailing punctuation is kept out of
    /// the pattern match. A word with no pattern point, one the dictionary cannot spell, or one with
    /// anything but letters between its first and last letter (an address, a code: a hyphen put in
    /// would change it) has none.
    public func points(_ word: String) -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[word] { return cached }
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        let characters = Array(word)
        let first = characters.firstIndex { $0.isLetter } ?? characters.count
        let last = characters.lastIndex { $0.isLetter } ?? -1
        var result: [Int] = []
        if first < last {
            result = letterPoints(Array(characters[first...last])).map { $0 + first }
        }
        cache[word] = result
        return result
    }

    /// Pattern points of a run of letters; only letters with one Unicode scalar are matched, since
    /// libhyphen counts bytes and the Dutch dictionary is in ISO 8859-1.
    private func letterPoints(_ letters: [Character]) -> [Int] {
        guard let dictionary, letters.allSatisfy({ $0.isLetter && $0.unicodeScalars.count == 1 }) else { return [] }
        let lowered = letters.map { String($0).lowercased() }
        guard lowered.allSatisfy({ $0.unicodeScalars.count == 1 }) else { return [] }
        // Bytes of the word in the dictionary's encoding, and the character each byte ends.
        var bytes: [CChar] = []
        var characterEnding: [Int?] = []
        let utf8 = dictionary.pointee.utf8 != 0
        for (index, letter) in lowered.enumerated() {
            let encoded: [UInt8]
            if utf8 {
                encoded = Array(letter.utf8)
            } else {
                guard let scalar = letter.unicodeScalars.first, scalar.value < 256 else { return [] }
                encoded = [UInt8(scalar.value)]
            }
            bytes += encoded.map { CChar(bitPattern: $0) }
            characterEnding += Array(repeating: nil, count: encoded.count - 1) + [index]
        }
        var hyphens = [CChar](repeating: 0, count: bytes.count + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        defer {
            if let replacements {
                for index in 0..<bytes.count { free(replacements[index]) }
                free(replacements)
            }
            free(positions)
            free(cuts)
        }
        let failed = hnj_hyphen_hyphenate3(dictionary, bytes, Int32(bytes.count), &hyphens, nil, &replacements, &positions, &cuts,
                                           Self.minimumFragment, Self.minimumFragment, Self.minimumFragment, Self.minimumFragment)
        guard failed == 0 else { return [] }
        var points: [Int] = []
        for index in 0..<(bytes.count - 1) where hyphens[index] & 1 == 1 {
            // A break that changes the spelling (non-standard patterns) is left out.
            if let replacements, replacements[index] != nil { continue }
            if let character = characterEnding[index] { points.append(character + 1) }
        }
        return points
    }
}
