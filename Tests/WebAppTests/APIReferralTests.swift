import CaseModel
import CaseStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

/// The referral routes of spec section 6. EBH-2026-00001 (Siegburg) has no German recorded:
/// a `missing` language finding the person can bring, so case management can work on it.
@Suite("Referral API")
struct APIReferralTests {
  static let refer = ByteBuffer(string: #"{"rules": ["STAG10-LANG"], "note": "Sprachkurs", "due_on": "2027-01-31"}"#)

  static func giveConsent(_ world: TestWorld, _ fileNo: String = "EBH-2026-00001", withdrawn: Bool = false) async throws {
    let stored = try #require(try await world.database.caseFile(fileNo: fileNo, actor: "test"))
    try await world.database.editCaseFile(fileNo: fileNo, expectedVersion: stored.version, actor: "test") { file in
      file.consents = [
        Consent(scope: .caseManagementReferral, givenOn: Day(iso: "2026-11-01")!, withdrawnOn: withdrawn ? TestWorld.today : nil)
      ]
    }
  }

  /// Refers EBH-2026-00001's language gap (consent given first) and lets the case manager accept
  /// it; returns the referral's events URI, ready for a resolve step.
  static func acceptedReferral(_ world: TestWorld, _ client: some TestClientProtocol) async throws -> String {
    let made = try await client.execute(
      uri: "/api/v1/files/EBH-2026-00001/referrals", method: .post, headers: world.bearer(.ebhClerk), body: refer)
    let id = try #require(made.json["id"] as? Int)
    let events = "/api/v1/referrals/\(id)/events"
    #expect(try await client.execute(uri: events, method: .post, headers: world.bearer(.caseManager), body: event("accept")).status == .ok)
    return events
  }

  static func event(_ action: String, note: String? = nil, facts: String? = nil) -> ByteBuffer {
    var parts = ["\"action\": \"\(action)\""]
    if let note { parts.append("\"note\": \"\(note)\"") }
    if let facts { parts.append("\"facts\": \(facts)") }
    return ByteBuffer(string: "{" + parts.joined(separator: ", ") + "}")
  }

  @Test("a referral without recorded consent is 409; with consent it is 201 with the gap and its reason")
  func createNeedsConsent() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      let uri = "/api/v1/files/EBH-2026-00001/referrals"
      let refused = try await client.execute(uri: uri, method: .post, headers: world.bearer(.ebhClerk), body: Self.refer)
      #expect(refused.status == .conflict)
      #expect((refused.json["error"] as? String)?.contains("consent") == true)
      try await Self.giveConsent(world)
      let made = try await client.execute(uri: uri, method: .post, headers: world.bearer(.ebhClerk), body: Self.refer)
      #expect(made.status == .created)
      #expect(made.json["state"] as? String == "sent")
      #expect(made.json["file_no"] as? String == "EBH-2026-00001")
      let gaps = made.json["gaps"] as? [[String: Any]] ?? []
      #expect(gaps.first?["rule"] as? String == "STAG10-LANG")
      #expect((gaps.first?["reason_de"] as? String)?.isEmpty == false)
      let again = try await client.execute(uri: uri, method: .post, headers: world.bearer(.ebhClerk), body: Self.refer)
      #expect(again.status == .conflict)
    }
  }

  @Test("bad referral requests name the field: unknown rule, unknown field, no rules, bad date")
  func createValidation() async throws {
    let world = try await TestWorld()
    try await Self.giveConsent(world)
    try await world.app().test(.router) { client in
      let uri = "/api/v1/files/EBH-2026-00001/referrals"
      for (body, field) in [
        (#"{"rules": ["STAG10-RESIDENCE-X"]}"#, "rules"), (#"{"rules": ["STAG10-LANG"], "colour": 1}"#, "colour"),
        (#"{"note": "x"}"#, "rules"), (#"{"rules": ["STAG10-LANG"], "due_on": "31.01.2027"}"#, "due_on"),
      ] {
        let r = try await client.execute(uri: uri, method: .post, headers: world.bearer(.ebhClerk), body: ByteBuffer(string: body))
        #expect(r.status == .unprocessableContent, "\(body)")
        #expect((r.json["details"] as? [[String: Any]] ?? []).contains { $0["field"] as? String == field }, "\(body)")
      }
      let abhFile = try await client.execute(
        uri: "/api/v1/files/ABH-2025-00001/referrals", method: .post, headers: world.bearer(.ebhClerk), body: Self.refer)
      #expect(abhFile.status == .notFound)
    }
  }

  @Test("the case manager sees only the referral's minimal data: no file number, no other facts")
  func caseManagerView() async throws {
    let world = try await TestWorld()
    try await Self.giveConsent(world)
    try await world.app().test(.router) { client in
      _ = try await client.execute(
        uri: "/api/v1/files/EBH-2026-00001/referrals", method: .post, headers: world.bearer(.ebhClerk), body: Self.refer)
      let list = try await client.execute(uri: "/api/v1/referrals", method: .get, headers: world.bearer(.caseManager))
      #expect(list.status == .ok)
      let item = try #require((list.json["referrals"] as? [[String: Any]])?.first)
      #expect(item["file_no"] == nil)
      #expect(item["back_from_case_management"] == nil)
      let person = try #require(item["person"] as? [String: Any])
      #expect(person["family_name"] as? String == "Yılmaz")
      #expect(Set(person.keys).isSubset(of: ["family_name", "given_names", "phone", "email", "languages", "interpreter_needed", "municipality"]))
      #expect(!list.text.contains("birth_date") && !list.text.contains("nationalities") && !list.text.contains("received_on"))
      for role in [Role.management, .admin] {
        let r = try await client.execute(uri: "/api/v1/referrals", method: .get, headers: world.bearer(role))
        #expect(r.status == .forbidden)
      }
      let abh = try await client.execute(uri: "/api/v1/referrals", method: .get, headers: world.bearer(.abhClerk))
      #expect(abh.json["total"] as? Int == 0)
      let anonymous = try await client.execute(uri: "/api/v1/referrals", method: .get)
      #expect(anonymous.status == .unauthorized)
    }
  }

  @Test("a case manager of another municipality gets 404 and cannot act")
  func otherMunicipality() async throws {
    let world = try await TestWorld()
    try await Self.giveConsent(world)
    let other = try await world.database.createUser(
      name: "cm-troisdorf", role: .caseManager, municipalities: ["Troisdorf"], mustChangePassword: false, policy: TestWorld.policy)
    try await world.app().test(.router) { client in
      let made = try await client.execute(
        uri: "/api/v1/files/EBH-2026-00001/referrals", method: .post, headers: world.bearer(.ebhClerk), body: Self.refer)
      let id = try #require(made.json["id"] as? Int)
      let headers: HTTPFields = [.authorization: "Bearer " + other.apiToken]
      #expect(try await client.execute(uri: "/api/v1/referrals/\(id)", method: .get, headers: headers).status == .notFound)
      let accept = try await client.execute(uri: "/api/v1/referrals/\(id)/events", method: .post, headers: headers, body: Self.event("accept"))
      #expect(accept.status == .notFound)
      let list = try await client.execute(uri: "/api/v1/referrals", method: .get, headers: headers)
      #expect(list.json["total"] as? Int == 0)
    }
  }

  @Test("accept, progress and resolve with a B1 certificate re-screen the file; every wrong step is refused")
  func wholeLoop() async throws {
    let world = try await TestWorld()
    try await Self.giveConsent(world)
    try await world.app().test(.router) { client in
      let made = try await client.execute(
        uri: "/api/v1/files/EBH-2026-00001/referrals", method: .post, headers: world.bearer(.ebhClerk), body: Self.refer)
      let id = try #require(made.json["id"] as? Int)
      let events = "/api/v1/referrals/\(id)/events"
      func post(_ role: Role, _ body: ByteBuffer) async throws -> TestResponse {
        try await client.execute(uri: events, method: .post, headers: world.bearer(role), body: body)
      }
      #expect(try await post(.ebhClerk, Self.event("accept")).status == .forbidden)
      #expect(try await post(.caseManager, Self.event("resolve")).status == .conflict)
      #expect(try await post(.caseManager, Self.event("fly")).status == .unprocessableContent)
      #expect(try await post(.caseManager, Self.event("decline")).status == .unprocessableContent)
      #expect(try await post(.caseManager, Self.event("accept")).status == .ok)
      #expect(try await post(.caseManager, Self.event("withdraw")).status == .forbidden)
      #expect(try await post(.caseManager, Self.event("progress", note: "Kurs gebucht")).status == .ok)
      let bad = try await post(.caseManager, Self.event("resolve", facts: #"{"stays": []}"#))
      #expect(bad.status == .unprocessableContent)
      let resolved = try await post(
        .caseManager,
        Self.event("resolve", note: "Zertifikat", facts: #"{"german": {"level": "B1", "proof": "certificate", "on": "2026-11-20"}}"#))
      #expect(resolved.status == .ok)
      #expect(resolved.json["state"] as? String == "resolved")
      let gap = (resolved.json["gaps"] as? [[String: Any]])?.first
      #expect(gap?["closed_on"] as? String == "2026-11-24")
      let seen = try await client.execute(uri: "/api/v1/referrals/\(id)", method: .get, headers: world.bearer(.ebhClerk))
      #expect(seen.json["back_from_case_management"] as? Bool == true)
      let screening = try await client.execute(
        uri: "/api/v1/files/EBH-2026-00001/screening", method: .get, headers: world.bearer(.ebhClerk))
      #expect(screening.text.contains(#""rule":"STAG10-LANG","outcome":"met""#))
      let audit = try await client.execute(uri: "/api/v1/audit?file_no=EBH-2026-00001", method: .get, headers: world.bearer(.admin))
      for action in ["referral.send", "referral.accept", "referral.progress", "referral.resolve", "referral.read"] {
        #expect(audit.text.contains(action), "\(action)")
      }
    }
  }

  @Test("withdrawing consent through the API ends the referral and hides the person at once")
  func consentWithdrawal() async throws {
    let world = try await TestWorld()
    try await Self.giveConsent(world)
    try await world.app().test(.router) { client in
      let made = try await client.execute(
        uri: "/api/v1/files/EBH-2026-00001/referrals", method: .post, headers: world.bearer(.ebhClerk), body: Self.refer)
      let id = try #require(made.json["id"] as? Int)
      try await Self.giveConsent(world, withdrawn: true)
      let r = try await client.execute(uri: "/api/v1/referrals/\(id)", method: .get, headers: world.bearer(.caseManager))
      #expect(r.json["state"] as? String == "withdrawn")
      #expect(r.json["person_hidden"] as? Bool == true)
      #expect(!r.text.contains("Yılmaz"))
    }
  }
}
