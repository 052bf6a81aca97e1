import CaseModel
import GRDB

/// Reads the current open files' stored screening summaries and ABH facts (small sets: the open
/// backlog, not the history), for the screening and abh reports.
enum SnapshotLoader {
  /// `municipality`: only that municipality's open files (nil: all).
  static func screeningRows(_ db: Database, office: Office, municipality: String? = nil) throws -> [ScreeningReport.Row] {
    try Row.fetchAll(
      db, sql: "SELECT verdict, eligible_on, gap_rules FROM case_file WHERE office = ? AND is_open = 1" + clause(municipality),
      arguments: StatementArguments([office.rawValue] + [municipality].compactMap { $0 })
    ).map { row in
      let rules: String? = row[2]
      return ScreeningReport.Row(
        verdict: row[0], eligibleOn: (row[1] as String?).flatMap { Day(iso: $0) },
        gapRules: rules.map { $0.split(separator: ",").map(String.init) } ?? [])
    }
  }

  /// The open ABH files that mention a § 104c permit or a follow-up application. The
  /// `mentions_104c` term matches the partial index `case_file_abh`, so only those files' facts
  /// are read (about a quarter of the open ABH files), not every open file's JSON.
  static func abhFiles(_ db: Database, municipality: String? = nil) throws -> [AbhReport.File] {
    try Row.fetchAll(
      db, sql: """
        SELECT json_extract(facts, '$.permit_104c.to'), json_extract(facts, '$.followup_application_on')
        FROM case_file WHERE office = 'ABH' AND is_open = 1
          AND mentions_104c = 1
        """ + clause(municipality), arguments: StatementArguments([municipality].compactMap { $0 })
    ).map { AbhReport.File(permit104cTo: ($0[0] as String?).flatMap { Day(iso: $0) }, followupOn: ($0[1] as String?).flatMap { Day(iso: $0) }) }
  }

  static func abhOpenCount(_ db: Database, municipality: String? = nil) throws -> Int {
    try Int.fetchOne(
      db, sql: "SELECT COUNT(*) FROM case_file WHERE office = 'ABH' AND is_open = 1" + clause(municipality),
      arguments: StatementArguments([municipality].compactMap { $0 })) ?? 0
  }

  static func abhScreenings(_ db: Database, municipality: String? = nil) throws -> [(route: String, verdict: String, count: Int)] {
    try Row.fetchAll(
      db, sql: """
        SELECT s.route, s.verdict, COUNT(*) FROM screening s JOIN case_file c ON c.id = s.case_id
        WHERE c.office = 'ABH' AND c.is_open = 1
        """ + clause(municipality, table: "c.") + " GROUP BY s.route, s.verdict",
      arguments: StatementArguments([municipality].compactMap { $0 })
    ).map { ($0[0], $0[1], $0[2]) }
  }

  /// The condition that limits a snapshot to one municipality's files (empty for all).
  static func clause(_ municipality: String?, table: String = "") -> String {
    municipality == nil ? "" : " AND \(table)municipality = ?"
  }
}
