import CaseModel
import CaseStore
import GRDB

/// Makes a report from the database: loads what it needs in one read transaction and calls the
/// pure metric functions. The one entry point for the command line and (later) the API.
public enum ReportMaker {
  public static func make(_ name: ReportName, request: ReportRequest, store: AppDatabase) throws -> any ReportContent {
    try store.writer.read { db in try make(name, request: request, db: db) }
  }

  public static func make(_ name: ReportName, request: ReportRequest, db: Database) throws -> any ReportContent {
    try make(name, request: request, db: db) { try HistoryLoader.load(db, office: request.office) }
  }

  /// Several reports of one request in one read transaction; the histories, which the
  /// throughput, backlog, cycle-time and forecast reports share, are loaded once.
  public static func make(_ names: [ReportName], request: ReportRequest, store: AppDatabase) throws -> [any ReportContent] {
    try store.writer.read { db in
      var loaded: [FileHistory]?
      return try names.map { name in
        try make(name, request: request, db: db) {
          if let loaded { return loaded }
          loaded = try HistoryLoader.load(db, office: request.office)
          return loaded!
        }
      }
    }
  }

  static func make(
    _ name: ReportName, request: ReportRequest, db: Database, histories: () throws -> [FileHistory]
  ) throws -> any ReportContent {
    switch name {
    case .throughput:
      return ThroughputReport(try histories(), request: request)
    case .backlog:
      let numbers = try fileNumbers(db)
      return BacklogReport(try histories(), request: request, fileNumbers: { ids in (try? numbers(ids)) ?? [:] })
    case .cycleTime:
      return CycleTimeReport(try histories(), request: request)
    case .forecast:
      return ForecastReport(try histories(), request: request, clerks: try activeClerks(db, request: request))
    case .screening where request.asOf < request.today:
      var r = ScreeningReport(try SnapshotLoader.screeningRows(db, office: request.office, on: request.asOf), request: request)
      r.openFromHistory = true
      return r
    case .screening:
      return ScreeningReport(try SnapshotLoader.screeningRows(db, office: request.office), request: request)
    case .abh where request.asOf < request.today:
      let (files, open, screenings) = try SnapshotLoader.abh(db, on: request.asOf)
      return AbhReport(files, open: open, screenings: screenings, request: request)
    case .abh:
      return AbhReport(
        try SnapshotLoader.abhFiles(db), open: try SnapshotLoader.abhOpenCount(db), screenings: try SnapshotLoader.abhScreenings(db),
        request: request)
    case .referrals:
      throw ReportError("the report \"referrals\" comes with the referral feature and is not available yet")
    }
  }

  /// Looks up the file numbers of a few row ids (the oldest-files list only).
  static func fileNumbers(_ db: Database) throws -> ([Int64]) throws -> [Int64: String] {
    { ids in
      guard !ids.isEmpty else { return [:] }
      let rows = try Row.fetchAll(
        db, sql: "SELECT id, file_no FROM case_file WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
        arguments: StatementArguments(ids))
      return Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[1]) })
    }
  }

  /// Clerks who closed at least one file of the office in the forecast window (the count only).
  static func activeClerks(_ db: Database, request: ReportRequest) throws -> Int {
    try Int.fetchOne(
      db, sql: "SELECT COUNT(DISTINCT clerk) FROM case_file WHERE office = ? AND closed_on > ? AND closed_on <= ?",
      arguments: [request.office.rawValue, request.asOf.adding(days: -7 * ForecastReport.windowWeeks).iso, request.asOf.iso]) ?? 0
  }
}
