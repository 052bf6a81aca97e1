import CaseStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

/// Issue 11 point 15 on the web paths: a proof or event date after today (2026-11-24 in the test
/// world) is a 422 naming the field in the API and the resolve step, and a German error next to
/// its field on the file page with the input kept; today is accepted.
@Suite("Future event dates on the web paths")
struct FutureDateRouteTests {
  @Test("PUT: a date after today is 422 naming the field; the same date today is saved")
  func put() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      func put(_ on: String) async throws -> TestResponse {
        let body = #"{"file_no": "EBH-NEW-7", "office": "EBH", "received_on": "2026-11-20", "status": "received", "#
          + #""person": {"family_name": "X"}, "german": {"level": "B1", "proof": "certificate", "on": ""# + on + #""}}"#
        return try await client.execute(
          uri: "/api/v1/files/EBH-NEW-7", method: .put, headers: world.bearer(.ebhClerk), body: ByteBuffer(string: body))
      }
      let refused = try await put("2026-11-25")
      #expect(refused.status == .unprocessableContent, "\(refused.text)")
      #expect((refused.json["details"] as? [[String: Any]] ?? []).contains { $0["field"] as? String == "german.on" }, "\(refused.text)")
      #expect(try await put("2026-11-24").status == .created)
    }
  }

  @Test("the case manager's resolve step: a date after today is 422 naming facts.<field>")
  func resolve() async throws {
    let world = try await TestWorld()
    try await APIReferralTests.giveConsent(world)
    try await world.app().test(.router) { client in
      let events = try await APIReferralTests.acceptedReferral(world, client)
      for (facts, field) in [
        (#"{"german": {"level": "B1", "proof": "certificate", "on": "2026-11-25"}}"#, "facts.german.on"),
        (#"{"civics": {"passed": true, "proof": "einbuergerungstest", "on": "2026-11-25"}}"#, "facts.civics.on"),
        (#"{"declarations": {"fdgo_signed_on": "2026-11-25"}}"#, "facts.declarations.fdgo_signed_on"),
        (#"{"documents": [{"id": "D08", "status": "provided", "on": "2026-11-25"}]}"#, "facts.documents[0].on"),
      ] {
        let r = try await client.execute(
          uri: events, method: .post, headers: world.bearer(.caseManager), body: APIReferralTests.event("resolve", note: "x", facts: facts))
        #expect(r.status == .unprocessableContent, "\(facts): \(r.text)")
        #expect((r.json["details"] as? [[String: Any]] ?? []).contains { ($0["field"] as? String) == field }, "\(facts): \(r.text)")
      }
      let ok = try await client.execute(
        uri: events, method: .post, headers: world.bearer(.caseManager),
        body: APIReferralTests.event("resolve", note: "x", facts: #"{"german": {"level": "B1", "proof": "certificate", "on": "2026-11-24"}}"#))
      #expect(ok.status == .ok, "\(ok.text)")
    }
  }

  @Test("the file page: a date after today is a German error on its field, the input comes back, nothing is saved")
  func filePage() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var browser = Browser(client: client)
      try await browser.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      _ = try await browser.get("/files/EBH-2026-00001")
      let r = try await browser.post(
        "/files/EBH-2026-00001/facts", [("version", "1"), ("german_level", "B1"), ("german_on", "25.11.2026"), ("clerk", "neu")])
      #expect(r.status == .unprocessableContent)
      #expect(r.text.contains("Das Datum liegt nach dem heutigen Tag"), "\(r.text.prefix(400))")
      #expect(r.text.contains("25.11.2026") && r.text.contains("neu"))
      #expect(try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "test")?.version == 1)
      let doc = try await browser.post(
        "/files/EBH-2026-00001/documents", [("version", "1"), ("doc_id", "D03"), ("doc_status", "provided"), ("doc_on", "25.11.2026")])
      #expect(doc.status == .unprocessableContent && doc.text.contains("Das Datum liegt nach dem heutigen Tag"))
      let today = try await browser.post("/files/EBH-2026-00001/facts", [("version", "1"), ("german_level", "B1"), ("german_on", "24.11.2026")])
      #expect(today.status == .seeOther)
    }
  }
}
