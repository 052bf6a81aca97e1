import CaseModel
import GRDB

/// The reads the reports make, all in one snapshot: named after what they return, so `Reports`
/// holds no SQL and needs no GRDB. Handed to the closure of `AppDatabase.reportReads` and valid
/// only inside it.
public struct ReportReads {
  let db: Database

  /// Every file of `office` with its status history (see `HistoryLoader`).
  public func statusHistories(office: Office) throws -> [FileHistory] { try HistoryLoader.load(db, office: office) }

  /// The stored verdict summary of a file: verdict, eligible day, rules with a gap.
  public struct Verdict: Sendable {
    public var verdict: String?
    public var eligibleOn: Day?
    public var gapRules: [String]
  }

  /// The verdict summaries of the open files of `office`.
  public func openVerdicts(office: Office) throws -> [Verdict] {
    try Row.fetchAll(
      db, sql: "SELECT verdict, eligible_on, gap_rules FROM case_file WHERE office = ? AND is_open = 1",
      arguments: [office.rawValue]
    ).map(Self.verdict)
  }

  /// The verdict summaries of the files with these ids, in their order (point reads by id).
  public func verdicts(ids: [Int64]) throws -> [Verdict] {
    let statement = try db.cachedStatement(sql: "SELECT verdict, eligible_on, gap_rules FROM case_file WHERE id = ?")
    return try ids.compactMap { id in try Row.fetchOne(statement, arguments: [id]).map(Self.verdict) }
  }

  static func verdict(_ row: Row) -> Verdict {
    let rules: String? = row[2]
    return Verdict(
      verdict: row[0], eligibleOn: (row[1] as String?).flatMap { Day(iso: $0) },
      gapRules: rules.map { $0.split(separator: ",").map(String.init) } ?? [])
  }

  /// An ABH file that mentions a § 104c permit or a follow-up application.
  public struct Permit104c: Sendable {
    public var id: Int64
    public var permitTo: Day?
    public var followupOn: Day?
  }

  /// The ABH files (open only, or all) that mention a § 104c permit or a follow-up application.
  /// The `mentions_104c` term matches the partial index `case_file_abh`, so only those files'
  /// facts are read (about a quarter of the open ABH files), not every open file's JSON.
  public func abhPermits104c(openOnly: Bool) throws -> [Permit104c] {
    try Row.fetchAll(
      db, sql: """
        SELECT id, json_extract(facts, '$.permit_104c.to'), json_extract(facts, '$.followup_application_on')
        FROM case_file WHERE office = 'ABH'\(openOnly ? " AND is_open = 1" : "")
          AND mentions_104c = 1
        """
    ).map {
      Permit104c(id: $0[0], permitTo: ($0[1] as String?).flatMap { Day(iso: $0) }, followupOn: ($0[2] as String?).flatMap { Day(iso: $0) })
    }
  }

  public func openFileCount(office: Office) throws -> Int {
    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM case_file WHERE office = ? AND is_open = 1", arguments: [office.rawValue]) ?? 0
  }

  /// The stored screenings of the open files of `office`, counted by route and verdict.
  public func openScreeningCounts(office: Office) throws -> [(route: String, verdict: String, count: Int)] {
    try Row.fetchAll(
      db, sql: """
        SELECT s.route, s.verdict, COUNT(*) FROM screening s JOIN case_file c ON c.id = s.case_id
        WHERE c.office = ? AND c.is_open = 1 GROUP BY s.route, s.verdict
        """, arguments: [office.rawValue]
    ).map { ($0[0], $0[1], $0[2]) }
  }

  /// Every stored screening of the files of `office`: file id, route, verdict.
  public func forEachScreening(office: Office, _ body: (Int64, String, String) throws -> Void) throws {
    let cursor = try Row.fetchCursor(
      db, sql: "SELECT s.case_id, s.route, s.verdict FROM screening s JOIN case_file c ON c.id = s.case_id WHERE c.office = ?",
      arguments: [office.rawValue])
    while let row = try cursor.next() { try body(row[0], row[1], row[2]) }
  }

  /// The file numbers of these ids (the oldest-files list).
  public func fileNumbers(ids: [Int64]) throws -> [Int64: String] {
    guard !ids.isEmpty else { return [:] }
    let rows = try Row.fetchAll(
      db, sql: "SELECT id, file_no FROM case_file WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
      arguments: StatementArguments(ids))
    return Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[1]) })
  }

  /// How many clerks closed files of `office` after `after` through `through`.
  public func clerksClosing(office: Office, after: Day, through: Day) throws -> Int {
    try Int.fetchOne(
      db, sql: "SELECT COUNT(DISTINCT clerk) FROM case_file WHERE office = ? AND closed_on > ? AND closed_on <= ?",
      arguments: [office.rawValue, after.iso, through.iso]) ?? 0
  }

  public func statusEventCount() throws -> Int { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM status_event") ?? 0 }
  public func fileCount() throws -> Int { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM case_file") ?? 0 }
}

extension AppDatabase {
  /// Runs `body` with the reports' reads in one read transaction (one snapshot).
  public func reportReads<T>(_ body: (ReportReads) throws -> T) throws -> T {
    try writer.read { db in try body(ReportReads(db: db)) }
  }

  /// The same for async callers (GRDB schedules the read on its reader).
  public func reportReads<T: Sendable>(_ body: @escaping @Sendable (ReportReads) throws -> T) async throws -> T {
    try await writer.read { db in try body(ReportReads(db: db)) }
  }
}
