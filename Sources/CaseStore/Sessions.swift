import Foundation
import GRDB

/// A browser session: who is logged in and the token every form must echo (CSRF).
public struct Session: Sendable, Equatable {
  public var account: Account
  public var csrfToken: String
}

/// A session just started: the cookie value is returned once; the database keeps its hash.
public struct NewSession: Sendable {
  public var token: String
  public var session: Session
}

extension AppDatabase {
  /// Starts a session after a successful login.
  public func createSession(for account: Account, lifetime: TimeInterval = 8 * 3600) async throws -> NewSession {
    let token = Secrets.token()
    let csrf = Secrets.token()
    let stamp = timestamp()
    let expires = Timestamp.iso(now().addingTimeInterval(lifetime))
    try await writing { db in
      try db.execute(sql: "DELETE FROM session WHERE expires_at <= ?", arguments: [stamp])
      try db.execute(
        sql: "INSERT INTO session (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?,?,?,?,?)",
        arguments: [Secrets.digest(token), account.id, csrf, stamp, expires])
    }
    return NewSession(token: token, session: Session(account: account, csrfToken: csrf))
  }

  /// The live session for a cookie value, or nil if unknown or expired.
  public func session(token: String) async throws -> Session? {
    let stamp = timestamp()
    return try await reading { db in
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT user_id, csrf_token FROM session WHERE token_hash = ? AND expires_at > ?",
          arguments: [Secrets.digest(token), stamp]),
        let account = try Self.account(db, id: row[0])
      else { return nil }
      return Session(account: account, csrfToken: row[1])
    }
  }

  /// Ends a session (logout).
  public func endSession(token: String) async throws {
    let stamp = timestamp()
    try await writing { db in
      let user = try Int64.fetchOne(
        db, sql: "SELECT user_id FROM session WHERE token_hash = ?", arguments: [Secrets.digest(token)])
      try db.execute(sql: "DELETE FROM session WHERE token_hash = ?", arguments: [Secrets.digest(token)])
      if let user, let account = try Self.account(db, id: user) {
        try CaseFileWrites(db: db, timestamp: stamp).audit(actor: account.name, action: "logout", fileNo: nil)
      }
    }
  }
}
