import GRDB

extension Schema {
  /// Migration "v8-hardening" (issue 12):
  /// - `user.disabled_at`: an administrator locked the account (no login, no session, no token);
  /// - `login_throttle`: failed logins counted per key (a user name, a client address), so a
  ///   lock-out is counted atomically in one statement and never by name alone;
  /// - `audit_list_file`: the file numbers a list showed, one row each, under the audit row of
  ///   the request (who, which filters, how many rows), so a data-subject report finds who saw a
  ///   person in a list. Rows go with their audit row when its retention ends.
  static func createHardening(_ db: Database) throws {
    try db.execute(
      sql: """
        ALTER TABLE user ADD COLUMN disabled_at TEXT;
        CREATE TABLE login_throttle (
          key TEXT PRIMARY KEY,
          failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
          first_failure_at TEXT NOT NULL,
          locked_until TEXT
        ) WITHOUT ROWID;
        CREATE TABLE audit_list_file (
          audit_id INTEGER NOT NULL REFERENCES audit_log(id) ON DELETE CASCADE,
          file_no TEXT NOT NULL,
          PRIMARY KEY (audit_id, file_no)
        ) WITHOUT ROWID;
        CREATE INDEX audit_list_file_no ON audit_list_file (file_no);
        """)
  }
}
