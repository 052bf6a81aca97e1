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
    switch name {
    case .throughput:
      return ThroughputReport(try HistoryLoader.load(db, office: request.office), request: request)
    case .referrals:
      throw ReportError("the report \"referrals\" comes with the referral feature and is not available yet")
    default:
      throw ReportError("the report \"\(name.rawValue)\" is not built yet")
    }
  }
}
