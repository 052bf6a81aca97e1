import GRDB

extension AppDatabase {
  /// Issues a further API token for a user; returned once, stored as a hash.
  public func createAPIToken(userName: String) async throws -> String {
    let token = Secrets.token()
    let stamp = timestamp()
    try await writing { db in
      guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM user WHERE name = ?", arguments: [userName]) else {
        throw AccountError.unknownUser(userName)
      }
      try db.execute(
        sql: "INSERT INTO api_token (token_hash, user_id, created_at) VALUES (?,?,?)",
        arguments: [Secrets.digest(token), id, stamp])
      try CaseFileWrites(db: db, timestamp: stamp).audit(actor: "system", action: "token-create", fileNo: nil, detail: userName)
    }
    return token
  }

  /// The account a bearer token belongs to, or nil if unknown or revoked.
  public func account(apiToken: String) async throws -> Account? {
    try await reading { db in
      guard
        let id = try Int64.fetchOne(
          db, sql: "SELECT user_id FROM api_token WHERE token_hash = ? AND revoked_at IS NULL",
          arguments: [Secrets.digest(apiToken)])
      else { return nil }
      return try Self.account(db, id: id)
    }
  }

  /// Revokes every live API token of a user; returns how many were revoked.
  @discardableResult
  public func revokeAPITokens(userName: String, actor: String) async throws -> Int {
    let stamp = timestamp()
    return try await writing { db in
      guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM user WHERE name = ?", arguments: [userName]) else {
        throw AccountError.unknownUser(userName)
      }
      try db.execute(
        sql: "UPDATE api_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", arguments: [stamp, id])
      let count = db.changesCount
      try CaseFileWrites(db: db, timestamp: stamp).audit(actor: actor, action: "token-revoke", fileNo: nil, detail: "\(userName): \(count)")
      return count
    }
  }
}
