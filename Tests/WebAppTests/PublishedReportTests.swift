import CaseModel
@testable import CaseStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Reports
import Testing

@testable import WebApp

@Suite("Reports as data and published reports on the web")
struct PublishedReportTests {
  @Test("a published committee report reopens unchanged after the data changed; publishing and opening are audited")
  func frozen() async throws {
    let world = try await reportWorld()
    try await world.app().test(.router) { client in
      var browser = try await Browser.signedIn(client, world, as: .management)
      let page = try await browser.get("/reports/committee?from=2026-01-01&to=2026-11-24&office=EBH")
      #expect(page.status == .ok && page.text.contains("Vorlage für den Ausschuss") && page.text.contains("action=\"/reports/committee/publish?"))
      #expect(page.text.contains("Rhein-Sieg-Kreis, Einbürgerungsbehörde") && page.text.contains("Verfasst von"))
      let made = try await browser.post("/reports/committee/publish?from=2026-01-01&to=2026-11-24&office=EBH", [])
      #expect(made.status == .seeOther)
      let location = try #require(made.headers[.location])
      let first = try await browser.get(location)
      #expect(first.status == .ok && first.text.contains("Eingefrorener Bericht") && first.text.contains("u-management"))
      let html1 = try await browser.get(location.replacingOccurrences(of: "?saved=1", with: "") + "?format=html")
      let json1 = try await browser.get(location.replacingOccurrences(of: "?saved=1", with: "") + "?format=json")
      // a correction: one more file received and one closed
      var extra = CaseFile(fileNo: "EBH-2026-00099", office: .EBH, receivedOn: Day(iso: "2026-11-01")!, status: .received, person: Person(familyName: "Neu", givenNames: "X"))
      extra.history = [StatusChange(at: Day(iso: "2026-11-01")!, status: .received)]
      try world.database.importCaseFiles([extra], actor: "test")
      let committee = try #require(ReportCatalog.load(directory: TestWorld.reportsDirectory).report("committee"))
      let live = try await ReportMaker.make(
        committee, request: ReportRequest(office: .EBH, from: Day(iso: "2026-01-01")!, to: TestWorld.today, today: TestWorld.today),
        store: world.database)
      #expect(live.json + "\n" != json1.text && json1.text.contains(#""report":"committee""#))
      let html2 = try await browser.get(location.replacingOccurrences(of: "?saved=1", with: "") + "?format=html")
      let json2 = try await browser.get(location.replacingOccurrences(of: "?saved=1", with: "") + "?format=json")
      #expect(html1.text == html2.text && json1.text == json2.text && !html1.text.isEmpty)
      #expect(html2.headers[.contentDisposition]?.contains("attachment") == true)
      let list = try await browser.get("/reports/published")
      #expect(list.status == .ok && list.text.contains("Vorlage für den Ausschuss"))
      let audit = try await world.database.auditEntries()
      #expect(audit.contains { $0.action == "report-publish" && $0.actor == "u-management" })
      #expect(audit.filter { $0.action == "report-read" }.count >= 3)
      #expect(throws: (any Error).self) { try world.database.writer.write { try $0.execute(sql: "UPDATE published_report SET html = 'x'") } }
      // clerks neither publish nor read
      var clerk = try await Browser.signedIn(client, world, as: .ebhClerk)
      #expect(try await clerk.get("/reports/published").status == .forbidden)
      _ = try await clerk.get("/queue")
      #expect(try await clerk.post("/reports/committee/publish", []).status == .forbidden)
    }
  }

  @Test("a new YAML file in reports/ appears on the reports page and renders, without Swift")
  func newReport() async throws {
    let world = try await reportWorld()
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reports-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try FileManager.default.copyItem(atPath: TestWorld.reportsDirectory + "/throughput.yaml", toPath: dir + "/throughput.yaml")
    let settings = ReportSettings(directory: dir)
    try await world.app(reports: settings).test(.router) { client in
      var browser = try await Browser.signedIn(client, world, as: .management)
      #expect(!(try await browser.get("/reports").text.contains("Intake at a glance")))
      try """
        title: {de: Eingänge auf einen Blick, en: Intake at a glance}
        purpose: {de: nur die Eingänge, en: intake only}
        filters: [office]
        sections:
          - id: intake
            title: {de: Eingänge je Monat, en: Intake per month}
            table: [received, open_at_end]
            chart: {kind: bars, series: [received]}
          - id: figures
            title: {de: Summen, en: Totals}
            figures: [received_total, open]
        """.write(toFile: dir + "/intake.yaml", atomically: true, encoding: .utf8)
      let overview = try await browser.get("/reports")
      #expect(overview.text.contains("Eingänge auf einen Blick") && overview.text.contains("href=\"/reports/intake?"))
      let page = try await browser.get("/reports/intake?from=2026-01-01&to=2026-11-24")
      #expect(page.status == .ok && page.text.contains("Eingänge je Monat") && page.text.contains("<svg") && page.text.contains("Begriffe"))
      let json = try await browser.get("/reports/intake?from=2026-01-01&to=2026-11-24&format=json")
      #expect(json.text.contains(#""report":"intake""#) && json.text.contains(#""id":"figures""#))
    }
  }
}
