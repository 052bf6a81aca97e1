import CaseModel
import CaseStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

@Suite("The file page speaks in words and keeps a clerk's input on a conflict")
struct FilePageWordsTests {
  @Test("coded values, outcomes, fixes, routes and documents are shown as words")
  func words() async throws {
    let world = try await TestWorld()
    var stored = try #require(try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "t"))
    stored.file.route = .stag10
    stored.file.german = German(level: .A2, proof: .certificate)
    stored.file.securityCheck = .notRequested
    stored.file.documents = [DocumentRecord(id: "D08", status: .notRequired)]
    try await world.database.saveCaseFile(stored.file, expectedVersion: stored.version, actor: "t")
    try await world.app().test(.router) { client in
      var clerk = Browser(client: client)
      try await clerk.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      let page = try await clerk.get("/files/EBH-2026-00001").text
      for word in ["Zertifikat", "noch nicht angefragt", "§ 10 StAG (Anspruch)", "Lücke", "Case Management kann helfen",
        "D08 – Sprachnachweis", "nicht erforderlich", "<option value=\"certificate\" selected>Zertifikat</option>"]
      {
        #expect(page.contains(word), "\(word)")
      }
      for code in [">certificate<", "not_requested", ">gap<", "case_management<", "StAG-10:"] {
        #expect(!page.contains(code), "\(code)")
      }
      let english = try await clerk.get("/files/EBH-2026-00001?lang=en").text
      #expect(english.contains("not requested yet") && english.contains("Family name"))
    }
  }

  @Test("the second clerk's changes go back into the form on the new version; the first clerk's stay and are named")
  func conflictKeepsInput() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var first = Browser(client: client)
      try await first.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      var second = Browser(client: client)
      try await second.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      let shown = try await second.get("/files/EBH-2026-00001").text
      #expect(shown.contains("name=\"was_follow_up_on\" value=\"\""))
      _ = try await first.get("/files/EBH-2026-00001")
      let saved = try await first.post(
        "/files/EBH-2026-00001/facts", [("version", "1"), ("follow_up_on", "2027-03-01"), ("clerk", "m.schmitz")])
      #expect(saved.status == .seeOther)
      let lost = try await second.post(
        "/files/EBH-2026-00001/facts",
        [("version", "1"), ("german_level", "B1"), ("was_german_level", ""), ("follow_up_on", ""), ("was_follow_up_on", ""),
         ("clerk", "m.schmitz"), ("was_clerk", "m.schmitz")])
      #expect(lost.status == .conflict)
      let page = lost.text
      #expect(page.contains("<li>Deutsch: Niveau: B1</li>") && page.contains("<li>Wiedervorlage: 01.03.2027</li>"))
      #expect(page.contains("<option value=\"B1\" selected>B1</option>"), "the input is back in the form")
      #expect(page.contains("id=\"follow_up_on\" name=\"follow_up_on\" type=\"text\"") && page.contains("value=\"01.03.2027\""))
      #expect(page.contains("name=\"version\" value=\"2\""))
      let file = try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "t")?.file
      #expect(file?.german == nil && file?.followUpOn?.iso == "2027-03-01")
    }
  }

  @Test("a form without its CSRF token gets a page saying so in the user's language, not a role error")
  func csrfPage() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var clerk = Browser(client: client)
      try await clerk.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      _ = try await clerk.get("/files/EBH-2026-00001")
      let r = try await clerk.post("/files/EBH-2026-00001/notes", [("note", "x")], csrf: "wrong")
      #expect(r.status == .forbidden)
      #expect(r.text.contains("kam nicht aus dieser Anwendung") && !r.text.contains("Ihre Rolle"))
    }
  }
}
