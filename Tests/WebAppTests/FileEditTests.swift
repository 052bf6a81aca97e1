import CaseStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

@Suite("Editing a file in the browser")
struct FileEditTests {
  func signedIn(_ client: any TestClientProtocol, _ world: TestWorld) async throws -> Browser {
    var browser = Browser(client: client)
    try await browser.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
    return browser
  }

  @Test("recorded facts are saved and shown; the version counts up")
  func recordFacts() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var browser = try await signedIn(client, world)
      _ = try await browser.get("/files/EBH-2026-00001")
      let saved = try await browser.post(
        "/files/EBH-2026-00001/facts",
        [("version", "1"), ("german_level", "B1"), ("german_proof", "certificate"), ("german_on", "02.06.2025"), ("clerk", "k.yilmaz")])
      #expect(saved.status == .seeOther)
      let page = try await browser.get("/files/EBH-2026-00001?saved=1")
      #expect(page.text.contains("Gespeichert") && page.text.contains("Version 2") && page.text.contains("02.06.2025"))
      let stored = try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "test")
      #expect(stored?.file.german?.level == .B1 && stored?.file.clerk == "k.yilmaz")
    }
  }

  @Test("the second of two clerks editing the same version gets a conflict, not an overwrite")
  func conflict() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var first = try await signedIn(client, world)
      var second = try await signedIn(client, world)
      _ = try await first.get("/files/EBH-2026-00001")
      _ = try await second.get("/files/EBH-2026-00001")
      let one = try await first.post("/files/EBH-2026-00001/facts", [("version", "1"), ("clerk", "first")])
      #expect(one.status == .seeOther)
      let two = try await second.post("/files/EBH-2026-00001/facts", [("version", "1"), ("clerk", "second")])
      #expect(two.status == .conflict)
      #expect(two.text.contains("inzwischen von jemand anderem geändert"))
      #expect(two.text.contains("Ihre nicht gespeicherten Eingaben") && two.text.contains("Sachbearbeitung: second"))
      #expect(try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "test")?.file.clerk == "first")
    }
  }

  @Test("a bad date is shown next to its field and nothing is saved")
  func invalidDate() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var browser = try await signedIn(client, world)
      _ = try await browser.get("/files/EBH-2026-00001")
      let r = try await browser.post("/files/EBH-2026-00001/facts", [("version", "1"), ("german_on", "31.02.2025")])
      #expect(r.status == .unprocessableContent)
      #expect(r.text.contains("field-error") && r.text.contains("31.02.2025"))
      #expect(try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "test")?.version == 1)
    }
  }

  @Test("only allowed stage changes are offered and accepted; each is written to the history")
  func statusTransitions() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var browser = try await signedIn(client, world)
      let page = try await browser.get("/files/EBH-2026-00001")
      #expect(page.text.contains("value=\"decision_pending\"") && !page.text.contains("value=\"granted\""))
      let refused = try await browser.post("/files/EBH-2026-00001/status", [("version", "1"), ("status", "granted")])
      #expect(refused.status == .unprocessableContent)
      let moved = try await browser.post("/files/EBH-2026-00001/status", [("version", "1"), ("status", "decision_pending")])
      #expect(moved.status == .seeOther)
      let file = try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "test")?.file
      #expect(file?.status == .decisionPending && file?.history?.last?.by == "u-ebh-clerk")
    }
  }

  @Test("files can be assigned in bulk, only within the clerk's office")
  func bulkAssign() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var browser = try await signedIn(client, world)
      _ = try await browser.get("/queue")
      let r = try await browser.post(
        "/queue/assign",
        [("file_no", "EBH-2026-00001"), ("file_no", "EBH-2025-00002"), ("file_no", "ABH-2025-00001"), ("clerk", "l.fischer"), ("back", "/queue")])
      #expect(r.headers[.location] == "/queue?assigned=2")
      #expect(try await world.database.caseFile(fileNo: "ABH-2025-00001", actor: "test")?.file.clerk == "b.krause")
      let queue = try await browser.get("/queue?clerk=l.fischer")
      #expect(queue.text.contains("EBH-2025-00002") && queue.text.contains("EBH-2026-00001"))
    }
  }
}

@Suite("Documents and notes on the file page")
struct DocumentAndNoteTests {
  @Test("a document is added, then its state replaced; a bad date stays next to its field")
  func documents() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var browser = Browser(client: client)
      try await browser.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      _ = try await browser.get("/files/EBH-2026-00001")
      let added = try await browser.post(
        "/files/EBH-2026-00001/documents", [("version", "1"), ("doc_id", "D03"), ("doc_status", "requested")])
      #expect(added.status == .seeOther)
      _ = try await browser.get("/files/EBH-2026-00001")
      let replaced = try await browser.post(
        "/files/EBH-2026-00001/documents",
        [("version", "2"), ("doc_id", "D03"), ("doc_status", "provided"), ("doc_on", "2026-11-20"), ("doc_valid_until", "2031-11-19")])
      #expect(replaced.status == .seeOther)
      let docs = try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "test")?.file.documents
      #expect(docs?.count == 1 && docs?.first?.status == .provided && docs?.first?.validUntil?.iso == "2031-11-19")
      let bad = try await browser.post(
        "/files/EBH-2026-00001/documents", [("version", "3"), ("doc_id", "D04"), ("doc_status", "provided"), ("doc_on", "soon")])
      #expect(bad.status == .unprocessableContent && bad.text.contains("kein gültiges Datum: „soon“"))
    }
  }

  @Test("notes are kept with author and time, escaped, and audited")
  func notes() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var browser = Browser(client: client)
      try await browser.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      _ = try await browser.get("/files/EBH-2026-00001")
      let r = try await browser.post("/files/EBH-2026-00001/notes", [("note", "Rückruf <b>Montag</b>")])
      #expect(r.status == .seeOther)
      let page = try await browser.get("/files/EBH-2026-00001")
      #expect(page.text.contains("Rückruf &lt;b&gt;Montag&lt;/b&gt;") && page.text.contains("u-ebh-clerk"))
      let audit = try await world.database.auditEntries(fileNo: "EBH-2026-00001")
      #expect(audit.contains { $0.action == "note" })
      var other = Browser(client: client)
      try await other.login(world.names[.abhClerk]!, world.passwords[.abhClerk]!)
      _ = try await other.get("/queue")
      let foreign = try await other.post("/files/EBH-2026-00001/notes", [("note", "x")])
      #expect(foreign.status == .notFound)
    }
  }

  @Test("dates: an impossible date never clears the stored one, blank keeps it, only 'Datum entfernen' removes it")
  func datesAreNeverLost() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var browser = Browser(client: client)
      try await browser.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      _ = try await browser.get("/files/EBH-2026-00001")
      let set = try await browser.post(
        "/files/EBH-2026-00001/facts", [("version", "1"), ("german_level", "B1"), ("german_on", "02.06.2025"), ("follow_up_on", "1.3.2027")])
      #expect(set.status == .seeOther)
      func stored() async throws -> (german: String?, followUp: String?, version: Int?) {
        let f = try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "test")
        return (f?.file.german?.on?.iso, f?.file.followUpOn?.iso, f?.version)
      }
      #expect(try await stored() == ("2025-06-02", "2027-03-01", 2))
      // An impossible date is an error on its field; the whole input comes back; nothing is stored.
      let bad = try await browser.post(
        "/files/EBH-2026-00001/facts", [("version", "2"), ("german_level", "B2"), ("german_on", "31.02.2024"), ("clerk", "neu")])
      #expect(bad.status == .unprocessableContent)
      #expect(bad.text.contains("value=\"31.02.2024\"") && bad.text.contains("aria-invalid=\"true\""))
      #expect(bad.text.contains("<option value=\"B2\" selected>") && bad.text.contains("value=\"neu\""))
      #expect(bad.text.contains("value=\"01.03.2027\""), "a date left blank shows the stored date it keeps")
      #expect(try await stored() == ("2025-06-02", "2027-03-01", 2))
      // Blank keeps; the box removes.
      let blank = try await browser.post("/files/EBH-2026-00001/facts", [("version", "2"), ("german_level", "B1"), ("german_on", ""), ("follow_up_on", "")])
      #expect(blank.status == .seeOther)
      #expect(try await stored() == ("2025-06-02", "2027-03-01", 2), "nothing changed, so no new version")
      let page = try await browser.get("/files/EBH-2026-00001")
      #expect(page.text.contains("name=\"clear_follow_up_on\"") && page.text.contains("Datum entfernen"))
      let cleared = try await browser.post(
        "/files/EBH-2026-00001/facts", [("version", "2"), ("german_level", "B1"), ("follow_up_on", "01.03.2027"), ("clear_follow_up_on", "1")])
      #expect(cleared.status == .seeOther)
      #expect(try await stored() == ("2025-06-02", nil, 3))
    }
  }

  @Test("a note over the limit is refused and comes back whole, never cut; the limit is shown")
  func longNote() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var browser = Browser(client: client)
      try await browser.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      let page = try await browser.get("/files/EBH-2026-00001")
      #expect(page.text.contains("maxlength=\"4000\"") && page.text.contains("höchstens 4000 Zeichen"))
      let long = String(repeating: "x", count: 4001)
      let r = try await browser.post("/files/EBH-2026-00001/notes", [("note", long)])
      #expect(r.status == .unprocessableContent && r.text.contains(long))
      #expect(try await world.database.auditEntries(fileNo: "EBH-2026-00001").contains { $0.action == "note" } == false)
    }
  }
}
