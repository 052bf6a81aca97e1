import CaseModel
import Foundation
import Testing

@testable import CaseStore

@Suite("Accounts, sessions and tokens")
struct AccountTests {
  static let policy = LoginPolicy(bcryptCost: 4)

  @Test("SHA-256 matches the NIST test vectors")
  func sha256() {
    #expect(Secrets.digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(Secrets.digest("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      Secrets.digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  @Test("the password and tokens are stored only as hashes")
  func noSecretsStored() async throws {
    let db = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_507_200) })
    let made = try await db.createUser(name: "anna", role: .ebhClerk, policy: Self.policy)
    let dump = try await db.writer.read { d in
      try String.fetchAll(d, sql: "SELECT password_hash FROM user UNION ALL SELECT token_hash FROM api_token")
    }
    #expect(!dump.contains(made.password) && !dump.contains(made.apiToken))
    #expect(try await db.account(apiToken: made.apiToken)?.name == "anna")
  }

  @Test("the lock lifts after 15 minutes")
  func lockLifts() async throws {
    let clock = Clock()
    let db = try AppDatabase.inMemory(now: { clock.now })
    let made = try await db.createUser(name: "anna", role: .ebhClerk, policy: Self.policy)
    for _ in 1...5 { _ = try await db.verifyLogin(name: "anna", password: "x", policy: Self.policy) }
    guard case .locked = try await db.verifyLogin(name: "anna", password: made.password, policy: Self.policy) else {
      Issue.record("not locked")
      return
    }
    clock.now = clock.now.addingTimeInterval(15 * 60 + 1)
    guard case .success = try await db.verifyLogin(name: "anna", password: made.password, policy: Self.policy) else {
      Issue.record("still locked")
      return
    }
  }

  @Test("a case manager needs a municipality; names are unique")
  func createRules() async throws {
    let db = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_507_200) })
    await #expect(throws: AccountError.municipalityRequired) { try await db.createUser(name: "cm", role: .caseManager, policy: Self.policy) }
    _ = try await db.createUser(name: "cm", role: .caseManager, municipalities: ["Much"], policy: Self.policy)
    await #expect(throws: AccountError.nameTaken("cm")) { try await db.createUser(name: "cm", role: .admin, policy: Self.policy) }
  }

  final class Clock: @unchecked Sendable {
    var now = Date(timeIntervalSince1970: 1_795_000_000)
  }
}
