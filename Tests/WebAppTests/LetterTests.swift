import CaseModel
import CaseStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

@Suite("The letter to the applicant")
struct LetterTests {
  @Test("a clerk prints a letter listing the missing documents in plain German; other roles may not")
  func letter() async throws {
    let world = try await TestWorld()
    var file = try #require(try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "t"))
    file.file.documents = [DocumentRecord(id: "D08", status: .requested)]
    try await world.database.saveCaseFile(file.file, expectedVersion: file.version, actor: "t")
    try await world.app().test(.router) { client in
      var clerk = Browser(client: client)
      try await clerk.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      let page = try await clerk.get("/files/EBH-2026-00001/letter")
      #expect(page.status == .ok)
      #expect(page.text.contains("Es fehlen noch Unterlagen"))
      #expect(page.text.contains("Sprachnachweis (B1-Zertifikat"))
      #expect(page.text.contains("Aktenzeichen EBH-2026-00001"))
      var abh = Browser(client: client)
      try await abh.login(world.names[.abhClerk]!, world.passwords[.abhClerk]!)
      #expect(try await abh.get("/files/EBH-2026-00001/letter").status == .notFound)
      var boss = Browser(client: client)
      try await boss.login(world.names[.management]!, world.passwords[.management]!)
      #expect(try await boss.get("/files/EBH-2026-00001/letter").status == .forbidden)
    }
  }
}
