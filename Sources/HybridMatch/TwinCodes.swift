import ProfileSyntax

/// The codes `twin` reports about a candidates file (`T…`).
public enum TwinCodes {
    public static let unreadable = DiagnosticCode(
        "T001", "unreadable-candidates", summary: "The candidates file is not valid CSV or TOML.",
        bad: "id,profile,side\n\"c1,accountant,bedrijf", good: "id,profile,side\nc1,accountant,bedrijf")
    public static let personalTrait = DiagnosticCode(
        "T002", "personal-trait", summary: "A candidates file holds a personal trait (name, age, gender, …): twin matches roles only and refuses the file.",
        bad: "id,naam,leeftijd,profile,side,hours,region", good: "id,profile,side,wishes,hours,region")
    public static let unknownField = DiagnosticCode(
        "T003", "unknown-candidate-field", summary: "A column (CSV) or key (TOML) that is not one of id, profile, side, wishes, hours, region.",
        bad: "id,profiel,side,hours,region", good: "id,profile,side,hours,region")
    public static let missingField = DiagnosticCode(
        "T004", "missing-candidate-field", summary: "A candidate lacks a required field (id, profile, side, hours, region) or leaves it empty; or the header has no column for one; or the file holds no candidates.",
        bad: "id,profile,side,hours\nc1,accountant,bedrijf,8", good: "id,profile,side,hours,region\nc1,accountant,bedrijf,8,Rotterdam")
    public static let badValue = DiagnosticCode(
        "T005", "bad-candidate-value", summary: "A side that is not school or bedrijf/company, or hours that are not a positive number.",
        bad: "c1,accountant,fabriek,acht,Rotterdam", good: "c1,accountant,bedrijf,8,Rotterdam")
    public static let duplicateID = DiagnosticCode(
        "T006", "duplicate-candidate-id", summary: "Two candidates have the same id.",
        bad: "c1,accountant,…\nc1,mbo-docent,…", good: "c1,accountant,…\nc2,mbo-docent,…")
    public static let unknownProfile = DiagnosticCode(
        "T007", "unknown-candidate-profile", summary: "A candidate's profile slug is not among the profiles read (--profiles or --db).",
        bad: "c1,acountant,bedrijf,8,Rotterdam", good: "c1,accountant,bedrijf,8,Rotterdam")

    public static let all: [DiagnosticCode] = [unreadable, personalTrait, unknownField, missingField, badValue, duplicateID, unknownProfile]
}
