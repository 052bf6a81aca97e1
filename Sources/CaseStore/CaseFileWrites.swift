import CaseExchange
import CaseModel
import GRDB

/// The only code that writes case files: the `case_file` row with its canonical JSON and the
/// derived `status_event` rows, always together, inside the caller's transaction.
struct CaseFileWrites {
  let db: Database
  let timestamp: String

  /// What is stored of a file now, for comparison and version checks.
  struct Stored {
    var id: Int64
    var version: Int
    var facts: String
  }

  func stored(fileNo: String) throws -> Stored? {
    let row = try Row.fetchOne(
      db.cachedStatement(sql: "SELECT id, version, facts FROM case_file WHERE file_no = ?"),
      arguments: [fileNo])
    return row.map { Stored(id: $0[0], version: $0[1], facts: $0[2]) }
  }

  /// Inserts a new file; returns its id.
  @discardableResult
  func insert(_ file: CaseFile, facts: String, verdict: VerdictSummary? = nil) throws -> Int64 {
    let sql = """
      INSERT INTO case_file (file_no, office, route, status, is_open, received_on, decided_on,
        closed_on, team, clerk, municipality, family_name, given_names, birth_date, follow_up_on,
        facts, \(VerdictSummary.columnList), version, created_at, updated_at)
      VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?)
      """
    try FastStatement(db, sql: sql).execute(
      columns(file, facts) + VerdictSummary.values(verdict) + [.text(timestamp), .text(timestamp)])
    let id = db.lastInsertedRowID
    try insertEvents(file, caseId: id)
    return id
  }

  /// Replaces a stored file's facts and increments its version. Without a new screening the
  /// stored verdict is cleared, since it no longer belongs to these facts.
  func update(_ file: CaseFile, facts: String, id: Int64, verdict: VerdictSummary? = nil) throws {
    let sql = """
      UPDATE case_file SET file_no = ?, office = ?, route = ?, status = ?, is_open = ?,
        received_on = ?, decided_on = ?, closed_on = ?, team = ?, clerk = ?, municipality = ?,
        family_name = ?, given_names = ?, birth_date = ?, follow_up_on = ?, facts = ?,
        \(VerdictSummary.assignments), version = version + 1, updated_at = ?
      WHERE id = ?
      """
    try FastStatement(db, sql: sql).execute(
      columns(file, facts) + VerdictSummary.values(verdict) + [.text(timestamp), .int(id)])
    if verdict == nil { try FastStatement(db, sql: "DELETE FROM screening WHERE case_id = ?").execute([.int(id)]) }
    try db.cachedStatement(sql: "DELETE FROM status_event WHERE case_id = ?").execute(arguments: [id])
    try insertEvents(file, caseId: id)
  }

  func columns(_ f: CaseFile, _ facts: String) -> [SQLValue] {
    [
      .text(f.fileNo), .text(f.office.rawValue), SQLValue(f.route?.rawValue), .text(f.status.rawValue),
      .int(f.status.isClosed ? 0 : 1), .text(f.receivedOn.iso), SQLValue(f.decidedOn?.iso),
      SQLValue(f.closedOn?.iso), SQLValue(f.team?.rawValue), SQLValue(f.clerk),
      SQLValue(f.person.municipality), .text(f.person.familyName), SQLValue(f.person.givenNames),
      SQLValue(f.person.birthDate?.iso), SQLValue(f.followUpOn?.iso), .text(facts),
    ]
  }

  func insertEvents(_ file: CaseFile, caseId: Int64) throws {
    let statement = try FastStatement(
      db, sql: "INSERT OR IGNORE INTO status_event (case_id, seq, at, status, by) VALUES (?,?,?,?,?)")
    for (seq, e) in (file.history ?? []).enumerated() {
      try statement.execute([.int(caseId), .int(Int64(seq)), .text(e.at.iso), .text(e.status.rawValue), SQLValue(e.by)])
    }
  }

  func audit(actor: String, action: String, fileNo: String?, detail: String? = nil) throws {
    try FastStatement(db, sql: "INSERT INTO audit_log (at, actor, action, file_no, detail) VALUES (?,?,?,?,?)")
      .execute([.text(timestamp), .text(actor), .text(action), SQLValue(fileNo), SQLValue(detail)])
  }
}

extension CaseFile {
  /// The day the file was closed: the date of the history entry that closed it, else `decided_on`.
  public var closedOn: Day? {
    guard status.isClosed else { return nil }
    return history?.last(where: { $0.status == status })?.at ?? decidedOn
  }
}
