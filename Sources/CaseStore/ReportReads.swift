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

  /// An ABH file that mentions a § 104c permit or a follow-up application.
  public struct Permit104c: Sendable {
    public var id: Int64
    public var permitTo: Day?
    public var followupOn: Day?
  }

  public func openFileCount(office: Office, municipality: String? = nil) throws -> Int {
    try Int.fetchOne(
      db, sql: "SELECT COUNT(*) FROM case_file WHERE office = ? AND is_open = 1" + Self.clause(municipality),
      arguments: StatementArguments([office.rawValue] + [municipality].compactMap { $0 })) ?? 0
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
