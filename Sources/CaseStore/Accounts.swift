import Foundation
import GRDB
import HummingbirdBcrypt

/// The rules for logging in, in one place.
public struct LoginPolicy: Sendable {
  /// Failed logins of one name from one client address that lock that name for that address.
  public var maxFailedLogins = 5
  /// Failed logins from one client address (any names) that lock the address.
  public var maxFailedLoginsPerAddress = 50
  public var lockout: TimeInterval = 15 * 60
  /// bcrypt cost; tests lower it to keep them fast.
  public var bcryptCost: UInt8 = 12
  public init(
    maxFailedLogins: Int = 5, maxFailedLoginsPerAddress: Int = 50, lockout: TimeInterval = 15 * 60, bcryptCost: UInt8 = 12
  ) {
    self.maxFailedLogins = maxFailedLogins
    self.maxFailedLoginsPerAddress = maxFailedLoginsPerAddress
    self.lockout = lockout
    self.bcryptCost = bcryptCost
  }
}

extension AppDatabase {
  /// Creates a user with a random initial password (to be changed at first login) and a first API
  /// token; both are returned once and stored only as hashes.
  public func createUser(
    name: String, role: Role, municipalities: [String] = [], mustChangePassword: Bool = true,
    policy: LoginPolicy = LoginPolicy(), actor: String = "system", hashing: PasswordHashing = .inline
  ) async throws -> NewAccount {
    guard Self.isValidUserName(name) else { throw AccountError.invalidName(name) }
    let places = municipalities.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    if role == .caseManager && places.isEmpty { throw AccountError.municipalityRequired }
    let password = Secrets.password()
    let hash = try await hashing.hash(password, policy.bcryptCost)
    let token = Secrets.token()
    let stamp = timestamp()
    let account = try await writing { db -> Account in
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
      try CaseFileWrites(db: db, timestamp: stamp).audit(actor: actor, action: "user-create", fileNo: nil, detail: "\(name) (\(role.rawValue))")
      return Account(id: id, name: name, role: role, municipalities: places, mustChangePassword: mustChangePassword)
    }
    return NewAccount(account: account, password: password, apiToken: token)
  }

  /// Checks a name and password from a client address (`LoginThrottle.swift`: failures are
  /// counted per name and address and per address, never per name alone, so no one can lock a
  /// user out from elsewhere). Unknown names, wrong passwords, locked keys and locked accounts
  /// all answer `.rejected` after the same bcrypt work; only the right password on a locked key
  /// learns `.locked` (the password's owner, told to wait). bcrypt runs outside any transaction.
  public func verifyLogin(
    name: String, password: String, client: String = "-", policy: LoginPolicy = LoginPolicy(),
    hashing: PasswordHashing = .inline
  ) async throws -> LoginResult {
    let now = self.now()
    let stamp = Timestamp.iso(now)
    let keys = LoginThrottle.keys(name: name, client: client)
    let window = LoginThrottle.Window(now: now, policy: policy)
    let (allowed, lockedUntil, user) = try await writing { db in
      let byName = try LoginThrottle.reserve(db, key: keys.name, max: policy.maxFailedLogins, window)
      let byAddress = try LoginThrottle.locked(db, key: keys.address, window)
      let user = try Row.fetchOne(
        db, sql: "SELECT id, password_hash, disabled_at IS NOT NULL FROM user WHERE name = ?", arguments: [name]
      ).map { (id: $0[0] as Int64, hash: $0[1] as String, disabled: $0[2] as Bool) }
      return (byName.allowed && byAddress == nil, byName.lockedUntil ?? byAddress, user)
    }
    let matches = try await hashing.verify(password, user?.hash ?? Self.dummyHash(cost: policy.bcryptCost)) && user != nil
    return try await writing { db in
      let audit = CaseFileWrites(db: db, timestamp: stamp)
      guard let user, matches, allowed, !user.disabled, let account = try Self.account(db, id: user.id) else {
        if !matches { try LoginThrottle.failed(db, key: keys.address, max: policy.maxFailedLoginsPerAddress, window) }
        if let user {
          try db.execute(sql: "UPDATE user SET failed_logins = failed_logins + 1 WHERE id = ?", arguments: [user.id])
          try audit.audit(actor: name, action: "login-failed", fileNo: nil, detail: "from \(client)")
        }
        if matches, !allowed, user?.disabled == false, let lockedUntil { return .locked(until: lockedUntil) }
        return .rejected
      }
      try LoginThrottle.succeeded(db, keys: keys)
      try db.execute(sql: "UPDATE user SET failed_logins = 0, locked_until = NULL WHERE id = ?", arguments: [user.id])
      try audit.audit(actor: name, action: "login", fileNo: nil, detail: "from \(client)")
      return .success(account)
    }
  }

  /// A user changes their own password: the current one is checked, the new one must meet
  /// `PasswordRules`, and every other session of the user ends (a stolen session dies with the
  /// change). `keep` is the session that made the change.
  public func changePassword(
    userId: Int64, current: String, to password: String, keep: String?, policy: LoginPolicy = LoginPolicy(),
    hashing: PasswordHashing = .inline
  ) async throws {
    guard let (name, stored) = try await reading({ db in
      try Row.fetchOne(db, sql: "SELECT name, password_hash FROM user WHERE id = ?", arguments: [userId]).map { ($0[0] as String, $0[1] as String) }
    }) else { throw AccountError.unknownUser("#\(userId)") }
    guard try await hashing.verify(current, stored) else { throw AccountError.wrongPassword }
    if let problem = PasswordRules.problem(password, userName: name) { throw AccountError.weakPassword(problem) }
    let hash = try await hashing.hash(password, policy.bcryptCost)
    let stamp = timestamp()
    try await writing { db in
      try db.execute(
        sql: "UPDATE user SET password_hash = ?, must_change_password = 0 WHERE id = ?", arguments: [hash, userId])
      let ended = try Self.deleteSessions(db, userId: userId, except: keep)
      try CaseFileWrites(db: db, timestamp: stamp).audit(
        actor: name, action: "password-change", fileNo: nil, detail: "\(ended) other session(s) ended")
    }
  }

  /// Replaces a user's password with a new random one (returned once), lifts the lock-outs of the
  /// name (not an administrator's lock) and ends every session of the user.
  public func resetPassword(
    userName: String, mustChangePassword: Bool = true, actor: String = "system", policy: LoginPolicy = LoginPolicy(),
    hashing: PasswordHashing = .inline
  ) async throws -> String
  {
    let password = Secrets.password()
    let hash = try await hashing.hash(password, policy.bcryptCost)
    let stamp = timestamp()
    try await writing { db in
      try db.execute(
        sql: "UPDATE user SET password_hash = ?, must_change_password = ?, failed_logins = 0, locked_until = NULL WHERE name = ?",
        arguments: [hash, mustChangePassword, userName])
      guard db.changesCount == 1, let id = try Int64.fetchOne(db, sql: "SELECT id FROM user WHERE name = ?", arguments: [userName])
      else { throw AccountError.unknownUser(userName) }
      // a reset is what an administrator does for a stolen account: every session of it ends
      let ended = try Self.deleteSessions(db, userId: id, except: nil)
      try LoginThrottle.clear(db, name: userName)
      try CaseFileWrites(db: db, timestamp: stamp).audit(
        actor: actor, action: "password-reset", fileNo: nil, detail: "\(userName); \(ended) session(s) ended")
    }
    return password
  }

  /// All users, by name, without secrets.
  public func accounts() async throws -> [Account] {
    try await reading { db in
      try Int64.fetchAll(db, sql: "SELECT id FROM user ORDER BY name").compactMap { try Self.account(db, id: $0, includingDisabled: true) }
    }
  }

  public func userCount() async throws -> Int {
    try await reading { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM user") ?? 0 }
  }

  /// The account of a user id; nil for a locked (disabled) account unless asked for, so its
  /// sessions and API tokens stop working at once.
  static func account(_ db: Database, id: Int64, includingDisabled: Bool = false) throws -> Account? {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT name, role, must_change_password, disabled_at IS NOT NULL FROM user WHERE id = ?", arguments: [id]),
      let role = Role(rawValue: row[1])
    else { return nil }
    let disabled: Bool = row[3]
    if disabled && !includingDisabled { return nil }
    let places = try String.fetchAll(
      db, sql: "SELECT municipality FROM user_municipality WHERE user_id = ? ORDER BY municipality", arguments: [id])
    var account = Account(id: id, name: row[0], role: role, municipalities: places, mustChangePassword: row[2])
    account.disabled = disabled
    return account
  }

  static func isValidUserName(_ name: String) -> Bool {
    (1...64).contains(name.count)
      && name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0) }
  }

  /// A bcrypt hash of a random string at the policy's cost, verified against for unknown names
  /// (equal timing); made once per cost.
  static func dummyHash(cost: UInt8) -> String {
    dummyLock.withLock {
      if let hash = dummyHashes[cost] { return hash }
      let hash = Bcrypt.hash(Secrets.token(), cost: cost)
      dummyHashes[cost] = hash
      return hash
    }
  }
  private static let dummyLock = NSLock()
  nonisolated(unsafe) private static var dummyHashes: [UInt8: String] = [:]
}
