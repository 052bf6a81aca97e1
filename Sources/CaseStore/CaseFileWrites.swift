import CaseExchange
import CaseModel
import GRDB

/// The only code that writes case files: the `case_file` row with its canonical JSON and the
/// derived `status_event` and `report_file` rows, always together, inside the caller's transaction.
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
    let row = try FastStatement(db, sql: "SELECT id, version, facts FROM case_file WHERE file_no = ?")
      .firstRow([.text(fileNo)])
    guard let row, case .int(let id) = row[0], case .int(let version) = row[1], case .text(let facts) = row[2]
    else { return nil }
    return Stored(id: id, version: Int(version), facts: facts)
  }

  /// Inserts a new file; returns its id.
  @discardableResult
  func insert(_ file: CaseFile, facts: String, verdict: VerdictSummary? = nil) throws -> Int64 {
    try insert(PreparedFile(file, facts: facts, verdict: verdict))
  }

  /// Inserts a prepared file with its history and screening rows; returns its id.
  @discardableResult
  func insert(_ p: PreparedFile) throws -> Int64 {
    let sql = """
      INSERT INTO case_file (file_no, office, route, status, is_open, received_on, decided_on,
        closed_on, team, clerk, municipality, family_name, given_names, birth_date, follow_up_on,
        facts, mentions_104c, search_text, \(VerdictSummary.columnList), version, created_at, updated_at)
      VALUES (\(Array(repeating: "?", count: 18 + VerdictSummary.names.count).joined(separator: ",")),1,?,?)
      """
    try FastStatement(db, sql: sql).execute(
      p.columns + VerdictSummary.values(p.verdict) + [.text(timestamp), .text(timestamp)])
    let id = db.lastInsertedRowID
    try insertEvents(p, caseId: id)
    try insertScreenings(p, caseId: id)
    try ReportFile.write(values: p.reportRow, id: id, db: db)
    return id
  }

  /// Replaces a stored file's facts and increments its version. Without a new screening the
  /// stored verdict is cleared, since it no longer belongs to these facts.
  func update(_ file: CaseFile, facts: String, id: Int64, verdict: VerdictSummary? = nil) throws {
    try update(PreparedFile(file, facts: facts, verdict: verdict), id: id)
  }

  /// Replaces a stored file by a prepared one (history and screening rows included).
  func update(_ p: PreparedFile, id: Int64) throws {
    let sql = """
      UPDATE case_file SET file_no = ?, office = ?, route = ?, status = ?, is_open = ?,
        received_on = ?, decided_on = ?, closed_on = ?, team = ?, clerk = ?, municipality = ?,
        family_name = ?, given_names = ?, birth_date = ?, follow_up_on = ?, facts = ?, mentions_104c = ?, search_text = ?,
        \(VerdictSummary.assignments), version = version + 1, updated_at = ?
      WHERE id = ?
      """
    try FastStatement(db, sql: sql).execute(
      p.columns + VerdictSummary.values(p.verdict) + [.text(timestamp), .int(id)])
    if p.verdict == nil || p.screeningRows != nil {
      try FastStatement(db, sql: "DELETE FROM screening WHERE case_id = ?").execute([.int(id)])
    }
    try insertScreenings(p, caseId: id)
    try FastStatement(db, sql: "DELETE FROM status_event WHERE case_id = ?").execute([.int(id)])
    try insertEvents(p, caseId: id)
    try ReportFile.write(values: p.reportRow, id: id, db: db)
  }

  func insertEvents(_ p: PreparedFile, caseId: Int64) throws {
    let statement = try FastStatement(
      db, sql: "INSERT OR IGNORE INTO status_event (case_id, seq, at, status, by) VALUES (?,?,?,?,?)")
    for e in p.events { try statement.execute([.int(caseId)] + e) }
  }

  func insertScreenings(_ p: PreparedFile, caseId: Int64) throws {
    guard let rows = p.screeningRows else { return }
    let statement = try FastStatement(
      db,
      sql: "INSERT INTO screening (case_id, route, as_of, ruleset_version, verdict, eligible_on, open_findings) VALUES (?,?,?,?,?,?,?)")
    for r in rows { try statement.execute([.int(caseId)] + r) }
  }

  func audit(actor: String, action: String, fileNo: String?, detail: String? = nil) throws {
    try FastStatement(db, sql: "INSERT INTO audit_log (at, actor, action, file_no, detail, request_id) VALUES (?,?,?,?,?,?)")
      .execute([
        .text(timestamp), .text(actor), .text(action), SQLValue(fileNo), SQLValue(detail), SQLValue(AuditContext.requestID),
      ])
  }
}

extension CaseFile {
  /// The day the file was closed: the date of the history entry that closed it, else `decided_on`.
  public var closedOn: Day? {
    guard status.isClosed else { return nil }
    return history?.last(where: { $0.status == status })?.at ?? decidedOn
  }
}
