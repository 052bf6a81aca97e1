import CaseModel
import CaseStore
import Hummingbird
import HummingbirdTesting
import Reports
import Testing

@testable import WebApp

@Suite("Reports API")
struct APIReportsTests {
  @Test("without a token the reports API answers 401 with the JSON error")
  func anonymous() async throws {
    let world = try await reportWorld()
    try await world.app().test(.router) { client in
      let r = try await client.execute(uri: "/api/v1/reports/throughput", method: .get)
      #expect(r.status == .unauthorized && r.json["error"] as? String != nil && r.json["details"] as? [Any] != nil)
    }
  }

  @Test("management and the admin get every report; clerks and case managers 403", arguments: Role.allCases)
  func roles(role: Role) async throws {
    let world = try await reportWorld()
    let allowed = role == .management || role == .admin
    try await world.app().test(.router) { client in
      for name in ReportName.allCases {
        let r = try await client.execute(uri: "/api/v1/reports/\(name.rawValue)", method: .get, headers: world.bearer(role))
        #expect(r.status == (allowed ? .ok : .forbidden), "\(role) \(name)")
        #expect(r.headers[.contentType] == "application/json; charset=utf-8")
        if allowed { #expect(r.json["report"] as? String == name.rawValue) } else { #expect(r.json["error"] as? String != nil) }
      }
      let unknown = try await client.execute(uri: "/api/v1/reports/nope", method: .get, headers: world.bearer(role))
      #expect(unknown.status == (allowed ? .notFound : .forbidden))
    }
  }

  @Test("the JSON is that of backlog report NAME --format json for the same choice")
  func sameAsCommand() async throws {
    let world = try await reportWorld()
    try await world.app().test(.router) { client in
      for name in ReportName.allCases {
        let r = try await client.execute(
          uri: "/api/v1/reports/\(name.rawValue)?from=2025-01-01&to=2026-10-31&office=EBH", method: .get, headers: world.bearer(.management))
        let request = ReportRequest(
          office: name.supportsOffice ? .EBH : .ABH, from: Day(iso: "2025-01-01"), to: Day(iso: "2026-10-31"), today: TestWorld.today)
        #expect(r.text == (try await ReportMaker.make(name, request: request, store: world.database).json), "\(name)")
      }
      let referrals = try await client.execute(uri: "/api/v1/reports/referrals", method: .get, headers: world.bearer(.admin))
      let totals = referrals.json["totals"] as? [String: Int]
      #expect(totals?["sent"] == 2 && totals?["resolved"] == 1 && referrals.json["open"] as? Int == 1)
    }
  }

  @Test("bad values are 400 and impossible choices 422, each naming the parameter")
  func errors() async throws {
    let world = try await reportWorld()
    try await world.app().test(.router) { client in
      func get(_ uri: String) async throws -> TestResponse {
        try await client.execute(uri: "/api/v1/reports/" + uri, method: .get, headers: world.bearer(.management))
      }
      let cases: [(String, HTTPResponse.Status, String)] = [
        ("throughput?from=yesterday", .badRequest, "from"), ("throughput?to=2026-02-30", .badRequest, "to"),
        ("throughput?office=XYZ", .badRequest, "office"), ("backlog?team=nobody", .badRequest, "team"),
        ("throughput?from=2026-06-01&to=2026-01-01", .unprocessableContent, "from"),
        ("throughput?from=1900-01-01", .unprocessableContent, "from"), ("forecast?team=kim", .unprocessableContent, "team"),
      ]
      for (uri, status, field) in cases {
        let r = try await get(uri)
        #expect(r.status == status, "\(uri)")
        #expect(r.json["error"] as? String != nil, "\(uri)")
        #expect((r.json["details"] as? [[String: Any]])?.first?["field"] as? String == field, "\(uri)")
      }
      let german = try await get("throughput?from=01.01.2026&to=30.06.2026")
      #expect(german.status == .ok && german.json["from"] as? String == "2026-01-01")
    }
  }
}
