/// The rule for item ids (`#sensordata` in the language, `"id": "sensordata"` in JSON), shared by both forms.
public enum ItemID {
    /// Whether `id` is one or more ASCII letters, digits, '-' and '_'.
    public static func isValid(_ id: some StringProtocol) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy(isIdentifierByte)
    }

    /// The `S017` error for the id written as `written` (with its `#` in the language) at `span`.
    public static func invalid(_ written: String, file: String, span: SourceSpan) -> Diagnostic {
        Diagnostic(.error, Codes.badIdentifier, "item id `\(written)` has characters an id may not hold", file: file, span: span,
                   label: "invalid id", help: "use ASCII letters, digits, '-' and '_', for instance `data-lezen`")
    }

    /// ASCII letters, digits, '-' and '_'.
    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F: true
        default: false
        }
    }
}

/// The rule for source keys (`bron [kracht2021]: …`, cited as `[bron: kracht2021]`), which is the slug's.
public enum SourceKey {
    /// Whether `key` is lowercase ASCII letters and digits in runs joined by single hyphens.
    public static func isValid(_ key: some StringProtocol) -> Bool {
        // On UTF-8 bytes: every allowed character is one ASCII byte, and any other byte (a combining mark
        // after a letter included) makes the key invalid. The parser asks this of every citation.
        var previous: UInt8 = 0x2D  // as if after a hyphen: a key may not start with one
        for byte in key.utf8 {
            switch byte {
            case 0x61...0x7A, 0x30...0x39: break
            case 0x2D where previous != 0x2D: break
            default: return false
            }
            previous = byte
        }
        return previous != 0x2D
    }
}
