import Foundation
import ProfileModel

/// `twin`'s output: plain text, Markdown, or JSON (`beroepsbeeld-twin/1`, docs/schemas/twin.schema.json).
/// Every pair names what made it: the shared items, what each can learn, the hours and the region.
public enum TwinReport {
    public static func json(_ pairing: TwinPairing) -> Data { StableJSON.document(pairing, format: TwinPairing.format) }
    public static func json(_ ranking: ComplementRanking) -> Data { StableJSON.document(ranking, format: TwinPairing.format) }

    /// The pairing as text, or as Markdown when `markdown`.
    public static func text(_ pairing: TwinPairing, markdown: Bool = false) -> String {
        let heading = markdown ? "## " : "", bullet = markdown ? "- " : "  ", gap = markdown ? "\n" : ""
        var out = markdown ? "# Job Twinning\n\n" : ""
        out += "\(pairing.pairs.count) pairs, total fit \(pairing.totalFit)\n"
        for pair in pairing.pairs {
            let fit = pair.explanation
            out += "\n\(heading)\(pair.school) (\(pair.schoolProfile)) + \(pair.company) (\(pair.companyProfile)): fit \(fit.fit)\n"
            out += gap
            out += "\(bullet)common ground (\(fit.points.commonGround)): " + list(fit.commonGround.map(shared)) + "\n"
            out += "\(bullet)\(pair.school) learns (\(min(fit.schoolLearns.count, TwinFit.countedLearnables) * TwinFit.pointsPerLearnable)): "
                + list(fit.schoolLearns.map(learnable)) + "\n"
            out += "\(bullet)\(pair.company) learns (\(min(fit.companyLearns.count, TwinFit.countedLearnables) * TwinFit.pointsPerLearnable)): "
                + list(fit.companyLearns.map(learnable)) + "\n"
            out += "\(bullet)time (\(fit.points.time)): \(hours(fit.hours.school)) h and \(hours(fit.hours.company)) h\n"
            func region(_ name: String) -> String { name.isEmpty ? "unknown" : name }
            out += "\(bullet)region (\(fit.points.region)): " + (fit.region.same ? "both \(fit.region.school)"
                                                                   : "\(region(fit.region.school)) and \(region(fit.region.company))") + "\n"
        }
        if !pairing.unpaired.isEmpty { out += "\n\(heading)Unpaired\n\(gap)\(bullet)\(pairing.unpaired.joined(separator: ", "))\n" }
        out += "\n\(heading)Alternatives\n\(gap)"
        for entry in pairing.alternatives {
            let options = entry.options.map { "\($0.id) (\($0.profile), \($0.fit))" }
            out += "\(bullet)\(entry.id): " + (options.isEmpty ? "none" : options.joined(separator: ", ")) + "\n"
        }
        return out
    }

    /// The complement ranking as text, or as Markdown when `markdown`.
    public static func text(_ ranking: ComplementRanking, markdown: Bool = false) -> String {
        let heading = markdown ? "## " : "", bullet = markdown ? "- " : "  "
        var out = (markdown ? "# " : "") + "Most complementary to \(ranking.profile) (\(ranking.side.rawValue) side)\n"
        for (index, entry) in ranking.ranking.enumerated() {
            out += "\n\(heading)\(index + 1). \(entry.slug) (\(entry.title)): \(entry.score)\n"
            if markdown { out += "\n" }
            out += "\(bullet)common ground: " + list(entry.commonGround.map(shared)) + "\n"
            out += "\(bullet)to learn from it: " + list(entry.toLearn) + "\n"
            out += "\(bullet)to teach it: " + list(entry.toTeach) + "\n"
        }
        return out
    }

    private static func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: "; ") }

    private static func shared(_ item: TwinFit.SharedItem) -> String {
        item.school == item.company ? item.school : "\(item.school) ≈ \(item.company)"
    }

    private static func learnable(_ item: TwinFit.Learnable) -> String {
        "\(item.text) [\(item.trend)] (wish: \(item.wishes.joined(separator: ", ")))"
    }

    private static func hours(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
