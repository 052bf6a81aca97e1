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

  /// What the § 36 StAG survey reads of an EBH file.
  public struct SurveyFacts: Sendable {
    public var id: Int64
    public var fileNo: String
    public var route: String?
    public var birthDate: Day?
    public var sex: String?
    public var maritalStatus: String?
    public var municipality: String?
    /// The nationalities as stored (a JSON array of codes).
    public var nationalities: String?
    public var firstStay: Day?
    public var handoverOn: Day?
  }

  /// Point reads by row id (the ids as a JSON list, walked first), so only the files that enter
  /// a survey are read, never the whole table.
  static let surveySQL = """
    SELECT c.id, file_no, route, json_extract(facts, '$.person.birth_date'), json_extract(facts, '$.person.sex'),
      json_extract(facts, '$.person.marital_status'), json_extract(facts, '$.person.municipality'),
      json_extract(facts, '$.person.nationalities'),
      (SELECT MIN(json_extract(s.value, '$.from')) FROM json_each(facts, '$.stays') s),
      json_extract(facts, '$.certificate_handover_on')
    FROM json_each(?) AS j CROSS JOIN case_file AS c ON c.id = j.value WHERE office = 'EBH'
    """

  /// The survey facts of the EBH files with these ids (read in chunks, so the list stays small).
  public func surveyFacts(ids: Set<Int64>) throws -> [SurveyFacts] {
    var ids = ids
    var out: [SurveyFacts] = []
    while !ids.isEmpty {
      let chunk = Array(ids.prefix(5000))
      ids.subtract(chunk)
      let list = "[" + chunk.map(String.init).joined(separator: ",") + "]"
      for row in try Row.fetchAll(db, sql: Self.surveySQL, arguments: [list]) {
        out.append(
          SurveyFacts(
            id: row[0], fileNo: row[1], route: row[2], birthDate: Self.day(row[3]), sex: row[4], maritalStatus: row[5],
            municipality: row[6], nationalities: row[7], firstStay: Self.day(row[8]), handoverOn: Self.day(row[9])))
      }
    }
    return out
  }
}
