import GRDB

extension Schema {
  /// The key of `setting` that the retention run sets inside its own transaction (and removes
  /// before committing): only then may the append-only tables lose rows or details.
  static let retentionRunning = "retention.running"

  /// Migration v11-operations: request ids in the audit log, anonymised files, tombstones of
  /// deleted file numbers, and append-only triggers that let only the retention run through.
  static func createOperations(_ db: Database) throws {
    let guardClause = "WHEN NOT EXISTS (SELECT 1 FROM setting WHERE key = '\(retentionRunning)')"
    try db.execute(
      sql: """
        -- the request (X-Request-Id) that caused an audit row; null for the command line
        ALTER TABLE audit_log ADD COLUMN request_id TEXT;

        -- set when the retention run removed the person's data from a closed file; the row and
        -- its status events stay (without a name) so that past reports do not change
        ALTER TABLE case_file ADD COLUMN anonymised_on TEXT;

        -- file numbers whose personal data was deleted: an import naming one is refused, so an
        -- old list cannot bring a deleted person back without anyone noticing
        CREATE TABLE deleted_file (
          file_no TEXT PRIMARY KEY,
          office TEXT NOT NULL,
          deleted_on TEXT NOT NULL,
          rule TEXT NOT NULL
        ) WITHOUT ROWID;

        DROP TRIGGER audit_log_no_update;
        DROP TRIGGER audit_log_no_delete;
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log \(guardClause)
          BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log \(guardClause)
          BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        DROP TRIGGER referral_event_no_update;
        DROP TRIGGER referral_event_no_delete;
        CREATE TRIGGER referral_event_no_update BEFORE UPDATE ON referral_event \(guardClause)
          BEGIN SELECT RAISE(ABORT, 'referral events are append-only'); END;
        CREATE TRIGGER referral_event_no_delete BEFORE DELETE ON referral_event \(guardClause)
          BEGIN SELECT RAISE(ABORT, 'referral events are append-only'); END;
        DROP TRIGGER file_note_no_update;
        CREATE TRIGGER file_note_no_update BEFORE UPDATE ON file_note \(guardClause)
          BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;
        CREATE INDEX audit_log_at ON audit_log (at);
        """)
  }
}
