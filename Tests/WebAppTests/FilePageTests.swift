import CaseStore
import Casework
import GRDB
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

@Suite("The file page and the queue page")
struct FilePageTests {
  @Test("the file page screens the file live: every rule with outcome, citation and reason")
  func screeningShown() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var browser = Browser(client: client)
      try await browser.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      let page = try await browser.get("/files/EBH-2026-00001")
      #expect(page.text.contains("STAG10-RESIDENCE") && page.text.contains("§ 10"))
      #expect(page.text.contains("STAG10-LANG"))
    }
  }

  @Test("without checklists the file page shows the stored summary")
  func storedSummaryWithoutEngine() async throws {
    let world = try await TestWorld()
    try await Casework(store: world.database, engine: TestWorld.engine, today: { TestWorld.today }).rescreen(fileNo: "EBH-2026-00001")
    try await world.app(engine: nil).test(.router) { client in
      var browser = Browser(client: client)
      try await browser.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      let page = try await browser.get("/files/EBH-2026-00001")
      #expect(page.text.contains("STAG10-RESIDENCE"))
    }
  }

  @Test("the queue marks files past three months (§ 75 VwGO) and labels unscreened files")
  func queueMarkers() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var browser = Browser(client: client)
      try await browser.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      let page = try await browser.get("/queue")
      #expect(page.text.contains("Noch nicht geprüft"))
      let rows = page.text.components(separatedBy: "<tr class=\"not_screened\">").dropFirst()
      let old = rows.first { $0.contains("EBH-2025-00002") } ?? ""
      let recent = rows.first { $0.contains("EBH-2026-00001") } ?? ""
      #expect(old.contains("§ 75 VwGO") && !recent.contains("§ 75 VwGO"))
      let none = try await browser.get("/queue?q=nobody")
      #expect(none.text.contains("Keine offenen Akten passen zu diesen Filtern"))
    }
  }

  @Test("the file page in English")
  func english() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var browser = Browser(client: client)
      try await browser.login(world.names[.abhClerk]!, world.passwords[.abhClerk]!)
      let page = try await browser.get("/files/ABH-2025-00001?lang=en")
      #expect(page.text.contains("Record facts") && page.text.contains("not recorded") && page.text.contains("<html lang=\"en\">"))
    }
  }
}

@Suite("Screening on every save")
struct ScreeningOnSaveTests {
  func verdict(_ world: TestWorld) async throws -> String? {
    try await world.database.storedScreenings(fileNo: "EBH-2026-00001").first?.verdict
  }

  @Test("a form save, a bulk assignment and an API update store the screening of the new facts in the same transaction")
  func everySaveIsScreened() async throws {
    let world = try await TestWorld()
    #expect(try await verdict(world) == nil)  // imported without screening
    try await world.app().test(.router) { client in
      var browser = Browser(client: client)
      try await browser.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      _ = try await browser.get("/files/EBH-2026-00001")
      _ = try await browser.post("/files/EBH-2026-00001/facts", [("version", "1"), ("clerk", "x")])
      #expect(try await verdict(world) == "incomplete")
      _ = try await browser.get("/queue")
      _ = try await browser.post("/queue/assign", [("file_no", "EBH-2026-00001"), ("clerk", "y")])
      #expect(try await verdict(world) == "incomplete", "assigning a clerk keeps the file screened")
      var headers = world.bearer(.ebhClerk)
      headers[.ifMatch] = "3"
      let put = try await client.execute(
        uri: "/api/v1/files/EBH-2026-00001", method: .put, headers: headers, body: APIWriteTests.body("EBH-2026-00001", status: "in_review", since: "2026-10-01"))
      #expect(put.status == .ok)
      #expect(try await world.database.storedScreenings(fileNo: "EBH-2026-00001").first?.asOf == TestWorld.today.iso)
    }
  }
}
