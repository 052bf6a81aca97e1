import CaseModel
@testable import CaseStore
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Referrals
import Testing

@testable import WebApp

/// Every role stays in its lane (issue 12): case managers see no verdict and no office
/// knowledge, record only what their work produces, and every list with names is audited.
@Suite("Scopes of case management; audited lists")
struct ScopeTests {
  /// A referral of EBH-2026-00001 accepted and resolved with a B1 certificate; returns its id.
  static func resolved(_ world: TestWorld, _ client: any TestClientProtocol) async throws -> Int {
    try await APIReferralTests.giveConsent(world)
    let made = try await client.execute(
      uri: "/api/v1/files/EBH-2026-00001/referrals", method: .post, headers: world.bearer(.ebhClerk), body: APIReferralTests.refer)
    let id = try #require(made.json["id"] as? Int)
    let events = "/api/v1/referrals/\(id)/events"
    _ = try await client.execute(uri: events, method: .post, headers: world.bearer(.caseManager), body: APIReferralTests.event("accept"))
    let done = try await client.execute(
      uri: events, method: .post, headers: world.bearer(.caseManager),
      body: APIReferralTests.event("resolve", note: "Zertifikat", facts: #"{"german": {"level": "B1", "proof": "certificate", "on": "2026-11-20"}}"#))
    #expect(done.status == .ok)
    return id
  }

  @Test("case managers see no verdict before or after, in the API and on the page; the office does")
  func noVerdict() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      let id = try await Self.resolved(world, client)
      let cm = try await client.execute(uri: "/api/v1/referrals/\(id)", method: .get, headers: world.bearer(.caseManager))
      #expect(!cm.text.contains("verdict_before") && !cm.text.contains("verdict_after"), "\(cm.text)")
      #expect(cm.text.contains("closed_rules"))
      let office = try await client.execute(uri: "/api/v1/referrals/\(id)", method: .get, headers: world.bearer(.ebhClerk))
      #expect(office.text.contains("closed_rules"))
      let outcome = ReferralOutcome(verdictBefore: "incomplete", verdictAfter: "eligible", fields: ["german"], closedRules: ["STAG10-LANG"], openRules: [])
      let shown = CaseManagementReason.withoutVerdict(outcome)
      #expect(shown.verdictBefore == nil && shown.verdictAfter == nil && shown.closedRules == ["STAG10-LANG"])
      let words = Texts.german
      #expect(ReferralChanges(outcome, texts: words, verdict: false).before == nil)
      #expect(ReferralChanges(outcome, texts: words).before != nil)
      var browser = Browser(client: client)
      try await browser.login(world.names[.caseManager]!, world.passwords[.caseManager]!)
      let page = try await browser.get("/referrals/\(id)")
      #expect(page.status == .ok)
      let change = try #require(Texts.german.table["ref_verdict_change"])
      #expect(!page.text.contains(change), "the page names a verdict change")
    }
  }

  @Test("case managers read the plain reason of a gap, never the screening's")
  func plainReasons() async throws {
    let world = try await TestWorld()
    try await APIReferralTests.giveConsent(world)
    try await world.app().test(.router) { client in
      let made = try await client.execute(
        uri: "/api/v1/files/EBH-2026-00001/referrals", method: .post, headers: world.bearer(.ebhClerk), body: APIReferralTests.refer)
      let id = try #require(made.json["id"] as? Int)
      let plain = try #require(TestWorld.engine.referralReasons["STAG10-LANG"])
      let cm = try await client.execute(uri: "/api/v1/referrals/\(id)", method: .get, headers: world.bearer(.caseManager))
      let gap = try #require((cm.json["gaps"] as? [[String: Any]])?.first)
      #expect(gap["reason_de"] as? String == plain.de)
      #expect(gap["reason_en"] as? String == plain.en)
      let office = try await client.execute(uri: "/api/v1/referrals/\(id)", method: .get, headers: world.bearer(.ebhClerk))
      let officeGap = try #require((office.json["gaps"] as? [[String: Any]])?.first)
      #expect(officeGap["reason_de"] as? String != plain.de)
    }
  }

  @Test("case managers may not record waivers, school, household or the office's judgements: 422 naming the field")
  func onlyTheirFacts() async throws {
    let world = try await TestWorld()
    try await APIReferralTests.giveConsent(world)
    try await world.app().test(.router) { client in
      let events = try await APIReferralTests.acceptedReferral(world, client)
      for (facts, field) in [
        (#"{"waivers": {"language_hardship": true}}"#, "waivers"), (#"{"school": {"qualification": true}}"#, "school"),
        (#"{"household": {"minor_children": 1}}"#, "household"), (#"{"identity": {"deception": "none"}}"#, "identity.deception"),
        (#"{"identity": {"passport_obtainable": "unreasonable"}}"#, "identity.passport_obtainable"),
        (#"{"livelihood": {"not_at_fault": true}}"#, "livelihood.not_at_fault"), (#"{"security_check": "clear"}"#, "security_check"),
      ] {
        let r = try await client.execute(
          uri: events, method: .post, headers: world.bearer(.caseManager), body: APIReferralTests.event("resolve", note: "x", facts: facts))
        #expect(r.status == .unprocessableContent, "\(facts)")
        #expect((r.json["details"] as? [[String: Any]] ?? []).contains { ($0["field"] as? String)?.hasSuffix(field) == true }, "\(facts): \(r.text)")
      }
      let ok = try await client.execute(
        uri: events, method: .post, headers: world.bearer(.caseManager),
        body: APIReferralTests.event(
          "resolve", note: "x",
          facts: #"{"german": {"level": "B1"}, "identity": {"passport_valid": true, "efforts": [{"on": "2026-11-01", "action": "Botschaft"}]}, "livelihood": {"income_monthly": 1900}}"#))
      #expect(ok.status == .ok, "\(ok.text)")
    }
  }

  @Test("each list read with names writes one audit row with filters, count and the file numbers shown")
  func listAudit() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      let r = try await client.execute(uri: "/api/v1/files?q=Becker&stage=received", method: .get, headers: world.bearer(.ebhClerk))
      #expect(r.status == .ok)
      var clerk = Browser(client: client)
      try await clerk.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      _ = try await clerk.get("/queue?q=Yılmaz")
      _ = try await client.execute(uri: "/api/v1/referrals", method: .get, headers: world.bearer(.caseManager))
    }
    let rows = try world.database.writer.read { db in
      try Row.fetchAll(db, sql: "SELECT id, actor, detail FROM audit_log WHERE action = 'list-read' ORDER BY id")
    }
    #expect(rows.count == 3)
    let api: String = rows[0]["detail"]
    #expect(api.hasPrefix("api.files:") && api.contains("q=Becker") && api.contains("stage=received") && api.contains("1 of 1 shown"), "\(api)")
    #expect(rows[0]["actor"] as String == world.names[.ebhClerk]!)
    #expect(try await world.database.listReads(fileNo: "EBH-2025-00002").count == 1)
    #expect(try await world.database.listReads(fileNo: "EBH-2026-00001").count == 1)
    let queue: String = rows[1]["detail"]
    #expect(queue.hasPrefix("queue:") && queue.contains("q=Yılmaz"), "\(queue)")
    let referrals: String = rows[2]["detail"]
    #expect(referrals.hasPrefix("api.referrals:"), "\(referrals)")
  }
}
