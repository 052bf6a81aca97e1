import CaseStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

@Suite("PUT /api/v1/files")
struct APIWriteTests {
  static func body(
    _ fileNo: String, office: String = "EBH", family: String = "Becker", status: String = "received",
    since: String = "2025-01-15"
  ) -> ByteBuffer {
    ByteBuffer(
      string: """
        {"file_no": "\(fileNo)", "office": "\(office)", "received_on": "2025-01-15", "status": "\(status)",
         "history": [{"at": "\(since)", "status": "\(status)"}],
         "person": {"family_name": "\(family)", "given_names": "Test", "municipality": "Siegburg"}}
        """)
  }

  @Test("an update needs If-Match; a stale version is 409; the right one saves and counts up")
  func ifMatch() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      let uri = "/api/v1/files/EBH-2025-00002"
      let noMatch = try await client.execute(uri: uri, method: .put, headers: world.bearer(.ebhClerk), body: Self.body("EBH-2025-00002"))
      #expect(noMatch.status == .conflict)
      var headers = world.bearer(.ebhClerk)
      headers[.ifMatch] = "\"1\""
      let ok = try await client.execute(uri: uri, method: .put, headers: headers, body: Self.body("EBH-2025-00002", family: "Becker-Neu"))
      #expect(ok.status == .ok)
      #expect(ok.json["version"] as? Int == 2)
      let stale = try await client.execute(uri: uri, method: .put, headers: headers, body: Self.body("EBH-2025-00002", family: "Other"))
      #expect(stale.status == .conflict)
      #expect((stale.json["error"] as? String)?.contains("changed by someone else") == true)
    }
  }

  @Test("an invalid file is 422 with the field named; bad JSON is 400; a new file is 201")
  func validation() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      let bad = ByteBuffer(string: #"{"file_no": "EBH-NEW-1", "office": "EBH", "received_on": "2025-02-30", "status": "received", "person": {"family_name": "X"}}"#)
      let r = try await client.execute(uri: "/api/v1/files/EBH-NEW-1", method: .put, headers: world.bearer(.ebhClerk), body: bad)
      #expect(r.status == .unprocessableContent)
      let details = r.json["details"] as? [[String: Any]] ?? []
      #expect(details.contains { $0["field"] as? String == "received_on" })
      let garbage = try await client.execute(uri: "/api/v1/files/EBH-NEW-1", method: .put, headers: world.bearer(.ebhClerk), body: ByteBuffer(string: "{nope"))
      #expect(garbage.status == .badRequest)
      let created = try await client.execute(uri: "/api/v1/files/EBH-NEW-1", method: .put, headers: world.bearer(.ebhClerk), body: Self.body("EBH-NEW-1"))
      #expect(created.status == .created)
    }
  }

  @Test("a clerk cannot write a file of the other office")
  func otherOffice() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      let r = try await client.execute(
        uri: "/api/v1/files/ABH-NEW-1", method: .put, headers: world.bearer(.ebhClerk), body: Self.body("ABH-NEW-1", office: "ABH"))
      #expect(r.status == .forbidden)
      var headers = world.bearer(.ebhClerk)
      headers[.ifMatch] = "1"
      let existing = try await client.execute(
        uri: "/api/v1/files/ABH-2025-00001", method: .put, headers: headers, body: Self.body("ABH-2025-00001", office: "ABH"))
      #expect(existing.status == .notFound)
    }
  }
}
