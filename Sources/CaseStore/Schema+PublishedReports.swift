import GRDB

extension Schema {
  /// v12: published ("frozen") reports. What went out to a committee is kept exactly as it was
  /// rendered (HTML, both CSVs, JSON), with the period, filters, rule-set version, the time the
  /// data was read and who published it, so it reopens unchanged after files were corrected.
  /// Aggregates only; rows are never changed or deleted (triggers, as for the audit log).
  static func createPublishedReports(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE published_report (
          id INTEGER PRIMARY KEY,
          report TEXT NOT NULL CHECK (length(report) > 0),
          title TEXT NOT NULL,
          office TEXT NOT NULL,
          team TEXT,
          period_from TEXT NOT NULL,
          period_to TEXT NOT NULL,
          as_of TEXT NOT NULL,
          language TEXT NOT NULL CHECK (language IN ('de','en')),
          ruleset_version TEXT,
          data_as_of TEXT NOT NULL,
          published_at TEXT NOT NULL,
          published_by TEXT NOT NULL,
          html TEXT NOT NULL,
          csv TEXT NOT NULL,
          csv_plain TEXT NOT NULL,
          json TEXT NOT NULL
        );
        CREATE INDEX published_report_by_report ON published_report (report, id);
        CREATE TRIGGER published_report_no_update BEFORE UPDATE ON published_report
          BEGIN SELECT RAISE(ABORT, 'published reports are kept unchanged'); END;
        CREATE TRIGGER published_report_no_delete BEFORE DELETE ON published_report
          BEGIN SELECT RAISE(ABORT, 'published reports are kept unchanged'); END;
        """)
  }
}
