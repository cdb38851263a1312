/// How serious a diagnostic is.
public enum Severity: String, Codable, Sendable, Comparable {
    case info, warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        let order: [Severity] = [.info, .warning, .error]
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}

/// A stable code with a name and a documented explanation, shown as `error[S004]`.
public struct DiagnosticCode: Sendable, Hashable {
    /// The stable code, for instance `S004`.
    public let id: String
    /// A short kebab-case name, for instance `unknown-keyword`.
    public let name: String
    /// One sentence on what the code flags.
    public let summary: String
    /// A profile fragment that triggers the code.
    public let bad: String
    /// The same fragment, corrected.
    public let good: String

    public init(_ id: String, _ name: String, summary: String, bad: String, good: String) {
        self.id = id
        self.name = name
        self.summary = summary
        self.bad = bad
        self.good = good
    }
}

/// One problem found in a file, located at a span when it has one.
public struct Diagnostic: Sendable, Equatable, Codable {
    public var severity: Severity
    /// The code's stable identifier, for instance `S004`.
    public var code: String
    /// The code's name, for instance `unknown-keyword`.
    public var name: String
    /// Lowercase, without a final period; says what is wrong, not how to fix it.
    public var message: String
    public var file: String
    public var span: SourceSpan?
    /// A short label printed under the caret.
    public var label: String?
    /// The fix, when there is one.
    public var help: String?

    public init(_ severity: Severity, _ code: DiagnosticCode, _ message: String, file: String, span: SourceSpan?,
                label: String? = nil, help: String? = nil) {
        self.severity = severity
        self.code = code.id
        self.name = code.name
        self.message = message
        self.file = file
        self.span = span
        self.label = label
        self.help = help
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by position in the file, then by code, for stable output.
    public func sortedByLocation() -> [Diagnostic] {
        sorted {
            let l = ($0.span?.line ?? 0, $0.span?.column ?? 0), r = ($1.span?.line ?? 0, $1.span?.column ?? 0)
            return l != r ? l < r : ($0.code, $0.message) < ($1.code, $1.message)
        }
    }
}
