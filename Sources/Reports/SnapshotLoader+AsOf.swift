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

  /// The latest stored verdicts of the files of `office` open at the end of `day` (picked from
  /// one scan of the office's verdicts); `histories`: the office's.
  static func screeningRows(_ db: ReportReads, office: Office, histories: [FileHistory], on day: Day) throws -> [ScreeningReport.Row] {
    try db.verdicts(office: office, ids: openIDs(histories, on: day)).map(ScreeningReport.Row.init)
  }

  /// The ABH files open at the end of `day` that mention a § 104c permit or a follow-up
  /// application, how many files were open, and their stored screenings by route and verdict
  /// (each picked from one scan); `histories`: the ABH's.
  static func abh(_ db: ReportReads, histories: [FileHistory], on day: Day) throws -> (files: [AbhReport.File], open: Int, screenings: [(route: String, verdict: String, count: Int)]) {
    let open = openIDs(histories, on: day)
    let files = try db.abhPermits104c(ids: open).map(AbhReport.File.init)
    return (files, open.count, try db.screeningCounts(ids: open))
  }
}
