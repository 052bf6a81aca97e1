import CaseModel
import Hummingbird
import HummingbirdTesting
import Reports
import Testing

@testable import WebApp

@Suite("Report pages of one municipality")
struct ReportMunicipalityPageTests {
  @Test("the page offers the configured municipalities and those in the data; the choice limits the figures, links and downloads")
  func municipalityFilter() async throws {
    let world = try await reportWorld()
    let settings = ReportSettings(directory: TestWorld.reportsDirectory, municipalities: ["Hennef (Sieg)", "Lohmar"])
    try await world.app(reports: settings).test(.router) { client in
      var browser = try await Browser.signedIn(client, world, as: .management)
      let all = try await browser.get("/reports/backlog")
      #expect(all.status == .ok && all.text.contains("<select id=\"municipality\" name=\"municipality\"><option value=\"\">alle Kommunen</option>"))
      #expect(all.text.contains("<option value=\"Hennef (Sieg)\">Hennef (Sieg)</option><option value=\"Lohmar\">Lohmar</option><option value=\"Siegburg\">Siegburg</option>"))
      let siegburg = try await browser.get("/reports/backlog?office=EBH&municipality=Siegburg")
      #expect(siegburg.status == .ok && siegburg.text.contains("<option value=\"Siegburg\" selected>") && siegburg.text.contains("Kommune Siegburg"))
      #expect(siegburg.text.contains("href=\"/reports/forecast?office=EBH&amp;municipality=Siegburg\""))
      let csv = try await browser.get("/reports/backlog?office=EBH&municipality=Siegburg&format=csv")
      #expect(csv.text.hasPrefix("\u{FEFF}Kommune: Siegburg\r\n"))
      #expect(csv.headers[.contentDisposition]?.contains("backlog-EBH-Siegburg-") == true)
      let api = try await client.execute(uri: "/api/v1/reports/backlog?municipality=Lohmar", method: .get, headers: world.bearer(.management))
      #expect(api.status == .ok && String(buffer: api.body).contains(#""municipality":"Lohmar""#))
      let whole = try await client.execute(uri: "/api/v1/reports/backlog", method: .get, headers: world.bearer(.management))
      #expect(whole.status == .ok && !String(buffer: whole.body).contains("municipality"))
      let committee = try await browser.get("/reports/committee?municipality=Siegburg")
      #expect(committee.status == .ok && committee.text.contains("Kommune Siegburg"))
      let long = try await browser.get("/reports/backlog?municipality=" + String(repeating: "x", count: 101))
      #expect(long.status == .badRequest && long.text.contains("Kommune: ") && long.text.contains("(angegeben: „xxxx"))
    }
  }

  @Test("the overview offers the same choice: its figures, links and title line follow it")
  func overviewFilter() async throws {
    let world = try await reportWorld()
    let settings = ReportSettings(directory: TestWorld.reportsDirectory, municipalities: ["Hennef (Sieg)", "Lohmar"])
    try await world.app(reports: settings).test(.router) { client in
      var browser = try await Browser.signedIn(client, world, as: .management)
      let all = try await browser.get("/reports?office=EBH")
      #expect(all.status == .ok && all.text.contains("<option value=\"Lohmar\">Lohmar</option><option value=\"Siegburg\">Siegburg</option>"))
      #expect(all.text.contains("<input type=\"hidden\" name=\"office\" value=\"EBH\">") && !all.text.contains("Kommune Siegburg"))
      let siegburg = try await browser.get("/reports?office=EBH&municipality=Siegburg")
      #expect(siegburg.status == .ok && siegburg.text.contains("<option value=\"Siegburg\" selected>"))
      #expect(siegburg.text.contains("<p class=\"period\">EBH, Kommune Siegburg, "))
      #expect(siegburg.text.contains("&amp;office=EBH&amp;municipality=Siegburg\">"))
      #expect(!Self.figures(siegburg.text).isEmpty)
      #expect(Self.figures(siegburg.text) != Self.figures(all.text))
      let long = try await browser.get("/reports?municipality=" + String(repeating: "x", count: 101))
      #expect(long.status == .badRequest)
    }
  }

  /// The overview's key figures (the list under the lead sentence).
  static func figures(_ html: String) -> Substring {
    guard let start = html.range(of: "<ul class=\"figures\">"), let end = html.range(of: "</ul>", range: start.upperBound..<html.endIndex)
    else { return "" }
    return html[start.upperBound..<end.lowerBound]
  }
}
