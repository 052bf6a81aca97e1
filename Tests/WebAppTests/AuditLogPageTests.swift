import CaseModel
@testable import CaseStore
import GRDB
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

/// Issue 13: times in Europe/Berlin; the audit log in words, with filters and pages beyond 500 rows.
@Suite("Audit log in words, Berlin time")
struct AuditLogPageTests {
  @Test("stored UTC instants read in Berlin time, summer and winter; a Berlin day starts at its local midnight")
  func berlin() {
    #expect(BerlinTime.text("2026-11-24T23:19:00Z", german: true) == "25.11.2026 00:19")
    #expect(BerlinTime.text("2026-07-01T10:00:00Z", german: true) == "01.07.2026 12:00")
    #expect(BerlinTime.text("2026-07-01T10:00:00Z", german: false) == "2026-07-01 12:00")
    #expect(BerlinTime.start(of: Day(iso: "2026-11-25")!) == "2026-11-24T23:00:00Z")
    #expect(BerlinTime.start(of: Day(iso: "2026-07-01")!) == "2026-06-30T22:00:00Z")
    #expect(BerlinTime.start(of: Day(iso: "2026-03-29")!) == "2026-03-28T23:00:00Z")
    #expect(BerlinTime.start(of: Day(iso: "2026-03-30")!) == "2026-03-29T22:00:00Z")
    #expect(BerlinTime.text("not a time", german: true) == "not a time")
  }

  /// 620 rows: two actors, reads and updates of two files, one late in the UTC evening.
  static func fill(_ world: TestWorld) async throws {
    try await world.database.writer.write { db in
      for i in 0..<620 {
        let at = i == 619 ? "2026-11-23T23:19:00Z" : "2026-11-2\(i % 3)T10:\(String(format: "%02d", i % 60)):00Z"
        try db.execute(
          sql: "INSERT INTO audit_log (at, actor, action, file_no, detail) VALUES (?, ?, ?, ?, ?)",
          arguments: [at, i % 2 == 0 ? "m.schmitz" : "b.krause", i % 5 == 0 ? "update" : "read",
                      i % 4 == 0 ? "EBH-2026-00001" : "EBH-2025-00002", i % 5 == 0 ? "german.level,follow_up_on" : nil])
      }
    }
  }

  @Test("the page: actions and details in words, Berlin times, 100 rows a page with a next page beyond 500 rows")
  func page() async throws {
    let world = try await TestWorld()
    try await Self.fill(world)
    try await world.app().test(.router) { client in
      var admin = Browser(client: client)
      try await admin.login(world.names[.admin]!, world.passwords[.admin]!)
      let first = try await admin.get("/admin/audit").text
      #expect(first.contains("Akte gelesen") && first.contains("Akte geändert"))
      #expect(first.contains("geänderte Angaben: Deutsch – Niveau, Wiedervorlage"))
      #expect(first.contains("Angemeldet"), "the admin's own login, in words")
      #expect(!first.contains("<td>read</td>") && !first.contains("<td>update</td>") && !first.contains("german.level"))
      #expect(first.contains("rel=\"next\""))
      let sixth = try await admin.get("/admin/audit?page=6").text
      #expect(sixth.contains("Seite 6") && sixth.contains("rel=\"next\""), "row 501 onwards")
      let seventh = try await admin.get("/admin/audit?page=7").text
      #expect(seventh.contains("rel=\"prev\"") && !seventh.contains("rel=\"next\""))
      // 23:19 UTC on the 23rd is 00:19 on the 24th in Berlin, and the period filter agrees
      let day = try await admin.get("/admin/audit?from=24.11.2026&to=24.11.2026&actor=b.krause").text
      #expect(day.contains("24.11.2026 00:19"))
      #expect(!day.contains("23.11.2026"), "the day is Berlin's")
      let filtered = try await admin.get("/admin/audit?actor=m.schmitz&action=update&file_no=EBH-2026-00001").text
      #expect(filtered.contains("<td>Akte geändert</td>") && !filtered.contains("<td>Akte gelesen</td>") && !filtered.contains("<td>b.krause</td>"))
      #expect(filtered.contains("<option value=\"update\" selected>"))
      #expect(try await admin.get("/admin/audit?page=0").status == .badRequest)
      #expect(try await admin.get("/admin/audit?from=31.02.2026").status == .badRequest)
      #expect(try await admin.get("/admin/audit?page=100001").status == .badRequest)
    }
  }

  @Test("the API: the same filters, pages with has_more, bounded parameters")
  func api() async throws {
    let world = try await TestWorld()
    try await Self.fill(world)
    try await world.app().test(.router) { client in
      func get(_ uri: String) async throws -> TestResponse { try await client.execute(uri: uri, method: .get, headers: world.bearer(.admin)) }
      let first = try await get("/api/v1/audit?page_size=500")
      #expect((first.json["entries"] as? [Any])?.count == 500 && first.json["has_more"] as? Bool == true)
      let second = try await get("/api/v1/audit?page_size=500&page=2")
      #expect((second.json["entries"] as? [Any])?.count ?? 0 >= 120 && second.json["has_more"] as? Bool == false)
      let updates = try await get("/api/v1/audit?action=update&actor=b.krause&page_size=500")
      let entries = updates.json["entries"] as? [[String: Any]] ?? []
      #expect(!entries.isEmpty && entries.allSatisfy { $0["action"] as? String == "update" && $0["actor"] as? String == "b.krause" })
      #expect(try await get("/api/v1/audit?page_size=501").status == .badRequest)
      #expect(try await get("/api/v1/audit?to=2026-13-01").status == .badRequest)
    }
  }
}
