import CaseStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

@Suite("API access by role")
struct APIAccessTests {
  @Test("without a token every API route answers 401 with the JSON error")
  func anonymousIs401() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      for uri in ["/api/v1/files", "/api/v1/files/EBH-2026-00001", "/api/v1/audit"] {
        let r = try await client.execute(uri: uri, method: .get)
        #expect(r.status == .unauthorized, "\(uri)")
        #expect(r.json["error"] as? String != nil)
        #expect(r.json["details"] as? [Any] != nil)
      }
      let bad = try await client.execute(uri: "/api/v1/files", method: .get, headers: [.authorization: "Bearer nope"])
      #expect(bad.status == .unauthorized)
    }
  }

  @Test("an EBH clerk lists EBH open files only, and may not ask for the ABH")
  func ebhClerkListsEBH() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      let r = try await client.execute(uri: "/api/v1/files", method: .get, headers: world.bearer(.ebhClerk))
      #expect(r.status == .ok)
      let files = (r.json["files"] as? [[String: Any]])?.compactMap { $0["file_no"] as? String }
      #expect(files == ["EBH-2025-00002", "EBH-2026-00001"])
      let other = try await client.execute(uri: "/api/v1/files?office=ABH", method: .get, headers: world.bearer(.ebhClerk))
      #expect(other.status == .forbidden)
      let badFilter = try await client.execute(uri: "/api/v1/files?verdict=maybe", method: .get, headers: world.bearer(.ebhClerk))
      #expect(badFilter.status == .badRequest)
    }
  }

  @Test("a file of the other office is 404 for a clerk, its own office's file 200 with version")
  func otherOfficeFileIs404() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      let own = try await client.execute(uri: "/api/v1/files/ABH-2025-00001", method: .get, headers: world.bearer(.abhClerk))
      #expect(own.status == .ok)
      #expect(own.json["version"] as? Int == 1)
      #expect(own.headers[.eTag] == "\"1\"")
      let foreign = try await client.execute(uri: "/api/v1/files/EBH-2026-00001", method: .get, headers: world.bearer(.abhClerk))
      #expect(foreign.status == .notFound)
      let missing = try await client.execute(uri: "/api/v1/files/EBH-9999", method: .get, headers: world.bearer(.ebhClerk))
      #expect(missing.status == .notFound)
    }
  }

  @Test("management, case managers and admins get 403 on files", arguments: [Role.management, .caseManager, .admin])
  func nonClerksForbidden(role: Role) async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      for uri in ["/api/v1/files", "/api/v1/files/EBH-2026-00001"] {
        let r = try await client.execute(uri: uri, method: .get, headers: world.bearer(role))
        #expect(r.status == .forbidden, "\(role) \(uri)")
      }
      let put = try await client.execute(
        uri: "/api/v1/files/EBH-2026-00001", method: .put, headers: world.bearer(role), body: ByteBuffer(string: "{}"))
      #expect(put.status == .forbidden)
    }
  }

  @Test("only the admin reads the audit log", arguments: Role.allCases)
  func auditIsAdminOnly(role: Role) async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      let r = try await client.execute(uri: "/api/v1/audit", method: .get, headers: world.bearer(role))
      #expect(r.status == (role == .admin ? .ok : .forbidden))
    }
  }

  @Test("a revoked token no longer works")
  func revokedToken() async throws {
    let world = try await TestWorld()
    try await world.database.revokeAPITokens(userName: world.names[.ebhClerk]!, actor: "test")
    try await world.app().test(.router) { client in
      let r = try await client.execute(uri: "/api/v1/files", method: .get, headers: world.bearer(.ebhClerk))
      #expect(r.status == .unauthorized)
    }
  }

  @Test("reading a file through the API is in the audit log with the reader's name")
  func readIsAudited() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      _ = try await client.execute(uri: "/api/v1/files/EBH-2026-00001", method: .get, headers: world.bearer(.ebhClerk))
      let r = try await client.execute(uri: "/api/v1/audit?file_no=EBH-2026-00001", method: .get, headers: world.bearer(.admin))
      let entries = r.json["entries"] as? [[String: Any]] ?? []
      #expect(entries.contains { $0["action"] as? String == "read" && $0["actor"] as? String == "u-ebh-clerk" })
    }
  }
}

@Suite("GET /api/v1/files/{file_no}/screening")
struct APIScreeningTests {
  @Test("a clerk gets the screening as of today or as_of; the other office's file 404; management 403")
  func access() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      let own = try await client.execute(uri: "/api/v1/files/EBH-2026-00001/screening", method: .get, headers: world.bearer(.ebhClerk))
      #expect(own.status == .ok && own.text.hasPrefix("[{\"file_no\":\"EBH-2026-00001\",\"route\":\"StAG-10\",\"as_of\":\"2026-11-24\""))
      let foreign = try await client.execute(uri: "/api/v1/files/EBH-2026-00001/screening", method: .get, headers: world.bearer(.abhClerk))
      #expect(foreign.status == .notFound)
      let boss = try await client.execute(uri: "/api/v1/files/EBH-2026-00001/screening", method: .get, headers: world.bearer(.management))
      #expect(boss.status == .forbidden)
      let onDemand = try await client.execute(uri: "/api/v1/files/EBH-2026-00001/screening?as_of=2027-01-01", method: .get, headers: world.bearer(.ebhClerk))
      #expect(onDemand.status == .ok && onDemand.text.contains("\"as_of\":\"2027-01-01\""))
      let bad = try await client.execute(uri: "/api/v1/files/EBH-2026-00001/screening?as_of=soon", method: .get, headers: world.bearer(.ebhClerk))
      #expect(bad.status == .badRequest)
    }
  }
}
