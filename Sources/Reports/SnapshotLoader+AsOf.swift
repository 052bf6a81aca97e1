import CaseModel
import GRDB

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
  static func screeningRows(_ db: Database, histories: [FileHistory], on day: Day) throws -> [ScreeningReport.Row] {
    let statement = try db.cachedStatement(sql: "SELECT verdict, eligible_on, gap_rules FROM case_file WHERE id = ?")
    return try openIDs(histories, on: day).compactMap { id in
      try Row.fetchOne(statement, arguments: [id]).map { row in
        let rules: String? = row[2]
        return ScreeningReport.Row(
          verdict: row[0], eligibleOn: (row[1] as String?).flatMap { Day(iso: $0) },
          gapRules: rules.map { $0.split(separator: ",").map(String.init) } ?? [])
      }
    }
  }

  /// The ABH files open at the end of `day` that mention a § 104c permit or a follow-up
  /// application, how many files were open, and their stored screenings by route and verdict;
  /// `histories`: the ABH's.
  static func abh(_ db: Database, histories: [FileHistory], on day: Day) throws -> (files: [AbhReport.File], open: Int, screenings: [(route: String, verdict: String, count: Int)]) {
    let open = Set(openIDs(histories, on: day))
    let files = try Row.fetchAll(
      db, sql: """
        SELECT id, json_extract(facts, '$.permit_104c.to'), json_extract(facts, '$.followup_application_on')
        FROM case_file WHERE office = 'ABH'
          AND mentions_104c = 1
        """
    ).filter { open.contains($0[0]) }.map {
      AbhReport.File(permit104cTo: ($0[1] as String?).flatMap { Day(iso: $0) }, followupOn: ($0[2] as String?).flatMap { Day(iso: $0) })
    }
    var counts: [String: [String: Int]] = [:]
    let cursor = try Row.fetchCursor(
      db, sql: "SELECT s.case_id, s.route, s.verdict FROM screening s JOIN case_file c ON c.id = s.case_id WHERE c.office = 'ABH'")
    while let row = try cursor.next() {
      if open.contains(row[0]) { counts[row[1], default: [:]][row[2], default: 0] += 1 }
    }
    let screenings = counts.flatMap { route, verdicts in verdicts.map { (route, $0.key, $0.value) } }
    return (files, open.count, screenings)
  }
}
