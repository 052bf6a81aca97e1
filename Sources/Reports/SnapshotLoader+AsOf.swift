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

  /// The latest stored verdicts of the files open at the end of `day` (point reads by id);
  /// `histories`: the office's.
  static func screeningRows(_ db: ReportReads, histories: [FileHistory], on day: Day) throws -> [ScreeningReport.Row] {
    try db.verdicts(ids: openIDs(histories, on: day)).map(ScreeningReport.Row.init)
  }

  /// The ABH files open at the end of `day` that mention a § 104c permit or a follow-up
  /// application, how many files were open, and their stored screenings by route and verdict;
  /// `histories`: the ABH's.
  static func abh(_ db: ReportReads, histories: [FileHistory], on day: Day) throws -> (files: [AbhReport.File], open: Int, screenings: [(route: String, verdict: String, count: Int)]) {
    let open = Set(openIDs(histories, on: day))
    let files = try db.abhPermits104c(openOnly: false).filter { open.contains($0.id) }.map {
      AbhReport.File(permit104cTo: $0.permitTo, followupOn: $0.followupOn)
    }
    var counts: [String: [String: Int]] = [:]
    try db.forEachScreening(office: .ABH) { id, route, verdict in
      if open.contains(id) { counts[route, default: [:]][verdict, default: 0] += 1 }
    }
    let screenings = counts.flatMap { route, verdicts in verdicts.map { (route, $0.key, $0.value) } }
    return (files, open.count, screenings)
  }
}
