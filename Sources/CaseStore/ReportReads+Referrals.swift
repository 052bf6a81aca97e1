import CaseModel
import GRDB

extension ReportReads {
  /// A referral that reached case management, as the referrals report counts it.
  public struct SentReferral: Sendable {
    public var id: Int64
    public var municipality: String
    public var state: String
    public var sentOn: Day?
    public var acceptedOn: Day?
    /// The day a closed referral ended (nil while open).
    public var closedOn: Day?
    public var dueOn: Day?
    /// The rules of its gaps with the day each was closed.
    public var gaps: [(rule: String, closedOn: Day?)]
  }

  /// The day a closed referral ended: `closed_on`; for a referral closed without it (a decline
  /// may not stamp the day), the day of its last event into that state; failing both, the
  /// latest milestone, so a closed referral never counts as open.
  static func referralsSQL(_ filter: String = "") -> String {
    """
    SELECT r.id, r.municipality, r.state, r.sent_on, r.accepted_on,
      CASE WHEN r.state IN ('declined','resolved','returned','withdrawn') THEN COALESCE(
        r.closed_on,
        (SELECT substr(MAX(e.at), 1, 10) FROM referral_event e WHERE e.referral_id = r.id AND e.to_state = r.state),
        r.accepted_on, r.sent_on) END,
      r.due_on
    FROM referral r WHERE r.office = ? AND r.sent_on IS NOT NULL\(filter) ORDER BY r.id
    """
  }
  static let gapsSQL = """
    SELECT g.referral_id, g.rule, g.closed_on FROM referral_gap g JOIN referral r ON r.id = g.referral_id
    WHERE r.office = ? AND r.sent_on IS NOT NULL
    """

  /// The referrals of one municipality's files only (the file's municipality, not the case
  /// management's).
  static let municipalitySQL = " AND r.case_id IN (SELECT id FROM case_file WHERE office = ? AND municipality = ?)"

  /// The referrals of `office` that reached case management (`sent_on` set; drafts are left
  /// out), with the rules of their gaps; nothing here names a person or a file.
  /// `municipality`: only the referrals of that municipality's files (nil: all).
  public func sentReferrals(office: Office, municipality: String? = nil) throws -> [SentReferral] {
    let (filter, arguments): (String, StatementArguments) =
      municipality.map { (Self.municipalitySQL, [office.rawValue, office.rawValue, $0]) } ?? ("", [office.rawValue])
    var gaps: [Int64: [(rule: String, closedOn: Day?)]] = [:]
    for row in try Row.fetchAll(db, sql: Self.gapsSQL + filter, arguments: arguments) {
      gaps[row[0], default: []].append((row[1], Self.day(row[2])))
    }
    return try Row.fetchAll(db, sql: Self.referralsSQL(filter), arguments: arguments).map { row in
      let id: Int64 = row[0]
      return SentReferral(
        id: id, municipality: row[1], state: row[2], sentOn: Self.day(row[3]), acceptedOn: Self.day(row[4]),
        closedOn: Self.day(row[5]), dueOn: Self.day(row[6]), gaps: gaps[id] ?? [])
    }
  }

  /// A day from `YYYY-MM-DD` or the day part of a timestamp.
  static func day(_ text: String?) -> Day? { text.flatMap { Day(iso: $0.prefix(10)) } }
}
