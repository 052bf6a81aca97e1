import CaseModel
import CaseStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

/// The lifecycle holds on every path: the file page, the API and the import.
@Suite("Stage steps on every path")
struct LifecycleRouteTests {
  @Test("the API refuses a jump from received to granted with 422 naming the history step")
  func apiRefusesJump() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var headers = world.bearer(.ebhClerk)
      headers[.ifMatch] = "1"
      let body = ByteBuffer(string: """
        {"file_no": "EBH-2025-00002", "office": "EBH", "received_on": "2025-01-15", "status": "granted",
         "history": [{"at": "2025-01-15", "status": "received"}, {"at": "2026-03-01", "status": "granted"}],
         "person": {"family_name": "Becker", "given_names": "Test", "municipality": "Siegburg"}}
        """)
      let r = try await client.execute(uri: "/api/v1/files/EBH-2025-00002", method: .put, headers: headers, body: body)
      #expect(r.status == .unprocessableContent)
      #expect(String(buffer: r.body).contains("history[1].status"))
      #expect(try await world.database.caseFile(fileNo: "EBH-2025-00002", actor: "t")?.file.status == .received)
    }
  }

  @Test("the API refuses a status change sent without its history step")
  func apiNeedsStep() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var headers = world.bearer(.ebhClerk)
      headers[.ifMatch] = "1"
      let body = ByteBuffer(string: """
        {"file_no": "EBH-2025-00002", "office": "EBH", "received_on": "2025-01-15", "status": "in_review",
         "history": [{"at": "2025-01-15", "status": "received"}],
         "person": {"family_name": "Becker", "given_names": "Test", "municipality": "Siegburg"}}
        """)
      let r = try await client.execute(uri: "/api/v1/files/EBH-2025-00002", method: .put, headers: headers, body: body)
      #expect(r.status == .unprocessableContent)
      #expect(String(buffer: r.body).contains("history"))
    }
  }

  @Test("closing on the file page needs the confirmation and, for a withdrawal, a reason; the input comes back")
  func closingIsDeliberate() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var browser = Browser(client: client)
      try await browser.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      _ = try await browser.get("/files/EBH-2026-00001")
      let unconfirmed = try await browser.post(
        "/files/EBH-2026-00001/status", [("version", "1"), ("status", "withdrawn"), ("close_reason", "Schreiben vom 01.11.2026")])
      #expect(unconfirmed.status == .unprocessableContent)
      #expect(String(buffer: unconfirmed.body).contains("Schreiben vom 01.11.2026"))
      let noReason = try await browser.post(
        "/files/EBH-2026-00001/status", [("version", "1"), ("status", "withdrawn"), ("confirm", "1")])
      #expect(noReason.status == .unprocessableContent)
      let badDate = try await browser.post(
        "/files/EBH-2026-00001/status",
        [("version", "1"), ("status", "withdrawn"), ("confirm", "1"), ("close_reason", "x"), ("closed_on", "31.02.2026")])
      #expect(badDate.status == .unprocessableContent)
      #expect(try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "t")?.file.status == .inReview)
      let done = try await browser.post(
        "/files/EBH-2026-00001/status",
        [("version", "1"), ("status", "withdrawn"), ("confirm", "1"), ("close_reason", "Rücknahme vom 01.11.2026"),
         ("closed_on", "02.11.2026")])
      #expect(done.status == .seeOther)
      let file = try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "t")?.file
      #expect(file?.status == .withdrawn)
      #expect(file?.history?.last?.reason == "Rücknahme vom 01.11.2026")
      #expect(file?.history?.last?.at == Day(iso: "2026-11-02"))
    }
  }

  @Test("a re-import may add allowed steps but not jump or rewrite the stored history")
  func reimport() throws {
    let db = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_507_200) })
    var f = CaseFile(fileNo: "EBH-9", office: .EBH, receivedOn: Day(iso: "2025-01-02")!, status: .received, person: Person(familyName: "A"))
    f.history = [StatusChange(at: Day(iso: "2025-01-02")!, status: .received)]
    try db.importCaseFiles([f], actor: "t")
    var jump = f
    jump.status = .granted
    jump.history! += [StatusChange(at: Day(iso: "2025-03-01")!, status: .granted)]
    #expect(throws: ImportRejected.self) { try db.importCaseFiles([jump], actor: "t") }
    var step = f
    step.status = .documentsRequested
    step.history! += [StatusChange(at: Day(iso: "2025-03-01")!, status: .documentsRequested)]
    #expect(try db.importCaseFiles([step], actor: "t").changed.count == 1)
  }
}
