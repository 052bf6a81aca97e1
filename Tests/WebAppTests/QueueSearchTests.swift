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
}
