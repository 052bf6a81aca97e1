import GRDB

extension Schema {
  /// The throughput reports read every file's receipt, team, status and closing date (not only
  /// the open ones; the forecast also counts the clerks who closed files). Without the covering
  /// index `case_file_history` that scan reads the whole `case_file` table, facts JSON included
  /// (about 700 MB for 270,000 files); with it, about 10 MB in id order, which the primary key
  /// of `status_event` shares, so histories load by a merge of two scans. Import cost: about
  /// 5 % for both indexes (60,000 demo files, screened).
  /// The ABH report reads § 104c permits and follow-up applications from the facts JSON; the
  /// partial index `case_file_abh` holds only the files whose JSON mentions either key (a
  /// quarter of the open ABH files), so the others' facts are never read (860 -> 150 ms).
  static func createReportIndexes(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE INDEX case_file_history ON case_file (office, id, received_on, team, status, closed_on, clerk);
        CREATE INDEX case_file_abh ON case_file (office, is_open)
          WHERE instr(facts, '"permit_104c"') > 0 OR instr(facts, '"followup_application_on"') > 0;
        """)
  }
}
