import ProfileModel
import ProfileSyntax

/// `V013`: fewer people interviewed than the method asks.
public struct LowEvidence: ProfileRule {
    /// The research method interviews at least this many practitioners and this many people from the context.
    public static let minimum = 2

    public let code = DiagnosticCode(
        "V013", "low-evidence", summary: "Fewer than 2 practitioners or 2 context people were interviewed, below the method's minimum.",
        bad: "onderzoek: 1 beoefenaar, 0 uit de context", good: "onderzoek: 2 beoefenaars, 2 uit de context")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        guard let evidence = profile.evidence, !evidence.isUnknown,
              evidence.practitioners < Self.minimum || evidence.context < Self.minimum else { return [] }
        return [Diagnostic(.warning, code, "research evidence is below the method's minimum", file: file,
                           span: profile.fieldOrigins[.evidence]?.span,
                           label: "\(evidence.practitioners) practitioners, \(evidence.context) from the context",
                           help: "the method interviews at least \(Self.minimum) practitioners and \(Self.minimum) people from the context; keep the line as the source states it, and say in the text what this profile can and cannot carry")]
    }
}
