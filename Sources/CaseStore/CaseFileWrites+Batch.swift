import GRDB

extension CaseFileWrites {
  /// Inserts new files of an import together: each file's `case_file` row, history rows,
  /// `report_file` row, screening rows and audit row (`action`, one per file), many rows per statement (see
  /// `RowInserter`). Ids are given here as SQLite gives them (the largest id + 1, in order), so
  /// the rows of many files can go into one statement.
  func insert(batch files: [PreparedFile], actor: String, action: String) throws {
    guard !files.isEmpty else { return }
    let last = try FastStatement(db, sql: "SELECT max(id) FROM case_file").firstRow([])
    var id: Int64 = if case .int(let n)? = last?.first { n } else { 0 }
    var fileRows: [[SQLValue]] = []
    var eventRows: [[SQLValue]] = []
    var screeningRows: [[SQLValue]] = []
    var auditRows: [[SQLValue]] = []
    var reportRows: [[SQLValue]] = []
    fileRows.reserveCapacity(files.count)
    reportRows.reserveCapacity(files.count)
    auditRows.reserveCapacity(files.count)
    for p in files {
      id += 1
      fileRows.append([.int(id)] + p.columns + VerdictSummary.values(p.verdict) + [.text(timestamp), .text(timestamp)])
      for e in p.events { eventRows.append([.int(id)] + e) }
      reportRows.append(ReportFile.row(values: p.reportRow, id: id))
      for r in p.screeningRows ?? [] { screeningRows.append([.int(id)] + r) }
      auditRows.append([.text(timestamp), .text(actor), .text(action), .text(p.file.fileNo), .null])
    }
    try db.withoutCheckConstraints {
      try Self.fileInserter.insert(fileRows, db: db)
      try Self.eventInserter.insert(eventRows, db: db)
      try ReportFile.inserter.insert(reportRows, db: db)
      try Self.screeningInserter.insert(screeningRows, db: db)
      try Self.auditInserter.insert(auditRows, db: db)
    }
  }

  static let fileInserter = RowInserter(
    """
    INSERT INTO case_file (id, file_no, office, route, status, is_open, received_on, decided_on,
      closed_on, team, clerk, municipality, family_name, given_names, birth_date, follow_up_on,
      facts, mentions_104c, search_text, \(VerdictSummary.columnList), created_at, updated_at) VALUES
    """, width: 21 + VerdictSummary.names.count, rowsPerStatement: 64)
  static let eventInserter = RowInserter(
    "INSERT OR IGNORE INTO status_event (case_id, seq, at, status, by) VALUES ", width: 5, rowsPerStatement: 256)
  static let screeningInserter = RowInserter(
    "INSERT INTO screening (case_id, route, as_of, ruleset_version, verdict, eligible_on, open_findings) VALUES ",
    width: 7, rowsPerStatement: 128)
  static let auditInserter = RowInserter(
    "INSERT INTO audit_log (at, actor, action, file_no, detail) VALUES ", width: 5, rowsPerStatement: 256)
}

extension Database {
  /// Runs `body` with the schema's CHECK constraints skipped (`PRAGMA ignore_check_constraints`,
  /// switched back on afterwards, also on error). Only for rows built from typed values that
  /// cannot fail them: statuses, verdicts and teams from enums, dates from `Day`, validated file
  /// numbers. A `CHECK (x IN (...))` builds a temporary index for every row it checks, which
  /// cost a quarter of an import's writing even with many rows per statement. Foreign keys,
  /// NOT NULL and UNIQUE constraints stay in force. (Changing a flag pragma expires prepared
  /// statements, so no statement compiled without checks outlives this call.)
  func withoutCheckConstraints(_ body: () throws -> Void) throws {
    try execute(sql: "PRAGMA ignore_check_constraints = ON")
    do { try body() } catch {
      try execute(sql: "PRAGMA ignore_check_constraints = OFF")
      throw error
    }
    try execute(sql: "PRAGMA ignore_check_constraints = OFF")
  }
}
