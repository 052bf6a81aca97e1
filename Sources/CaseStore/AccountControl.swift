import GRDB

/// What an administrator does with an account that may be in the wrong hands: end its
/// sessions, lock it (no login, no session, no API token until unlocked), unlock it.
extension AppDatabase {
  /// Ends every session of a user (they must log in again); returns how many ended.
  @discardableResult
  public func endSessions(userName: String, actor: String) async throws -> Int {
    let stamp = timestamp()
    return try await writing { db in
      let id = try Self.userId(db, userName)
      let ended = try Self.deleteSessions(db, userId: id, except: nil)
      try CaseFileWrites(db: db, timestamp: stamp).audit(actor: actor, action: "sessions-end", fileNo: nil, detail: "\(userName): \(ended)")
      return ended
    }
  }

  /// Locks an account and ends its sessions; its API tokens stop working while it is locked.
  public func lockAccount(userName: String, actor: String) async throws {
    let stamp = timestamp()
    try await writing { db in
      let id = try Self.userId(db, userName)
      try db.execute(sql: "UPDATE user SET disabled_at = coalesce(disabled_at, ?) WHERE id = ?", arguments: [stamp, id])
      let ended = try Self.deleteSessions(db, userId: id, except: nil)
      try CaseFileWrites(db: db, timestamp: stamp).audit(
        actor: actor, action: "account-lock", fileNo: nil, detail: "\(userName); \(ended) session(s) ended")
    }
  }

  /// Unlocks an account an administrator locked.
  public func unlockAccount(userName: String, actor: String) async throws {
    let stamp = timestamp()
    try await writing { db in
      let id = try Self.userId(db, userName)
      try db.execute(sql: "UPDATE user SET disabled_at = NULL WHERE id = ?", arguments: [id])
      try CaseFileWrites(db: db, timestamp: stamp).audit(actor: actor, action: "account-unlock", fileNo: nil, detail: userName)
    }
  }

  static func userId(_ db: Database, _ name: String) throws -> Int64 {
    guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM user WHERE name = ?", arguments: [name]) else {
      throw AccountError.unknownUser(name)
    }
    return id
  }

  /// Deletes a user's sessions but the one with the cookie `keep`; returns how many went.
  static func deleteSessions(_ db: Database, userId: Int64, except keep: String?) throws -> Int {
    try db.execute(
      sql: "DELETE FROM session WHERE user_id = ? AND token_hash <> ?",
      arguments: [userId, keep.map(Secrets.digest) ?? ""])
    return db.changesCount
  }
}
