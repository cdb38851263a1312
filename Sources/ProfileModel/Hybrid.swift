import Foundation
import ProfileSyntax

/// The two worlds a hybrid professional works in.
public enum Side: String, Codable, Sendable, CaseIterable {
    case school, company

    /// `school` / `bedrijf` in Dutch, `school` / `company` in English.
    public func keyword(_ language: ContentLanguage) -> String {
        self == .school ? "school" : (language == .nl ? "bedrijf" : "company")
    }

    /// The side a word names: `school`; `bedrijf`, `company`.
    public static func named(_ word: some StringProtocol) -> Side? {
        switch word.lowercased() {
        case "school": .school
        case "bedrijf", "company": .company
        default: nil
        }
    }
}

/// How much of the working time one component of a hybrid takes: a percentage or days a week.
public struct Share: Codable, Sendable, Equatable, Hashable {
    public enum Unit: String, Codable, Sendable { case percent, days }

    public var amount: Double
    public var unit: Unit

    public init(_ amount: Double, _ unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// `40%`, or `1 dag` / `2 dagen` (`1 day` / `2 days`).
    public func text(_ language: ContentLanguage) -> String {
        let number = amount == amount.rounded() ? String(Int(amount)) : String(amount)
        switch unit {
        case .percent: return number + "%"
        case .days: return number + " " + (language == .nl ? (amount == 1 ? "dag" : "dagen") : (amount == 1 ? "day" : "days"))
        }
    }
}

/// One occupation a hybrid profile combines: its side, the profile it refers to, and its share of the time.
public struct Component: Codable, Sendable, Equatable, Hashable {
    public var side: Side
    public var slug: String
    /// A version of that profile, when one is meant rather than the latest.
    public var version: String?
    public var share: Share

    public init(side: Side, slug: String, version: String? = nil, share: Share) {
        self.side = side
        self.slug = slug
        self.version = version
        self.share = share
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case side, slug, version, share }
}

/// Which way the hybrid professional moved: from a company into school, or from school into a company.
public enum Direction: String, Codable, Sendable, CaseIterable {
    case companyToSchool, schoolToCompany

    /// `bedrijf → school`, `school → bedrijf` (`company → school`, …).
    public func text(_ language: ContentLanguage) -> String {
        let (from, to): (Side, Side) = self == .companyToSchool ? (.company, .school) : (.school, .company)
        return "\(from.keyword(language)) → \(to.keyword(language))"
    }
}

extension MetadataValues {
    /// Reads `school mbo-docent 40%, bedrijf accountant@2021 60%` (or `1 dag`, `4 dagen`): per component its
    /// side, the slug (and version) of its profile, and its share; nil when any part is missing or malformed.
    public static func components(_ text: String) -> [Component]? {
        var components: [Component] = []
        for chunk in text.split(separator: ",") {
            let words = chunk.split(separator: " ")
            guard words.count >= 3, let side = Side.named(words[0]) else { return nil }
            let reference = words[1].split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
            guard SourceKey.isValid(reference[0]), reference.count == 1 || isVersion(String(reference[1])),
                  let share = share(words[2...].joined(separator: " ")) else { return nil }
            components.append(Component(side: side, slug: String(reference[0]), version: reference.count == 2 ? String(reference[1]) : nil,
                                        share: share))
        }
        return components.isEmpty ? nil : components
    }

    /// `40%`, `40 %`, `1 dag`, `2 dagen`, `1 day`, `2.5 days`.
    static func share(_ text: String) -> Share? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed.hasSuffix("%"), let amount = Double(trimmed.dropLast().trimmingCharacters(in: .whitespaces)), amount > 0 {
            return Share(amount, .percent)
        }
        let words = trimmed.split(separator: " ")
        guard words.count == 2, let amount = Double(words[0].replacingOccurrences(of: ",", with: ".")), amount > 0,
              ["dag", "dagen", "day", "days"].contains(words[1]) else { return nil }
        return Share(amount, .days)
    }

    /// Writes components as the language reads them.
    public static func componentsText(_ components: [Component], _ language: ContentLanguage) -> String {
        components.map { "\($0.side.keyword(language)) \($0.slug)\($0.version.map { "@" + $0 } ?? "") \($0.share.text(language))" }
            .joined(separator: ", ")
    }

    /// Reads `bedrijf → school` or `school → bedrijf` (also with `->`, `company`).
    public static func direction(_ text: String) -> Direction? {
        let words = text.replacingOccurrences(of: "->", with: "→").replacingOccurrences(of: "=>", with: "→")
            .split(separator: "→").map { $0.trimmingCharacters(in: .whitespaces) }
        guard words.count == 2, let from = Side.named(words[0]), let to = Side.named(words[1]), from != to else { return nil }
        return from == .company ? .companyToSchool : .schoolToCompany
    }
}

extension Profile {
    /// Whether the profile combines others: a hybrid professional's.
    public var isHybrid: Bool { !components.isEmpty }
}
