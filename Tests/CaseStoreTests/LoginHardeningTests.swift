import CaseModel
import Foundation
import GRDB
import Testing

@testable import CaseStore

/// A stolen account can be taken back, and a lock-out neither locks a user out from elsewhere
/// nor tells which names exist (issue 12).
@Suite("Logins, lock-outs, sessions and password rules")
struct LoginHardeningTests {
  static let policy = LoginPolicy(bcryptCost: 4)

  final class Counter: @unchecked Sendable {
    let lock = NSLock()
    var checks = 0
    func add() { lock.withLock { checks += 1 } }
  }

  /// bcrypt that counts its checks (and takes a moment, as the real one does).
  static func counting(_ counter: Counter) -> PasswordHashing {
    PasswordHashing(
      hash: { try await PasswordHashing.inline.hash($0, $1) },
      verify: { password, hash in
        counter.add()
        try await Task.sleep(for: .milliseconds(5))
        return try await PasswordHashing.inline.verify(password, hash)
      })
  }

  func database() async throws -> (AppDatabase, NewAccount) {
    let db = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_507_200) })
    return (db, try await db.createUser(name: "anna", role: .ebhClerk, mustChangePassword: false, policy: Self.policy))
  }

  @Test("unknown name, wrong password and a locked name answer alike, each after a bcrypt check")
  func sameAnswer() async throws {
    let (db, anna) = try await database()
    let counter = Counter()
    let h = Self.counting(counter)
    #expect(try await db.verifyLogin(name: "nobody", password: "x", client: "a", policy: Self.policy, hashing: h) == .rejected)
    for _ in 1...5 { #expect(try await db.verifyLogin(name: "anna", password: "x", client: "a", policy: Self.policy, hashing: h) == .rejected) }
    #expect(try await db.verifyLogin(name: "anna", password: "wrong", client: "a", policy: Self.policy, hashing: h) == .rejected)
    #expect(counter.checks == 7)
    // only the owner, with the right password, learns that the name is locked from here
    guard case .locked = try await db.verifyLogin(name: "anna", password: anna.password, client: "a", policy: Self.policy, hashing: h) else {
      Issue.record("the right password on a locked name should be told to wait")
      return
    }
  }

  @Test("guesses from one address do not lock the user out from another")
  func perAddress() async throws {
    let (db, anna) = try await database()
    for _ in 1...6 { _ = try await db.verifyLogin(name: "anna", password: "x", client: "203.0.113.9", policy: Self.policy) }
    guard case .success = try await db.verifyLogin(name: "anna", password: anna.password, client: "192.0.2.10", policy: Self.policy) else {
      Issue.record("anna is locked out from her own office")
      return
    }
  }

  @Test("one address spraying many names is stopped by the address limit")
  func spraying() async throws {
    let (db, anna) = try await database()
    let policy = LoginPolicy(maxFailedLogins: 5, maxFailedLoginsPerAddress: 10, bcryptCost: 4)
    for i in 0..<10 { _ = try await db.verifyLogin(name: "user\(i)", password: "x", client: "203.0.113.9", policy: policy) }
    guard case .locked = try await db.verifyLogin(name: "anna", password: anna.password, client: "203.0.113.9", policy: policy) else {
      Issue.record("the address should be locked after 10 failures")
      return
    }
    guard case .success = try await db.verifyLogin(name: "anna", password: anna.password, client: "192.0.2.1", policy: policy) else {
      Issue.record("another address is not locked")
      return
    }
  }

  @Test("30 parallel guesses get exactly 5 full checks; the count is atomic")
  func parallelGuesses() async throws {
    let (db, _) = try await database()
    let results = try await withThrowingTaskGroup(of: LoginResult.self) { group in
      for _ in 0..<30 {
        group.addTask { try await db.verifyLogin(name: "anna", password: "guess", client: "a", policy: Self.policy) }
      }
      return try await group.reduce(into: [LoginResult]()) { $0.append($1) }
    }
    #expect(results.allSatisfy { $0 == .rejected })
    let failures = try await db.writer.read { d in
      try Int.fetchOne(d, sql: "SELECT count(*) FROM audit_log WHERE action = 'login-failed'") ?? 0
    }
    let throttle = try db.writer.read { d in
      try Row.fetchOne(d, sql: "SELECT failures, locked_until IS NOT NULL FROM login_throttle WHERE key = 'name:anna@a'")
    }
    #expect(failures == 30)
    #expect(throttle?[0] as Int? == 5)
    #expect(throttle?[1] as Bool? == true)
  }

  @Test("changing the password asks for the current one, keeps this session and ends the others")
  func passwordChange() async throws {
    let (db, anna) = try await database()
    let account = anna.account
    let here = try await db.createSession(for: account)
    let thief = try await db.createSession(for: account)
    await #expect(throws: AccountError.wrongPassword) {
      try await db.changePassword(userId: account.id, current: "guess", to: "ein-langes-neues-Kennwort", keep: here.token, policy: Self.policy)
    }
    await #expect(throws: AccountError.weakPassword(.tooShort)) {
      try await db.changePassword(userId: account.id, current: anna.password, to: "kurz", keep: here.token, policy: Self.policy)
    }
    try await db.changePassword(userId: account.id, current: anna.password, to: "ein-langes-neues-Kennwort", keep: here.token, policy: Self.policy)
    #expect(try await db.session(token: here.token) != nil)
    #expect(try await db.session(token: thief.token) == nil)
  }

  @Test("an administrator's reset, ending the sessions and locking the account each take a thief's session away")
  func adminTakesBack() async throws {
    let (db, anna) = try await database()
    let s1 = try await db.createSession(for: anna.account)
    _ = try await db.resetPassword(userName: "anna", actor: "admin", policy: Self.policy)
    #expect(try await db.session(token: s1.token) == nil)
    let s2 = try await db.createSession(for: anna.account)
    #expect(try await db.endSessions(userName: "anna", actor: "admin") == 1)
    #expect(try await db.session(token: s2.token) == nil)
    let s3 = try await db.createSession(for: anna.account)
    try await db.lockAccount(userName: "anna", actor: "admin")
    #expect(try await db.session(token: s3.token) == nil)
    #expect(try await db.account(apiToken: anna.apiToken) == nil)
    let again = try await db.resetPassword(userName: "anna", actor: "admin", policy: Self.policy)
    #expect(try await db.verifyLogin(name: "anna", password: again, policy: Self.policy) == .rejected)
    try await db.unlockAccount(userName: "anna", actor: "admin")
    #expect(try await db.account(apiToken: anna.apiToken)?.name == "anna")
    guard case .success = try await db.verifyLogin(name: "anna", password: again, policy: Self.policy) else {
      Issue.record("unlocked account cannot log in")
      return
    }
    #expect(try await db.accounts().first { $0.name == "anna" }?.disabled == false)
    await #expect(throws: AccountError.unknownUser("bert")) { try await db.lockAccount(userName: "bert", actor: "admin") }
  }

  @Test("password rules: 12 characters, not one repeated character, not the name, not a common password")
  func rules() {
    #expect(PasswordRules.problem("kurz", userName: "anna") == .tooShort)
    #expect(PasswordRules.problem("aaaaaaaaaaaaaaa", userName: "anna") == .repeated)
    #expect(PasswordRules.problem("m.schmitz-2026!", userName: "m.schmitz") == .containsName)
    #expect(PasswordRules.problem("Passwort1234!", userName: "anna") == .common)
    #expect(PasswordRules.problem("123456789012", userName: "anna") == .common)
    #expect(PasswordRules.problem("qwertzuiopü", userName: "anna") != nil)
    #expect(PasswordRules.problem("Rhein-Sieg-Herbstlaub-7", userName: "anna") == nil)
  }
}
