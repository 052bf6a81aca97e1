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

  /// The verdict summaries of the open files of `office` (of `municipality` only, if given).
  public func openVerdicts(office: Office, municipality: String? = nil) throws -> [Verdict] {
    try Row.fetchAll(
      db, sql: "SELECT verdict, eligible_on, gap_rules FROM case_file WHERE office = ? AND is_open = 1" + Self.clause(municipality),
      arguments: StatementArguments([office.rawValue] + [municipality].compactMap { $0 })
    ).map(Self.verdict)
  }

  /// The verdict summaries of the files with these ids, in their order: SQLite walks the ids
  /// and reads each file by its row id (one statement, no Swift row per id).
  public func verdicts(ids: [Int64]) throws -> [Verdict] {
    try Row.fetchAll(
      db, sql: "SELECT c.verdict, c.eligible_on, c.gap_rules FROM json_each(?) AS j CROSS JOIN case_file AS c ON c.id = j.value",
      arguments: [Self.idList(ids)]
    ).map(Self.verdict)
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

  /// The ABH files (open only, or all; of `municipality` only, if given) that mention a § 104c
  /// permit or a follow-up application. The `mentions_104c` term matches the partial index
  /// `case_file_abh`, so only those files' facts are read (about a quarter of the open ABH
  /// files), not every open file's JSON.
  public func abhPermits104c(openOnly: Bool, municipality: String? = nil) throws -> [Permit104c] {
    try Row.fetchAll(
      db, sql: """
        SELECT id, json_extract(facts, '$.permit_104c.to'), json_extract(facts, '$.followup_application_on')
        FROM case_file WHERE office = 'ABH'\(openOnly ? " AND is_open = 1" : "")
          AND mentions_104c = 1
        """ + Self.clause(municipality), arguments: StatementArguments([municipality].compactMap { $0 })
    ).map(Self.permit)
  }

  /// The ABH files among these ids that mention a § 104c permit or a follow-up application
  /// (SQLite walks the ids and reads each file by its row id).
  public func abhPermits104c(ids: [Int64]) throws -> [Permit104c] {
    try Row.fetchAll(
      db, sql: """
        SELECT c.id, json_extract(c.facts, '$.permit_104c.to'), json_extract(c.facts, '$.followup_application_on')
        FROM json_each(?) AS j CROSS JOIN case_file AS c ON c.id = j.value WHERE c.office = 'ABH' AND c.mentions_104c = 1
        """, arguments: [Self.idList(ids)]
    ).map(Self.permit)
  }

  static func permit(_ row: Row) -> Permit104c {
    Permit104c(id: row[0], permitTo: (row[1] as String?).flatMap { Day(iso: $0) }, followupOn: (row[2] as String?).flatMap { Day(iso: $0) })
  }

  public func openFileCount(office: Office, municipality: String? = nil) throws -> Int {
    try Int.fetchOne(
      db, sql: "SELECT COUNT(*) FROM case_file WHERE office = ? AND is_open = 1" + Self.clause(municipality),
      arguments: StatementArguments([office.rawValue] + [municipality].compactMap { $0 })) ?? 0
  }

  /// The stored screenings of the open files of `office` (of `municipality` only, if given),
  /// counted by route and verdict.
  public func openScreeningCounts(office: Office, municipality: String? = nil) throws -> [(route: String, verdict: String, count: Int)] {
    try Row.fetchAll(
      db, sql: """
        SELECT s.route, s.verdict, COUNT(*) FROM screening s JOIN case_file c ON c.id = s.case_id
        WHERE c.office = ? AND c.is_open = 1
        """ + Self.clause(municipality, table: "c.") + " GROUP BY s.route, s.verdict",
      arguments: StatementArguments([office.rawValue] + [municipality].compactMap { $0 })
    ).map { ($0[0], $0[1], $0[2]) }
  }

  /// The stored screenings of the files with these ids, counted by route and verdict (joined
  /// and counted by SQLite).
  public func screeningCounts(ids: [Int64]) throws -> [(route: String, verdict: String, count: Int)] {
    try Row.fetchAll(
      db, sql: """
        SELECT s.route, s.verdict, COUNT(*) FROM json_each(?) AS j CROSS JOIN screening AS s ON s.case_id = j.value
        GROUP BY s.route, s.verdict
        """, arguments: [Self.idList(ids)]
    ).map { ($0[0], $0[1], $0[2]) }
  }

  /// The file numbers of these ids (the oldest-files list).
  public func fileNumbers(ids: [Int64]) throws -> [Int64: String] {
    guard !ids.isEmpty else { return [:] }
    let rows = try Row.fetchAll(
      db, sql: "SELECT id, file_no FROM case_file WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
      arguments: StatementArguments(ids))
    return Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[1]) })
  }

  /// How many clerks closed files of `office` (of `municipality` only, if given) after `after`
  /// through `through`.
  public func clerksClosing(office: Office, after: Day, through: Day, municipality: String? = nil) throws -> Int {
    try Int.fetchOne(
      db, sql: "SELECT COUNT(DISTINCT clerk) FROM case_file WHERE office = ? AND closed_on > ? AND closed_on <= ?"
        + Self.clause(municipality),
      arguments: StatementArguments([office.rawValue, after.iso, through.iso] + [municipality].compactMap { $0 })) ?? 0
  }

  public func statusEventCount() throws -> Int { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM status_event") ?? 0 }
  public func fileCount() throws -> Int { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM case_file") ?? 0 }
}

extension AppDatabase {
  /// Runs `body` with the reports' reads in one read transaction (one snapshot), on GRDB's
  /// reader queue: a report is made there, off the cooperative pool.
  public func reportReads<T: Sendable>(_ body: @Sendable (ReportReads) throws -> T) async throws -> T {
    try await reading { db in try body(ReportReads(db: db)) }
  }
}
