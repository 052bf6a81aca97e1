import CaseExchange
import CaseModel
import CaseStore
import Hummingbird
import HummingbirdTesting
import Referrals
import Testing

@testable import WebApp

/// Issue 13: "Erledigt – Lücke geschlossen" needs a recorded fact or document that closes a
/// referred gap; otherwise the case manager returns the referral with a reason.
@Suite("Resolving records what was resolved")
struct ResolutionEvidenceTests {
  static func referred(_ world: TestWorld, _ client: any TestClientProtocol) async throws -> Int {
    try await APIReferralTests.giveConsent(world)
    let made = try await client.execute(
      uri: "/api/v1/files/EBH-2026-00001/referrals", method: .post, headers: world.bearer(.ebhClerk), body: APIReferralTests.refer)
    let id = try #require(made.json["id"] as? Int)
    let accepted = try await client.execute(
      uri: "/api/v1/referrals/\(id)/events", method: .post, headers: world.bearer(.caseManager), body: APIReferralTests.event("accept"))
    #expect(accepted.status == .ok)
    return id
  }

  @Test("the pure check: a touching fact or a named document passes; nothing or facts beside the gap do not")
  func pure() throws {
    let gap = ReferralGap(rule: "STAG10-LANG", outcome: .missing, fix: .applicant, citation: "", reasonDE: "", reasonEN: "", documents: ["D08"])
    let reads = ["STAG10-LANG": ["german", "waivers.language_hardship", "person.birth_date"]]
    func facts(_ json: String) throws -> JSONObject {
      guard case .object(let o) = try JSONParser.parse(json) else { throw FieldError(path: "", reason: .anObject) }
      return o
    }
    #expect(ResolutionEvidence.problems(nil, gaps: [gap], ruleFacts: reads).count == 1)
    #expect(ResolutionEvidence.problems(try facts(#"{"livelihood": {"income_monthly": 2000}}"#), gaps: [gap], ruleFacts: reads).count == 1)
    #expect(ResolutionEvidence.problems(try facts(#"{"german": {"level": "B1"}}"#), gaps: [gap], ruleFacts: reads).isEmpty)
    #expect(ResolutionEvidence.problems(try facts(#"{"documents": [{"id": "D08", "status": "provided"}]}"#), gaps: [gap], ruleFacts: reads).isEmpty)
    #expect(ResolutionEvidence.problems(try facts(#"{"documents": [{"id": "D03", "status": "provided"}]}"#), gaps: [gap], ruleFacts: reads).count == 1)
    let reason = ResolutionEvidence.problems(nil, gaps: [gap], ruleFacts: reads).first?.reason.english ?? ""
    #expect(reason.contains("STAG10-LANG") && reason.contains("german.level") && reason.contains("D08") && !reason.contains("waivers"))
  }

  @Test("the API: an empty resolve and one beside the gap are 422 naming the rule and what would close it; nothing is stored")
  func api() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      let id = try await Self.referred(world, client)
      let events = "/api/v1/referrals/\(id)/events"
      for body in [
        APIReferralTests.event("resolve", note: "erledigt"),
        APIReferralTests.event("resolve", note: "x", facts: #"{}"#),
        APIReferralTests.event("resolve", note: "x", facts: #"{"livelihood": {"income_monthly": 2100}}"#),
      ] {
        let r = try await client.execute(uri: events, method: .post, headers: world.bearer(.caseManager), body: body)
        #expect(r.status == .unprocessableContent, "\(r.text)")
        let details = r.json["details"] as? [[String: Any]] ?? []
        #expect(details.first?["field"] as? String == "facts")
        #expect((details.first?["reason"] as? String ?? "").contains("STAG10-LANG"))
        #expect((details.first?["reason"] as? String ?? "").contains("german.level"))
      }
      let stored = try #require(try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "t"))
      #expect(stored.file.livelihood?.incomeMonthly == nil, "a refused resolve records nothing")
      let shown = try await client.execute(uri: "/api/v1/referrals/\(id)", method: .get, headers: world.bearer(.caseManager))
      #expect(shown.json["state"] as? String == "accepted")
      let returned = try await client.execute(
        uri: events, method: .post, headers: world.bearer(.caseManager), body: APIReferralTests.event("return", note: "Kurs abgebrochen"))
      #expect(returned.json["state"] as? String == "returned")
    }
  }

  @Test("the page: an empty resolve form says what would close the gap and offers return with reason; a certificate closes it")
  func page() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      let id = try await Self.referred(world, client)
      var cm = Browser(client: client)
      try await cm.login(world.names[.caseManager]!, world.passwords[.caseManager]!)
      _ = try await cm.get("/referrals/\(id)")
      let empty = try await cm.post("/referrals/\(id)/events", [("action", "resolve"), ("version", "2"), ("note", "erledigt")])
      #expect(empty.status == .unprocessableContent)
      let text = empty.text
      #expect(text.contains("Noch nicht als erledigt gespeichert"))
      #expect(text.contains("Deutsch – Niveau") && text.contains("Sprachnachweis"), "names what would close it")
      #expect(text.contains("href=\"#form-return\"") && text.contains("id=\"form-return\"") && text.contains("Zurückgeben mit Begründung"))
      #expect(!text.contains("nothing recorded closes"), "no English on a German page")
      let done = try await cm.post(
        "/referrals/\(id)/events",
        [("action", "resolve"), ("version", "2"), ("f.german.level", "B1"), ("f.german.proof", "certificate"), ("f.german.on", "20.11.2026")])
      #expect(done.status == .seeOther)
      let after = try await cm.get("/referrals/\(id)")
      #expect(after.text.contains("Erneute Prüfung nach der Erledigung") && after.text.contains("jetzt erfüllt"))
      #expect(!after.text.contains("trotz der Angaben noch offen"))
    }
  }

  @Test("the page shows honestly when the recorded facts do not yet close the gap")
  func honest() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      let id = try await Self.referred(world, client)
      var cm = Browser(client: client)
      try await cm.login(world.names[.caseManager]!, world.passwords[.caseManager]!)
      _ = try await cm.get("/referrals/\(id)")
      // A2 touches the language condition but does not meet it.
      let done = try await cm.post("/referrals/\(id)/events", [("action", "resolve"), ("version", "2"), ("f.german.level", "A2")])
      #expect(done.status == .seeOther)
      let after = try await cm.get("/referrals/\(id)")
      #expect(after.text.contains("trotz der Angaben noch offen") && after.text.contains("message warn"))
    }
  }
}
