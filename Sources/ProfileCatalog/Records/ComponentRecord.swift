import GRDB
import ProfileModel

/// A row of `component` (schema v4): one occupation a hybrid version combines, with its side and its share
/// of the working time.
public struct ComponentRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "component"

    /// The hybrid's version row.
    public var versionID: Int64
    /// The component's place in the hybrid's `combineert` line, from 0.
    public var position: Int
    /// `school` or `company`, as `Side` spells it.
    public var side: String
    /// The combined occupation's slug; it need not be in the catalogue.
    public var slug: String
    /// The pinned version (`accountant@2021`), nil when the latest is meant.
    public var version: String?
    /// The share of the working time: `shareAmount` in `shareUnit` (`percent` or `days`, as `Share.Unit` spells it).
    public var shareAmount: Double
    public var shareUnit: String

    enum CodingKeys: String, CodingKey {
        case versionID = "version_id", position, side, slug, version, shareAmount = "share_amount", shareUnit = "share_unit"
    }

    /// Typed columns, for queries.
    public enum Columns {
        public static let versionID = Column(CodingKeys.versionID)
        public static let position = Column(CodingKeys.position)
        public static let slug = Column(CodingKeys.slug)
    }

    /// The row for the `position`th component of the version `versionID`.
    init(_ component: Component, position: Int, versionID: Int64) {
        self.versionID = versionID
        self.position = position
        side = component.side.rawValue
        slug = component.slug
        version = component.version
        shareAmount = component.share.amount
        shareUnit = component.share.unit.rawValue
    }

    /// The component as the model has it; nil for a row whose side or unit was changed by hand to one the
    /// model does not know (the table's CHECK constraints keep the tool from writing one).
    public var component: Component? {
        guard let side = Side(rawValue: side), let unit = Share.Unit(rawValue: shareUnit) else { return nil }
        return Component(side: side, slug: slug, version: version, share: Share(shareAmount, unit))
    }
}
