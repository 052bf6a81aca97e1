import CaseStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

@Suite("Searching on the queue page")
struct QueueSearchTests {
  @Test("a name typed without accents finds the file; a closed file is listed apart and marked closed")
  func search() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var browser = Browser(client: client)
      try await browser.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      let yilmaz = try await browser.get("/queue?q=yilmaz%2C+test")
      #expect(yilmaz.status == .ok && yilmaz.text.contains("EBH-2026-00001") && !yilmaz.text.contains("EBH-2025-00002"))
      let closed = try await browser.get("/queue?q=Closed")
      #expect(closed.text.contains("Abgeschlossene Akten zu dieser Suche"))
      #expect(closed.text.contains("EBH-2020-00003") && closed.text.contains("badge closed"))
      let number = try await browser.get("/queue?q=2025-000")
      #expect(number.text.contains("EBH-2025-00002") && !number.text.contains("ABH-2025-00001"))
      let api = try await client.execute(uri: "/api/v1/files?q=Yilmaz", method: .get, headers: world.bearer(.ebhClerk))
      #expect((api.json["files"] as? [[String: Any]])?.map { $0["file_no"] as? String } == ["EBH-2026-00001"])
    }
  }

  @Test("queue columns are sort links with aria-sort; the ABH queue has route filter, § 104c end and 27th birthday")
  func sorting() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var browser = Browser(client: client)
      try await browser.login(world.names[.abhClerk]!, world.passwords[.abhClerk]!)
      let plain = try await browser.get("/queue")
      #expect(plain.text.contains("href=\"/queue?sort=permit_104c_end\"") && !plain.text.contains("aria-sort"))
      #expect(plain.text.contains("name=\"route\"") && plain.text.contains("27. Geburtstag"))
      let sorted = try await browser.get("/queue?sort=received_on")
      #expect(sorted.status == .ok && sorted.text.contains("aria-sort=\"ascending\""))
      #expect(sorted.text.contains("href=\"/queue?sort=received_on&amp;dir=desc\""))
      let down = try await browser.get("/queue?sort=received_on&dir=desc")
      #expect(down.text.contains("aria-sort=\"descending\""))
      let bad = try await browser.get("/queue?sort=shoe_size")
      #expect(bad.status == .badRequest)
      let route = try await browser.get("/queue?route=104c")
      #expect(route.status == .ok && !route.text.contains("ABH-2025-00001"))
    }
  }
}
