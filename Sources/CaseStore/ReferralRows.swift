import CaseModel
import Foundation
import GRDB

/// Reading referrals, their gaps and events from their rows.
enum ReferralRows {
  static let consentEndedNote = "Einwilligung widerrufen / consent withdrawn"

  static let select = """
    SELECT r.id, c.file_no, r.office, r.municipality, r.state, r.note, r.due_on, r.created_at, r.created_by,
      r.sent_on, r.accepted_on, r.closed_on, r.back_to_clerk_at, r.clerk_seen_at, r.version, r.case_id
    FROM referral r JOIN case_file c ON c.id = r.case_id
    """

  static func make(_ row: Row) -> Referral {
    Referral(
      id: row[0], fileNo: row[1], office: Office(rawValue: row[2]) ?? .EBH, municipality: row[3],
      state: ReferralState(rawValue: row[4]) ?? .proposed, note: row[5], dueOn: (row[6] as String?).flatMap(Day.init(iso:)),
      createdAt: row[7], createdBy: row[8], sentOn: (row[9] as String?).flatMap(Day.init(iso:)),
      acceptedOn: (row[10] as String?).flatMap(Day.init(iso:)), closedOn: (row[11] as String?).flatMap(Day.init(iso:)),
      awaitsClerk: (row[12] as String?) != nil && (row[13] as String?) == nil, version: row[14])
  }

  /// One referral with its gaps and events; with the person's contact data as `reader` may see
  /// them (see `person(of:)`), or none.
  static func referral(id: Int64, db: Database, today: Day, reader: ReferralParty.Kind?) throws -> Referral? {
    try stored(id: id, db: db, today: today, reader: reader)?.referral
  }

  /// The same with the id of the file's row, for writes that touch the file.
  static func stored(id: Int64, db: Database, today: Day, reader: ReferralParty.Kind?) throws
    -> (referral: Referral, caseId: Int64)?
  {
    guard let row = try Row.fetchOne(db, sql: select + " WHERE r.id = ?", arguments: [id]) else { return nil }
    var r = make(row)
    r.gaps = try gaps(of: [id], db: db)[id] ?? []
    r.events = try events(of: id, db: db)
    if let reader { r.person = try person(of: r, caseId: row[15], db: db, today: today, for: reader) }
    return (r, row[15])
  }

  /// The gaps of several referrals, in the order they were stored.
  static func gaps(of ids: [Int64], db: Database) throws -> [Int64: [ReferralGap]] {
    guard !ids.isEmpty else { return [:] }
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT referral_id, rule, outcome, fix, citation, reason_de, reason_en, documents, closed_on
        FROM referral_gap WHERE referral_id IN (\(ids.map(String.init).joined(separator: ",")))
        """)
    var result: [Int64: [ReferralGap]] = [:]
    for row in rows {
      let docs: String = row[7]
      result[row[0], default: []].append(
        ReferralGap(
          rule: row[1], outcome: Outcome(rawValue: row[2]) ?? .gap, fix: (row[3] as String?).flatMap(Fix.init(rawValue:)),
          citation: row[4] ?? "", reasonDE: row[5], reasonEN: row[6],
          documents: docs.split(separator: ",").map(String.init), closedOn: (row[8] as String?).flatMap(Day.init(iso:))))
    }
    return result
  }

  static func events(of id: Int64, db: Database) throws -> [ReferralEvent] {
    try Row.fetchAll(
      db,
      sql: "SELECT at, actor, action, from_state, to_state, note, facts, changes FROM referral_event WHERE referral_id = ? ORDER BY id",
      arguments: [id]
    ).map { row in
      ReferralEvent(
        at: row[0], actor: row[1], action: row[2], fromState: (row[3] as String?).flatMap(ReferralState.init(rawValue:)),
        toState: ReferralState(rawValue: row[4]) ?? .proposed, note: row[5], facts: row[6],
        changes: (row[7] as String?).flatMap(decodeOutcome))
    }
  }

  /// Name, contact, languages and municipality, read from the file now. For case management
  /// only while the person's consent is valid and the referral was not withdrawn; the office,
  /// which holds the file, always. Nothing else of the file leaves here.
  static func person(of r: Referral, caseId: Int64, db: Database, today: Day, for kind: ReferralParty.Kind) throws
    -> ReferralPerson?
  {
    guard kind == .office || r.state != .withdrawn,
      let facts = try String.fetchOne(db, sql: "SELECT facts FROM case_file WHERE id = ?", arguments: [caseId])
    else { return nil }
    let file = try AppDatabase.decodeStored(facts, fileNo: r.fileNo)
    return kind == .caseManagement && file.referralConsent(on: today) == nil ? nil : ReferralPerson(file.person)
  }

  /// The referral as `kind` may see it: case management never sees the file number.
  static func visible(_ r: Referral, to kind: ReferralParty.Kind) -> Referral {
    guard kind == .caseManagement else { return r }
    var shown = r
    shown.fileNo = ""
    return shown
  }

  static func encode(_ outcome: ReferralOutcome) -> String {
    let e = JSONEncoder()
    e.outputFormatting = [.sortedKeys]
    return (try? e.encode(outcome)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
  }

  static func decodeOutcome(_ text: String) -> ReferralOutcome? {
    try? JSONDecoder().decode(ReferralOutcome.self, from: Data(text.utf8))
  }
}
