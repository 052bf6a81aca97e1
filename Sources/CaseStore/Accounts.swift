import Foundation
import GRDB
import HummingbirdBcrypt

/// The rules for logging in, in one place.
public struct LoginPolicy: Sendable {
  /// Failed logins in a row that lock the account.
  public var maxFailedLogins = 5
  public var lockout: TimeInterval = 15 * 60
  /// bcrypt cost; tests lower it to keep them fast.
  public var bcryptCost: UInt8 = 12
  public init(maxFailedLogins: Int = 5, lockout: TimeInterval = 15 * 60, bcryptCost: UInt8 = 12) {
    self.maxFailedLogins = maxFailedLogins
    self.lockout = lockout
    self.bcryptCost = bcryptCost
  }
}

extension AppDatabase {
  /// Creates a user with a random initial password (to be changed at first login) and a first API
  /// token; both are returned once and stored only as hashes.
  public func createUser(
    name: String, role: Role, municipalities: [String] = [], mustChangePassword: Bool = true,
    policy: LoginPolicy = LoginPolicy()
  ) throws -> NewAccount {
    guard Self.isValidUserName(name) else { throw AccountError.invalidName(name) }
    let places = municipalities.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    if role == .caseManager && places.isEmpty { throw AccountError.municipalityRequired }
    let password = Secrets.password()
    let hash = Bcrypt.hash(password, cost: policy.bcryptCost)
    let token = Secrets.token()
    let stamp = timestamp()
    let account = try writer.write { db -> Account in
      if try Bool.fetchOne(db, sql: "SELECT 1 FROM user WHERE name = ?", arguments: [name]) == true {
        throw AccountError.nameTaken(name)
      }
      try db.execute(
        sql: "INSERT INTO user (name, role, password_hash, must_change_password, created_at) VALUES (?,?,?,?,?)",
        arguments: [name, role.rawValue, hash, mustChangePassword, stamp])
      let id = db.lastInsertedRowID
      for place in places {
        try db.execute(
          sql: "INSERT OR IGNORE INTO user_municipality (user_id, municipality) VALUES (?,?)", arguments: [id, place])
      }
      try db.execute(
        sql: "INSERT INTO api_token (token_hash, user_id, created_at) VALUES (?,?,?)",
        arguments: [Secrets.digest(token), id, stamp])
      try CaseFileWrites(db: db, timestamp: stamp).audit(actor: "system", action: "user-create", fileNo: nil, detail: "\(name) (\(role.rawValue))")
      return Account(id: id, name: name, role: role, municipalities: places, mustChangePassword: mustChangePassword)
    }
    return NewAccount(account: account, password: password, apiToken: token)
  }

  /// Checks a name and password. Five failures in a row lock the account for 15 minutes (policy);
  /// a success resets the count. An unknown name costs the same bcrypt time as a known one.
  public func verifyLogin(name: String, password: String, policy: LoginPolicy = LoginPolicy()) async throws
    -> LoginResult
  {
    let stamp = timestamp()
    let lockedUntil = Timestamp.iso(now().addingTimeInterval(policy.lockout))
    let found = try await writer.read { db -> (id: Int64, hash: String, lockedUntil: String?)? in
      try Row.fetchOne(db, sql: "SELECT id, password_hash, locked_until FROM user WHERE name = ?", arguments: [name])
        .map { ($0[0], $0[1], $0[2]) }
    }
    guard let row = found else {
      _ = Bcrypt.verify(password, hash: Self.dummyHash)
      return .rejected
    }
    let id = row.id
    if let until = row.lockedUntil, until > stamp { return .locked(until: until) }
    let ok = Bcrypt.verify(password, hash: row.hash)
    return try await auditedWrite { db in
      if ok {
        try db.execute(sql: "UPDATE user SET failed_logins = 0, locked_until = NULL WHERE id = ?", arguments: [id])
        try CaseFileWrites(db: db, timestamp: stamp).audit(actor: name, action: "login", fileNo: nil)
        return .success(try Self.account(db, id: id)!)
      }
      try db.execute(sql: "UPDATE user SET failed_logins = failed_logins + 1 WHERE id = ?", arguments: [id])
      let fails = try Int.fetchOne(db, sql: "SELECT failed_logins FROM user WHERE id = ?", arguments: [id]) ?? 0
      try CaseFileWrites(db: db, timestamp: stamp).audit(actor: name, action: "login-failed", fileNo: nil)
      guard fails >= policy.maxFailedLogins else { return .rejected }
      try db.execute(
        sql: "UPDATE user SET failed_logins = 0, locked_until = ? WHERE id = ?", arguments: [lockedUntil, id])
      try CaseFileWrites(db: db, timestamp: stamp).audit(actor: name, action: "login-locked", fileNo: nil)
      return .locked(until: lockedUntil)
    }
  }

  /// Sets a new password chosen by the user and clears the "must change" flag.
  public func changePassword(userId: Int64, to password: String, policy: LoginPolicy = LoginPolicy()) async throws {
    let hash = Bcrypt.hash(password, cost: policy.bcryptCost)
    let stamp = timestamp()
    try await auditedWrite { db in
      try db.execute(
        sql: "UPDATE user SET password_hash = ?, must_change_password = 0 WHERE id = ?", arguments: [hash, userId])
      let name = try String.fetchOne(db, sql: "SELECT name FROM user WHERE id = ?", arguments: [userId]) ?? "?"
      try CaseFileWrites(db: db, timestamp: stamp).audit(actor: name, action: "password-change", fileNo: nil)
    }
  }

  /// Replaces a user's password with a new random one (returned once) and unlocks the account.
  public func resetPassword(userName: String, mustChangePassword: Bool = true, policy: LoginPolicy = LoginPolicy())
    throws -> String
  {
    let password = Secrets.password()
    let hash = Bcrypt.hash(password, cost: policy.bcryptCost)
    let stamp = timestamp()
    try writer.write { db in
      try db.execute(
        sql: "UPDATE user SET password_hash = ?, must_change_password = ?, failed_logins = 0, locked_until = NULL WHERE name = ?",
        arguments: [hash, mustChangePassword, userName])
      guard db.changesCount == 1 else { throw AccountError.unknownUser(userName) }
      try CaseFileWrites(db: db, timestamp: stamp).audit(actor: "system", action: "password-reset", fileNo: nil, detail: userName)
    }
    return password
  }

  /// All users, by name, without secrets.
  public func accounts() async throws -> [Account] {
    try await writer.read { db in
      try Int64.fetchAll(db, sql: "SELECT id FROM user ORDER BY name").compactMap { try Self.account(db, id: $0) }
    }
  }

  public func userCount() throws -> Int {
    try writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM user") ?? 0 }
  }

  static func account(_ db: Database, id: Int64) throws -> Account? {
    guard let row = try Row.fetchOne(db, sql: "SELECT name, role, must_change_password FROM user WHERE id = ?", arguments: [id]),
      let role = Role(rawValue: row[1])
    else { return nil }
    let places = try String.fetchAll(
      db, sql: "SELECT municipality FROM user_municipality WHERE user_id = ? ORDER BY municipality", arguments: [id])
    return Account(id: id, name: row[0], role: role, municipalities: places, mustChangePassword: row[2])
  }

  static func isValidUserName(_ name: String) -> Bool {
    (1...64).contains(name.count)
      && name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0) }
  }

  /// A bcrypt hash of a random string, verified against for unknown names (equal timing).
  static let dummyHash = Bcrypt.hash(Secrets.token(), cost: LoginPolicy().bcryptCost)
}
