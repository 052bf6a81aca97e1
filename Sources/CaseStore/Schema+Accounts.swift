import GRDB

extension Schema {
  static let roles = "'ebh-clerk','abh-clerk','case-manager','management','admin'"

  /// Users, their municipalities (case managers), browser sessions and API tokens. Secrets are
  /// never stored in clear: passwords as bcrypt hashes, session and API tokens as SHA-256 hashes
  /// (they are long random values, so a fast hash is enough).
  static func createAccounts(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE user (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 64),
          role TEXT NOT NULL CHECK (role IN (\(roles))),
          password_hash TEXT NOT NULL,
          must_change_password INTEGER NOT NULL DEFAULT 1 CHECK (must_change_password IN (0,1)),
          failed_logins INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
          locked_until TEXT,
          created_at TEXT NOT NULL
        );
        CREATE TABLE user_municipality (
          user_id INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
          municipality TEXT NOT NULL CHECK (length(municipality) > 0),
          PRIMARY KEY (user_id, municipality)
        ) WITHOUT ROWID;
        CREATE TABLE session (
          token_hash TEXT PRIMARY KEY,
          user_id INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
          csrf_token TEXT NOT NULL,
          created_at TEXT NOT NULL,
          expires_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX session_user ON session (user_id);
        CREATE TABLE api_token (
          id INTEGER PRIMARY KEY,
          token_hash TEXT NOT NULL UNIQUE,
          user_id INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
          created_at TEXT NOT NULL,
          revoked_at TEXT
        );
        CREATE INDEX api_token_user ON api_token (user_id);
        """)
  }
}
