import Foundation
import GRDB

/// Counts login attempts per key in `login_throttle`: one key for a name from a client address
/// (`name:anna@192.0.2.7`) and one for the address (`addr:192.0.2.7`). A lock-out is per key, so
/// guessing from one place never locks the user out elsewhere, and a guesser who sprays names
/// from one address is stopped by the address key.
///
/// For the name key an attempt is reserved *before* bcrypt in one short write (atomic in SQLite:
/// 30 parallel guesses get exactly `max` checks) and given back on success; no write transaction
/// is held while bcrypt runs. The address key counts only failures, after bcrypt: a hundred
/// clerks behind one office address logging in at once must not lock each other out.
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

  /// Whether `key` is locked now (and until when).
  static func locked(_ db: Database, key: String, _ w: Window) throws -> String? {
    try String.fetchOne(
      db, sql: "SELECT locked_until FROM login_throttle WHERE key = ? AND locked_until > ?", arguments: [key, w.stamp])
  }

  /// Counts a failure under `key` (after bcrypt); the failure that reaches `max` sets the lock.
  static func failed(_ db: Database, key: String, max: Int, _ w: Window) throws {
    _ = try reserve(db, key: key, max: max, w)
  }

  /// A successful login gives its attempt back: the name's key goes.
  static func succeeded(_ db: Database, keys: (name: String, address: String)) throws {
    try db.execute(sql: "DELETE FROM login_throttle WHERE key = ?", arguments: [keys.name])
  }

  /// Lifts every lock-out of a name (an administrator's password reset).
  static func clear(_ db: Database, name: String) throws {
    let prefix = "name:" + name.lowercased() + "@"
    try db.execute(
      sql: "DELETE FROM login_throttle WHERE substr(key, 1, ?) = ?", arguments: [prefix.unicodeScalars.count, prefix])
  }
}
