import CaseModel
@testable import CaseStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Reports
import Testing

@testable import WebApp

/// The test world with a few referrals (written straight into the schema's tables).
func reportWorld() async throws -> TestWorld {
  let world = try await TestWorld()
  try await world.database.writer.write { db in
    let ebh = try Int64.fetchOne(db, sql: "SELECT id FROM case_file WHERE file_no = 'EBH-2026-00001'")!
    for (i, state, sent, closed) in [(1, "resolved", "2026-10-02", "2026-11-02"), (2, "sent", "2026-11-03", nil)] as [(Int, String, String, String?)] {
      try db.execute(
        sql: """
          INSERT INTO referral (id, case_id, office, municipality, state, is_open, created_at, created_by, sent_on, closed_on)
          VALUES (?, ?, 'EBH', 'Siegburg', ?, ?, '2026-10-01T08:00:00Z', 'u-ebh-clerk', ?, ?)
          """, arguments: [i, ebh, state, closed == nil ? 1 : 0, sent, closed])
      try db.execute(
        sql: "INSERT INTO referral_gap (referral_id, rule, outcome, reason_de, reason_en, closed_on) VALUES (?, 'german-b1', 'gap', 'B1 fehlt', 'B1 missing', ?)",
        arguments: [i, closed])
    }
  }
  return world
}

extension Browser {
  /// A browser signed in as the test world's user of `role`.
  static func signedIn(_ client: any TestClientProtocol, _ world: TestWorld, as role: Role) async throws -> Browser {
    var browser = Browser(client: client)
    try await browser.login(world.names[role]!, world.passwords[role]!)
    return browser
  }
}

@Suite("Report pages")
struct ReportPagesTests {
  /// How many file numbers (`EBH-2026-00001`) a text shows.
  static func fileNumbers(_ text: String) -> Int { text.matches(of: try! Regex("(EBH|ABH)-[0-9]{4}-[0-9]+")).count }

  static let pages = ["/reports"] + ReportName.allCases.map { "/reports/" + $0.rawValue }

  @Test("without a session every report page leads to the login page")
  func anonymous() async throws {
    let world = try await reportWorld()
    try await world.app().test(.router) { client in
      for uri in Self.pages + ["/reports/nope", "/reports/throughput?format=csv"] {
        let r = try await client.execute(uri: uri, method: .get)
        #expect(r.status == .seeOther && r.headers[.location] == "/login", "\(uri)")
      }
    }
  }

  @Test("management and the admin see every report page; every other role is refused", arguments: Role.allCases)
  func roles(role: Role) async throws {
    let world = try await reportWorld()
    let allowed = role == .management || role == .admin
    try await world.app().test(.router) { client in
      var browser = try await Browser.signedIn(client, world, as: role)
      for uri in Self.pages + ["/reports/throughput?format=csv", "/reports/backlog?format=json"] {
        let r = try await browser.get(uri)
        #expect(r.status == (allowed ? .ok : .forbidden), "\(role) \(uri)")
        if !allowed { #expect(!r.text.contains("<svg"), "\(uri)") }
      }
      let unknown = try await browser.get("/reports/nope")
      #expect(unknown.status == (allowed ? .notFound : .forbidden))
      let home = try await browser.get(role == .admin ? "/admin/audit" : "/")
      #expect(home.text.contains("href=\"/reports\"") == allowed)
    }
  }

  @Test("management's home page leads to the reports")
  func home() async throws {
    let world = try await reportWorld()
    try await world.app().test(.router) { client in
      var browser = try await Browser.signedIn(client, world, as: .management)
      let home = try await browser.get("/")
      #expect(home.status == .ok && home.text.contains(">Berichte</a>") && home.text.contains(">Zum Überblick</a>"))
    }
  }

  @Test("the overview gives the key figures with links to their reports, three charts with tables, and every report")
  func overview() async throws {
    let world = try await reportWorld()
    try await world.app().test(.router) { client in
      var browser = try await Browser.signedIn(client, world, as: .management)
      let page = try await browser.get("/reports")
      let text = page.text
      #expect(text.contains("Berichte – Einbürgerungsbehörde") && text.contains("class=\"lead\""))
      #expect(text.contains("offene Akten") && text.contains("länger als 3 Monate offen") && text.contains("Rückstau abgebaut (Ziel erreicht) bis (50 %)") && text.contains("die heute offenen Akten sind voraussichtlich entschieden bis"))
      #expect(text.components(separatedBy: "<svg class=\"chart\"").count == 4 && text.components(separatedBy: "<table>").count == 4)
      for name in ReportName.allCases { #expect(text.contains("href=\"/reports/\(name.rawValue)?from=2025-12-01&amp;to=2026-11-24")) }
      #expect(text.contains("/static/reports.css") && text.contains("Gedruckt am 24.11.2026"))
      let abh = try await browser.get("/reports?office=ABH")
      #expect(abh.status == .ok && abh.text.contains("Berichte – Ausländerbehörde"))
      let en = try await browser.get("/reports?lang=en")
      #expect(en.text.contains("Reports – Naturalization office") && en.text.contains("open files"))
      let bad = try await browser.get("/reports?office=XYZ")
      #expect(bad.status == .badRequest)
    }
  }

  @Test("a report page: the report in the layout, tabs, period picker, filters where the report has them, downloads")
  func reportPage() async throws {
    let world = try await reportWorld()
    try await world.app().test(.router) { client in
      var browser = try await Browser.signedIn(client, world, as: .management)
      let page = try await browser.get("/reports/throughput?from=2026-01-01&to=2026-06-30&office=EBH&team=kim")
      let text = page.text
      #expect(page.status == .ok && text.contains("<h1>Eingänge und Erledigungen</h1>"))
      #expect(text.contains("EBH, KIM-Team (Modul 3), 01.01.2026 – 30.06.2026"))
      #expect(text.contains("value=\"2026-01-01\"") && text.contains("<option value=\"kim\" selected>"))
      #expect(text.contains("href=\"/reports/throughput?from=2025-12-01&amp;to=2026-11-24&amp;office=EBH&amp;team=kim\""))
      #expect(text.contains("href=\"/reports/forecast?from=2026-01-01&amp;to=2026-06-30&amp;office=EBH\""))  // no team there
      #expect(text.contains("href=\"/reports/throughput?from=2026-01-01&amp;to=2026-06-30&amp;office=EBH&amp;team=kim&amp;format=csv\""))
      #expect(text.contains("<nav aria-label=\"Hauptnavigation\">") && text.contains("class=\"print-only printed\">Gedruckt am 24.11.2026"))
      let forecast = try await browser.get("/reports/forecast")
      #expect(forecast.status == .ok && !forecast.text.contains("name=\"team\"") && forecast.text.contains("name=\"office\""))
      let abh = try await browser.get("/reports/abh")
      #expect(abh.status == .ok && !abh.text.contains("name=\"office\""))
      let referrals = try await browser.get("/reports/referrals?from=2026-10-01&to=2026-11-24")
      #expect(referrals.status == .ok && referrals.text.contains("Vermittlungen an das Case Management") && referrals.text.contains("german-b1"))
    }
  }

  @Test("a choice that gives no report shows the form again with what is wrong: 400 for a bad date, 422 for an impossible choice")
  func badChoices() async throws {
    let world = try await reportWorld()
    try await world.app().test(.router) { client in
      var browser = try await Browser.signedIn(client, world, as: .management)
      let bad = try await browser.get("/reports/throughput?from=2026-13-01")
      #expect(bad.status == .badRequest && bad.text.contains("Diese Auswahl ergibt keinen Bericht") && bad.text.contains("value=\"2026-13-01\""))
      #expect(bad.text.contains("from: a date YYYY-MM-DD") && !bad.text.contains("<svg"))
      let backwards = try await browser.get("/reports/backlog?from=2026-06-01&to=2026-01-01")
      #expect(backwards.status == .unprocessableContent)
      let team = try await browser.get("/reports/forecast?team=kim")
      #expect(team.status == .unprocessableContent && team.text.contains("team: the report forecast has no teams"))
      let format = try await browser.get("/reports/forecast?format=pdf")
      #expect(format.status == .badRequest)
    }
  }

  @Test("the downloads give exactly what the page shows: German-Excel CSV, ISO CSV and the API's JSON")
  func downloads() async throws {
    let world = try await reportWorld()
    try await world.app().test(.router) { client in
      var browser = try await Browser.signedIn(client, world, as: .management)
      let query = "from=2026-01-01&to=2026-06-30&office=EBH&team=regular"
      let csv = try await browser.get("/reports/throughput?\(query)&format=csv")
      #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
      #expect(csv.headers[.contentDisposition] == "attachment; filename=\"throughput-EBH-regular-2026-01-01-2026-06-30.csv\"")
      #expect(csv.text.hasPrefix("\u{FEFF}Eingänge und Erledigungen je Monat\r\nMonat;Eingänge;") && csv.text.contains("\r\n01.2026;"))
      let plain = try await browser.get("/reports/throughput?\(query)&format=csv-plain")
      #expect(plain.text.hasPrefix("Eingänge und Erledigungen je Monat\r\nMonat,Eingänge,") && plain.text.contains("\r\n2026-01,"))
      #expect(plain.headers[.contentDisposition]?.contains("-iso.csv") == true)
      let english = try await browser.get("/reports/throughput?\(query)&format=csv&lang=en")
      #expect(english.text.hasPrefix("\u{FEFF}Received and closed per month\r\nMonth;Received;"))
      let json = try await browser.get("/reports/throughput?\(query)&format=json")
      let api = try await client.execute(uri: "/api/v1/reports/throughput?\(query)", method: .get, headers: world.bearer(.management))
      #expect(json.text == api.text + "\n")
      let made = try await ReportMaker.make(
        .throughput, request: ReportRequest(office: .EBH, from: Day(iso: "2026-01-01"), to: Day(iso: "2026-06-30"), team: .regular, today: TestWorld.today),
        store: world.database)
      #expect(api.text == made.json)
    }
  }

  @Test("no page shows a name, and file numbers only in the backlog's list of the oldest files")
  func aggregatesOnly() async throws {
    let world = try await reportWorld()
    try await world.app().test(.router) { client in
      var browser = try await Browser.signedIn(client, world, as: .management)
      for uri in Self.pages + ["/reports?office=ABH", "/reports/throughput?office=ABH", "/reports/backlog?office=ABH", "/reports/referrals?format=csv"] {
        let text = try await browser.get(uri).text
        for name in ["Yılmaz", "Becker", "Haddad"] { #expect(!text.contains(name), "\(uri) shows \(name)") }
        let outsideOldest = text.components(separatedBy: "data-section=\"oldest\"")[0]
        #expect(Self.fileNumbers(outsideOldest) == 0, "\(uri)")
      }
      let backlog = try await browser.get("/reports/backlog").text
      let oldest = backlog.components(separatedBy: "data-section=\"oldest\"")[1].components(separatedBy: "</section>")[0]
      #expect(Self.fileNumbers(oldest) == 2 && oldest.contains("EBH-2025-00002") && oldest.contains("EBH-2026-00001"))
    }
  }
}
