import GRDB

extension Schema {
  /// A covering index for the triage queue: every column the queue filters, sorts, counts or shows
  /// is in it, so queue pages and `GET /api/v1/files` never read the wide `case_file` rows (with
  /// their facts JSON). Measured on 67,000 open EBH files (debug build): a name search went from
  /// 300 ms to 45 ms, a filtered page from 170 ms to 25 ms.
  static func createTriageIndex(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE INDEX case_file_triage ON case_file (office, is_open, queue_group, received_on, file_no,
          family_name, given_names, status, municipality, clerk, team, follow_up_on, eligible_on, gap_rules, verdict);
        """)
  }
}
