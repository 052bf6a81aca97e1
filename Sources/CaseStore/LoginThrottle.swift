import Foundation
import GRDB

/// Counts login attempts per key in `login_throttle`: one key for a name from a client address
/// (`name:anna@192.0.2.7`) and one for the address (`addr:192.0.2.7`). A lock-out is per key, so
/// guessing from one place never locks the user out elsewhere, and a guesser who sprays names
/// from one address is stopped by the address key.
///
/// An attempt is reserved *before* bcrypt in one short write (atomic in SQLite: 30 parallel
/// guesses get exactly `max` checks), and given back on success; no write transaction is held
/// while bcrypt runs.
enum LoginThrottle {
  struct Window {
    /// Now, and the end of a lock begun now.
    var stamp: String
    var lockedUntil: String
    /// Failures older than this no longer count.
    var windowStart: String

    init(now: Date, policy: LoginPolicy) {
      stamp = Timestamp.iso(now)
      lockedUntil = Timestamp.iso(now.addingTimeInterval(policy.lockout))
      windowStart = Timestamp.iso(now.addingTimeInterval(-policy.lockout))
    }
  }

  static func keys(name: String, client: String) -> (name: String, address: String) {
    ("name:" + name.lowercased() + "@" + client, "addr:" + client)
  }

  /// Counts one attempt under `key`. Allowed while the count is at most `max`; the attempt that
  /// reaches `max` sets the lock (a success lifts it again).
  static func reserve(_ db: Database, key: String, max: Int, _ w: Window) throws -> (allowed: Bool, lockedUntil: String?) {
    let row = try Row.fetchOne(
      db, sql: "SELECT failures, first_failure_at, locked_until FROM login_throttle WHERE key = ?", arguments: [key])
    if let row, let until = row[2] as String?, until > w.stamp { return (false, until) }
    let stale = row.map { ($0[2] as String?) != nil || ($0[1] as String) < w.windowStart } ?? true
    let count = stale ? 1 : (row?[0] as Int? ?? 0) + 1
    try db.execute(
      sql: """
        INSERT INTO login_throttle (key, failures, first_failure_at, locked_until) VALUES (?, ?, ?, ?)
        ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until,
          first_failure_at = CASE WHEN ? THEN excluded.first_failure_at ELSE first_failure_at END
        """, arguments: [key, count, w.stamp, count >= max ? w.lockedUntil : nil, stale])
    return (count <= max, nil)
  }

  /// A successful login gives its attempts back: the name's key goes, the address's shrinks.
  static func succeeded(_ db: Database, keys: (name: String, address: String)) throws {
    try db.execute(sql: "DELETE FROM login_throttle WHERE key = ?", arguments: [keys.name])
    try db.execute(
      sql: "UPDATE login_throttle SET failures = max(failures - 1, 0) WHERE key = ? AND locked_until IS NULL",
      arguments: [keys.address])
  }

  /// Lifts every lock-out of a name (an administrator's password reset).
  static func clear(_ db: Database, name: String) throws {
    let prefix = "name:" + name.lowercased() + "@"
    try db.execute(
      sql: "DELETE FROM login_throttle WHERE substr(key, 1, ?) = ?", arguments: [prefix.unicodeScalars.count, prefix])
  }
}
