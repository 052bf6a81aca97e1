import CaseModel
import GRDB

/// Reads the referrals of one office that reached case management (`sent_on` set; internal
/// drafts are left out) with the rules of their gaps, for the referrals report. Aggregates are
/// made from these rows; nothing here names a person or a file.
enum ReferralLoader {
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

  static func load(_ db: Database, office: Office, municipality: String? = nil) throws -> [ReferralsReport.Referral] {
    var gaps: [Int64: [ReferralsReport.Gap]] = [:]
    let (filter, arguments): (String, StatementArguments) =
      municipality.map { (municipalitySQL, [office.rawValue, office.rawValue, $0]) } ?? ("", [office.rawValue])
    for row in try Row.fetchAll(db, sql: gapsSQL + filter, arguments: arguments) {
      gaps[row[0], default: []].append(ReferralsReport.Gap(rule: row[1], closedOn: day(row[2])))
    }
    return try Row.fetchAll(db, sql: referralsSQL(filter), arguments: arguments).compactMap { row in
      guard let state = ReferralsReport.State(rawValue: row[2]), let sent = day(row[3]) else { return nil }
      let id: Int64 = row[0]
      return ReferralsReport.Referral(
        municipality: row[1], state: state, sentOn: sent, acceptedOn: day(row[4]), closedOn: day(row[5]), dueOn: day(row[6]),
        gaps: gaps[id] ?? [])
    }
  }

  /// A day from `YYYY-MM-DD` or the day part of a timestamp.
  static func day(_ text: String?) -> Day? { text.flatMap { Day(iso: $0.prefix(10)) } }
}
