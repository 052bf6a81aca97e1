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

  /// The ids as a JSON list, for `json_each(?) CROSS JOIN ...`: SQLite walks the list and reads
  /// each file by its row id (one statement, no Swift row per file).
  static func idList(_ ids: [Int64]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }

  /// The latest stored verdicts of the files open at the end of `day`; `histories`: the office's.
  static func screeningRows(_ db: Database, histories: [FileHistory], on day: Day) throws -> [ScreeningReport.Row] {
    try Row.fetchAll(
      db, sql: "SELECT c.verdict, c.eligible_on, c.gap_rules FROM json_each(?) AS j CROSS JOIN case_file AS c ON c.id = j.value",
      arguments: [idList(openIDs(histories, on: day))]
    ).map { row in
      let rules: String? = row[2]
      return ScreeningReport.Row(
        verdict: row[0], eligibleOn: (row[1] as String?).flatMap { Day(iso: $0) },
        gapRules: rules.map { $0.split(separator: ",").map(String.init) } ?? [])
    }
  }

  /// The ABH files open at the end of `day` that mention a § 104c permit or a follow-up
  /// application, how many files were open, and their stored screenings by route and verdict
  /// (counted by SQLite); `histories`: the ABH's.
  static func abh(_ db: Database, histories: [FileHistory], on day: Day) throws -> (files: [AbhReport.File], open: Int, screenings: [(route: String, verdict: String, count: Int)]) {
    let open = openIDs(histories, on: day)
    let list = idList(open)
    let files = try Row.fetchAll(
      db, sql: """
        SELECT json_extract(c.facts, '$.permit_104c.to'), json_extract(c.facts, '$.followup_application_on')
        FROM json_each(?) AS j CROSS JOIN case_file AS c ON c.id = j.value WHERE c.office = 'ABH' AND c.mentions_104c = 1
        """, arguments: [list]
    ).map {
      AbhReport.File(permit104cTo: ($0[0] as String?).flatMap { Day(iso: $0) }, followupOn: ($0[1] as String?).flatMap { Day(iso: $0) })
    }
    let screenings = try Row.fetchAll(
      db, sql: """
        SELECT s.route, s.verdict, COUNT(*) FROM json_each(?) AS j CROSS JOIN screening AS s ON s.case_id = j.value
        GROUP BY s.route, s.verdict
        """, arguments: [list]
    ).map { (route: $0[0] as String, verdict: $0[1] as String, count: $0[2] as Int) }
    return (files, open.count, screenings)
  }
}
