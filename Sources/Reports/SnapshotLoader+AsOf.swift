import CaseModel
import CaseStore

/// The screening and abh snapshots as of a day before today. `is_open` knows only today, so the
/// files open then come from their status histories (as in the backlog report); what was stored
/// about them (verdicts, § 104c permits) is today's, which is the part that stays approximate.
extension SnapshotLoader {
  /// Ids of the files open at the end of `day`, in id order, from the office's histories.
  static func openIDs(_ histories: [FileHistory], on day: Day) -> [Int64] {
    histories.filter { $0.isOpen(on: day) }.map(\.id)
  }

  /// The latest stored verdicts of the files open at the end of `day` (SQLite walks the ids and
  /// reads each file by its row id); `histories`: the office's.
  static func screeningRows(_ db: ReportReads, histories: [FileHistory], on day: Day) throws -> [ScreeningReport.Row] {
    try db.verdicts(ids: openIDs(histories, on: day)).map(ScreeningReport.Row.init)
  }

  /// The ABH files open at the end of `day` that mention a § 104c permit or a follow-up
  /// application, how many files were open, and their stored screenings by route and verdict
  /// (joined and counted by SQLite); `histories`: the ABH's.
  static func abh(_ db: ReportReads, histories: [FileHistory], on day: Day) throws -> (files: [AbhReport.File], open: Int, screenings: [(route: String, verdict: String, count: Int)]) {
    let open = openIDs(histories, on: day)
    let files = try db.abhPermits104c(ids: open).map(AbhReport.File.init)
    return (files, open.count, try db.screeningCounts(ids: open))
  }
}
