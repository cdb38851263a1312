extension TextNormalization {
    /// Folding of the Latin blocks (U+0080–U+036F, the combining marks included) to ASCII letters and
    /// digits: "ë" → "e", "ĳ" → "ij", "²" → "2"; a combining mark folds to "", and a scalar with no
    /// such folding ("ß", "×") to nil.
    ///
    /// The table is Unicode's compatibility decomposition, lowercased, with the nonspacing marks taken
    /// out, kept when only ASCII letters and digits remain. It is written out here rather than computed
    /// at first use because computing it through Foundation cost every `check` 0.4 ms of a 10 ms start
    /// (issue 12, goal 3); `LatinFoldingTests` derives it again and compares every entry.
    enum Latin {
        /// The folding of U+0080 + index.
        static let table: [String?] = [
            nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+0080
            nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+0090
            nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, "a", nil, nil, nil, nil, nil,  // U+00A0
            nil, nil, "2", "3", nil, nil, nil, nil, nil, "1", "o", nil, nil, nil, nil, nil,  // U+00B0
            "a", "a", "a", "a", "a", "a", nil, "c", "e", "e", "e", "e", "i", "i", "i", "i",  // U+00C0
            nil, "n", "o", "o", "o", "o", "o", nil, nil, "u", "u", "u", "u", "y", nil, nil,  // U+00D0
            "a", "a", "a", "a", "a", "a", nil, "c", "e", "e", "e", "e", "i", "i", "i", "i",  // U+00E0
            nil, "n", "o", "o", "o", "o", "o", nil, nil, "u", "u", "u", "u", "y", nil, "y",  // U+00F0
            "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",  // U+0100
            nil, nil, "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",  // U+0110
            "g", "g", "g", "g", "h", "h", nil, nil, "i", "i", "i", "i", "i", "i", "i", "i",  // U+0120
            "i", nil, "ij", "ij", "j", "j", "k", "k", nil, "l", "l", "l", "l", "l", "l", nil,  // U+0130
            nil, nil, nil, "n", "n", "n", "n", "n", "n", nil, nil, nil, "o", "o", "o", "o",  // U+0140
            "o", "o", nil, nil, "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",  // U+0150
            "s", "s", "t", "t", "t", "t", nil, nil, "u", "u", "u", "u", "u", "u", "u", "u",  // U+0160
            "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",  // U+0170
            nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+0180
            nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+0190
            "o", "o", nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, "u",  // U+01A0
            "u", nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+01B0
            nil, nil, nil, nil, "dz", "dz", "dz", "lj", "lj", "lj", "nj", "nj", "nj", "a", "a", "i",  // U+01C0
            "i", "o", "o", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", nil, "a", "a",  // U+01D0
            "a", "a", nil, nil, nil, nil, "g", "g", "k", "k", "o", "o", "o", "o", nil, nil,  // U+01E0
            "j", "dz", "dz", "dz", "g", "g", nil, nil, "n", "n", "a", "a", nil, nil, nil, nil,  // U+01F0
            "a", "a", "a", "a", "e", "e", "e", "e", "i", "i", "i", "i", "o", "o", "o", "o",  // U+0200
            "r", "r", "r", "r", "u", "u", "u", "u", "s", "s", "t", "t", nil, nil, "h", "h",  // U+0210
            nil, nil, nil, nil, nil, nil, "a", "a", "e", "e", "o", "o", "o", "o", "o", "o",  // U+0220
            "o", "o", "y", "y", nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+0230
            nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+0240
            nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+0250
            nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+0260
            nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+0270
            nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+0280
            nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+0290
            nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+02A0
            "h", nil, "j", "r", nil, nil, nil, "w", "y", nil, nil, nil, nil, nil, nil, nil,  // U+02B0
            nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+02C0
            nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+02D0
            nil, "l", "s", "x", nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+02E0
            nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+02F0
            "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",  // U+0300
            "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",  // U+0310
            "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",  // U+0320
            "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",  // U+0330
            "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",  // U+0340
            "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",  // U+0350
            "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",  // U+0360
        ]

        /// The ASCII folding of `scalar`, "" for a combining mark, nil when it has none.
        static func fold(_ scalar: Unicode.Scalar) -> String? {
            let value = Int(scalar.value)
            return value >= 0x80 && value < 0x370 ? table[value - 0x80] : nil
        }
    }
}
