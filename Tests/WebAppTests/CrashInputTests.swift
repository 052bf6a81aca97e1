import CaseModel
import CaseStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

/// The inputs that once killed the server (issue 12), fed through the query strings, `PUT` and
/// the case manager's resolve step: each gets a 4xx naming the parameter or field, and the
/// server answers the next request as before.
@Suite("Inputs that once killed the server")
struct CrashInputTests {
  /// (path, parameter named in the answer)
  static let queries: [(String, String)] = [
    ("/api/v1/files?page=9223372036854775807", "page"),
    ("/api/v1/files?page_size=500&page=36893488147419103", "page"),
    ("/api/v1/files?min_age_days=3000000000", "min_age_days"),
    ("/api/v1/files?min_age_days=-1", "min_age_days"),
    ("/api/v1/files?page=abc", "page"),
    ("/api/v1/files?page_size=0", "page_size"),
    ("/api/v1/files?permit_104c_days=99999999999999999999", "permit_104c_days"),
    ("/api/v1/files?turns_27_days=1e9", "turns_27_days"),
    ("/api/v1/files?verdict=nope", "verdict"),
    ("/api/v1/files/EBH-2026-00001/screening?as_of=0001-01-01", "as_of"),
    ("/api/v1/files/EBH-2026-00001/screening?as_of=9999-12-31", "as_of"),
    ("/api/v1/reports/throughput?from=0001-01-01", "from"),
    ("/api/v1/reports/throughput?to=9999-12-31", "to"),
  ]

  @Test("numeric and date query parameters out of range are a 400 naming the parameter; the server still answers")
  func queryStrings() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      for (uri, parameter) in Self.queries {
        let role: Role = uri.contains("/reports/") ? .management : .ebhClerk
        let r = try await client.execute(uri: uri, method: .get, headers: world.bearer(role))
        #expect(r.status == .badRequest, "\(uri): \(r.status)")
        let details = r.json["details"] as? [[String: Any]] ?? []
        #expect(details.contains { $0["field"] as? String == parameter }, "\(uri): \(r.text)")
      }
      let referrals = try await client.execute(
        uri: "/api/v1/referrals?page=9223372036854775807", method: .get, headers: world.bearer(.caseManager))
      #expect(referrals.status == .badRequest)
      let audit = try await client.execute(uri: "/api/v1/audit?limit=99999999999999999999", method: .get, headers: world.bearer(.admin))
      #expect(audit.status == .badRequest)
      // the largest allowed page answers (empty), and the server still serves
      let last = try await client.execute(
        uri: "/api/v1/files?page=\(QueryParameter.maxPage)&page_size=500", method: .get, headers: world.bearer(.ebhClerk))
      #expect(last.status == .ok)
      let fine = try await client.execute(uri: "/api/v1/files", method: .get, headers: world.bearer(.ebhClerk))
      #expect(fine.status == .ok)
    }
  }

  @Test("the HTML queue and referral list answer 400 pages for the same parameters")
  func pages() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var clerk = Browser(client: client)
      try await clerk.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      for uri in ["/queue?page=9223372036854775807", "/queue?min_age_days=3000000000", "/referrals?page=36893488147419103",
                  "/reports/throughput?from=0001-01-01"] {
        let r = try await clerk.get(uri)
        #expect(r.status == .badRequest || (uri.hasPrefix("/reports") && r.status == .forbidden), "\(uri): \(r.status)")
      }
      #expect(try await clerk.get("/queue").status == .ok)
    }
  }

  static let absurd: [(String, String)] = [
    (#""married_to_german_since": "9999-12-31""#, "married_to_german_since"),
    (#""absences": [{"from": "0001-01-01", "to": "9999-12-31"}]"#, "absences[0].from"),
    (#""livelihood": {"income_monthly": 1e21}"#, "livelihood.income_monthly"),
    (#""convictions": [{"on": "2020-01-01", "kind": "prison", "months": 9223372036854775807}]"#, "convictions[0].months"),
    (#""convictions": [{"on": "2020-01-01", "kind": "fine", "daily_rates": 9223372036854775807}]"#, "convictions[0].daily_rates"),
    (#""spouses_count": 2147483648"#, "spouses_count"),
  ]

  @Test("absurd dates and numbers in a PUT are a 422 naming the field")
  func put() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      for (fact, field) in Self.absurd + [(#""person": {"family_name": "X", "birth_date": "9998-01-01"}"#, "person.birth_date")] {
        let person = fact.hasPrefix(#""person""#) ? "" : #", "person": {"family_name": "X"}"#
        let body = #"{"file_no": "EBH-NEW-9", "office": "EBH", "received_on": "2025-02-03", "status": "received", "#
          + fact + person + "}"
        let r = try await client.execute(
          uri: "/api/v1/files/EBH-NEW-9", method: .put, headers: world.bearer(.ebhClerk), body: ByteBuffer(string: body))
        #expect(r.status == .unprocessableContent, "\(fact): \(r.text)")
        #expect((r.json["details"] as? [[String: Any]] ?? []).contains { $0["field"] as? String == field }, "\(fact): \(r.text)")
      }
      #expect(try await client.execute(uri: "/api/v1/files", method: .get, headers: world.bearer(.ebhClerk)).status == .ok)
    }
  }

  @Test("absurd facts in a case manager's resolve step are a 422 naming the field")
  func resolve() async throws {
    let world = try await TestWorld()
    try await APIReferralTests.giveConsent(world)
    try await world.app().test(.router) { client in
      let events = try await APIReferralTests.acceptedReferral(world, client)
      for (facts, field) in [
        (#"{"livelihood": {"income_monthly": 1e21}}"#, "livelihood.income_monthly"),
        (#"{"german": {"level": "B1", "on": "9999-12-31"}}"#, "german.on"),
        (#"{"declarations": {"fdgo_signed_on": "0001-01-01"}}"#, "declarations.fdgo_signed_on"),
      ] {
        let r = try await client.execute(
          uri: events, method: .post, headers: world.bearer(.caseManager), body: APIReferralTests.event("resolve", note: "x", facts: facts))
        #expect(r.status == .unprocessableContent, "\(facts): \(r.text)")
        #expect((r.json["details"] as? [[String: Any]] ?? []).contains { ($0["field"] as? String)?.hasSuffix(field) == true }, "\(facts): \(r.text)")
      }
      #expect(try await client.execute(uri: String(events.dropLast("/events".count)), method: .get, headers: world.bearer(.caseManager)).status == .ok)
    }
  }

  @Test("an oversized body is 413, a lone surrogate in JSON is 400")
  func bodies() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      let big = ByteBuffer(repeating: UInt8(ascii: " "), count: 5 << 20)
      let r = try await client.execute(uri: "/api/v1/files/EBH-NEW-1", method: .put, headers: world.bearer(.ebhClerk), body: big)
      #expect(r.status == .contentTooLarge)
      let lone = ByteBuffer(
        string: #"{"file_no": "EBH-NEW-2", "office": "EBH", "received_on": "2025-02-03", "status": "received", "person": {"family_name": "X\ud800"}}"#)
      let s = try await client.execute(uri: "/api/v1/files/EBH-NEW-2", method: .put, headers: world.bearer(.ebhClerk), body: lone)
      #expect(s.status == .badRequest, "\(s.text)")
      #expect(s.text.contains("surrogate"))
      let pair = ByteBuffer(
        string: #"{"file_no": "EBH-NEW-3", "office": "EBH", "received_on": "2025-02-03", "status": "received", "person": {"family_name": "X\ud83d\ude00"}}"#)
      #expect(try await client.execute(uri: "/api/v1/files/EBH-NEW-3", method: .put, headers: world.bearer(.ebhClerk), body: pair).status == .created)
    }
  }
}
