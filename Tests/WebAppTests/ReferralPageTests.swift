import Foundation
import CaseModel
import CaseStore
import Casework
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

/// The whole loop in the pages: the clerk records consent and refers the language gap of
/// EBH-2026-00001 (Siegburg), the Siegburg case manager accepts and resolves it with a B1
/// certificate, the clerk finds the file back with the rule met.
@Suite("Referral pages")
struct ReferralPageTests {
  func signedIn(_ client: any TestClientProtocol, _ world: TestWorld, _ role: Role) async throws -> Browser {
    var browser = Browser(client: client)
    try await browser.login(world.names[role]!, world.passwords[role]!)
    return browser
  }

  func location(_ r: TestResponse) -> String { r.headers[.location] ?? "" }

  @Test("clerk records consent and refers; case manager accepts and resolves; the clerk sees the file back with the rule met")
  func wholeLoop() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var clerk = try await signedIn(client, world, .ebhClerk)
      let page = try await clerk.get("/files/EBH-2026-00001")
      #expect(page.text.contains("Keine gültige Einwilligung"))
      #expect(page.text.contains("value=\"STAG10-LANG\""))
      let consent = try await clerk.post("/files/EBH-2026-00001/consent", [("version", "1"), ("given_on", "20.11.2026"), ("form_version", "DSE-KIM 2024")])
      #expect(consent.status == .seeOther)
      let withConsent = try await clerk.get("/files/EBH-2026-00001")
      #expect(withConsent.text.contains("liegt vor seit 20.11.2026") && withConsent.text.contains("DSE-KIM 2024"))
      let made = try await clerk.post(
        "/files/EBH-2026-00001/referrals",
        [("rule", "STAG10-LANG"), ("municipality", "Siegburg"), ("due_on", "2027-01-31"), ("note", "Bitte <b>B1</b>-Kurs"), ("send", "1")])
      #expect(made.status == .seeOther)
      let referralURI = location(made).replacingOccurrences(of: "?saved=1", with: "")
      #expect(referralURI.hasPrefix("/referrals/"))

      var cm = try await signedIn(client, world, .caseManager)
      let home = try await cm.get("/")
      #expect(location(home) == "/referrals")
      let inbox = try await cm.get("/referrals")
      #expect(inbox.text.contains("Yılmaz") && inbox.text.contains("Deutschkenntnisse auf Niveau B1"))
      #expect(!inbox.text.contains("EBH-2026-00001"))
      let shown = try await cm.get(referralURI)
      #expect(shown.text.contains("Bitte &lt;b&gt;B1&lt;/b&gt;-Kurs"))
      #expect(!shown.text.contains("EBH-2026-00001") && !shown.text.contains("2026-10-01"))
      let accepted = try await cm.post(referralURI + "/events", [("action", "accept"), ("version", "1")])
      #expect(accepted.status == .seeOther)
      _ = try await cm.get(referralURI)
      let resolved = try await cm.post(
        referralURI + "/events",
        [("action", "resolve"), ("version", "2"), ("f.german.level", "B1"), ("f.german.proof", "certificate"),
         ("f.german.on", "20.11.2026"), ("doc", "D08"), ("doc.D08.on", "20.11.2026"), ("note", "Zertifikat der VHS")])
      #expect(resolved.status == .seeOther)
      let done = try await cm.get(referralURI)
      #expect(done.text.contains("erledigt") && done.text.contains("erfüllt am 24.11.2026"))

      let queue = try await clerk.get("/queue")
      #expect(queue.text.contains("zurück vom CM"))
      let file = try await clerk.get("/files/EBH-2026-00001")
      #expect(file.text.contains("Zur Kenntnis genommen"))
      #expect(file.text.contains(#"<td>STAG10-LANG</td><td><span class="outcome met">"#) || file.text.contains("STAG10-LANG"))
      let stored = try #require(try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "test"))
      #expect(stored.file.german?.level == .B1)
      #expect(stored.file.documents?.first { $0.id == "D08" }?.status == .provided)
      let seen = try await clerk.post(referralURI + "/events", [("action", "seen"), ("version", "3"), ("back", "file")])
      #expect(location(seen).hasPrefix("/files/EBH-2026-00001"))
      let after = try await clerk.get("/queue")
      #expect(!after.text.contains("zurück vom CM"))
    }
  }

  @Test("without consent the clerk can only propose; sending is refused with a clear message")
  func noConsent() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var clerk = try await signedIn(client, world, .ebhClerk)
      _ = try await clerk.get("/files/EBH-2026-00001")
      let refused = try await clerk.post("/files/EBH-2026-00001/referrals", [("rule", "STAG10-LANG"), ("municipality", "Siegburg"), ("send", "1")])
      #expect(refused.status == .conflict)
      #expect(refused.text.contains("consent"))
      let proposed = try await clerk.post("/files/EBH-2026-00001/referrals", [("rule", "STAG10-LANG"), ("municipality", "Siegburg"), ("send", "0")])
      #expect(proposed.status == .seeOther)
      var cm = try await signedIn(client, world, .caseManager)
      let inbox = try await cm.get("/referrals")
      #expect(inbox.text.contains("Ihr Posteingang ist leer"))
    }
  }

  @Test("management and admin may not see referral pages; another municipality gets 404; no CSRF token, no step")
  func access() async throws {
    let world = try await TestWorld()
    let id = try await Casework(store: world.database, engine: TestWorld.engine, today: { TestWorld.today }).refer(
      .init(fileNo: "EBH-2026-00001", rules: ["STAG10-LANG"], send: false), by: .clerk("t", office: .EBH))
    try await world.app().test(.router) { client in
      for role in [Role.management, .admin] {
        var b = try await signedIn(client, world, role)
        #expect(try await b.get("/referrals").status == .forbidden)
        #expect(try await b.get("/referrals/\(id)").status == .forbidden)
      }
      var cm = try await signedIn(client, world, .caseManager)
      #expect(try await cm.get("/referrals/\(id)").status == .notFound)  // a proposal is the office's own
      #expect(try await cm.get("/referrals/\(id)/sheet").status == .notFound)
      var abh = try await signedIn(client, world, .abhClerk)
      #expect(try await abh.get("/referrals/\(id)").status == .notFound)
      var clerk = try await signedIn(client, world, .ebhClerk)
      _ = try await clerk.get("/referrals/\(id)")
      let forged = try await clerk.post("/referrals/\(id)/events", [("action", "withdraw")], csrf: "wrong")
      #expect(forged.status == .forbidden)
      let sheet = try await clerk.get("/referrals/\(id)/sheet")
      #expect(sheet.status == .ok && sheet.text.contains("Sprachnachweis"))
    }
  }

  /// The confirmation page's POST fields, as a browser would send them.
  static func confirmFields(_ page: String) -> [(String, String)] {
    guard let form = page.range(of: #"<form method="post" action="/queue/referrals""#).map({ String(page[$0.lowerBound...]) }) else { return [] }
    let body = form.components(separatedBy: "</form>")[0]
    let regex = try! NSRegularExpression(pattern: #"<input type="hidden" name="([^"]+)" value="([^"]*)">"#)
    return regex.matches(in: body, range: NSRange(body.startIndex..., in: body)).compactMap { m in
      guard let n = Range(m.range(at: 1), in: body), let v = Range(m.range(at: 2), in: body), body[n] != "csrf" else { return nil }
      return (String(body[n]), String(body[v]).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&"))
    }
  }

  @Test("the queue refers the same gap of several files only after a confirmation with the count and the list; results are itemised")
  func bulkReferral() async throws {
    let world = try await TestWorld()
    try await APIReferralTests.giveConsent(world)
    try await world.app().test(.router) { client in
      var clerk = try await signedIn(client, world, .ebhClerk)
      _ = try await clerk.get("/queue")
      let confirm = try await clerk.post(
        "/queue/referrals",
        [("file_no", "EBH-2026-00001"), ("file_no", "EBH-2025-00002"), ("file_no", "EBH-2020-00003"), ("rule", "STAG10-LANG"), ("due_on", "31.01.2027")])
      #expect(confirm.status == .ok)
      let page = confirm.text
      #expect(page.contains("Vermittlung an das Case Management bestätigen") && page.contains("<strong>3</strong> Akten"))
      #expect(page.contains("Noch ist nichts gesendet") && page.contains("1 gesendet, 1 vorgeschlagen (ohne Einwilligung), 1 übersprungen"))
      #expect(page.contains("Yılmaz") && page.contains("wird gesendet") && page.contains("wird nur vorgeschlagen"))
      #expect(page.contains("wird übersprungen: die Akte ist abgeschlossen"))
      #expect(page.contains("2 Vermittlungen jetzt anlegen"))
      #expect(try await world.database.filesWithOpenReferral(["EBH-2026-00001", "EBH-2025-00002"]).isEmpty, "nothing sent yet")
      let fields = Self.confirmFields(page)
      #expect(fields.filter { $0.0 == "file_no" }.map(\.1) == ["EBH-2020-00003", "EBH-2025-00002", "EBH-2026-00001"])
      let noToken = try await clerk.post("/queue/referrals", fields, csrf: "wrong")
      #expect(noToken.status == .forbidden)
      let done = try await clerk.post("/queue/referrals", fields)
      #expect(done.status == .ok)
      #expect(done.text.contains("1 gesendet, 1 vorgeschlagen (ohne Einwilligung), 1 übersprungen"))
      #expect(done.text.contains("übersprungen: die Akte ist abgeschlossen"), "the skipped file is named with the reason")
      #expect(done.text.contains("vorgeschlagen: keine gültige Einwilligung"))
      let list = try await clerk.get("/referrals")
      #expect(list.text.contains("EBH-2026-00001") && list.text.contains("EBH-2025-00002"))
      // the same again: each file skipped, with the reason
      let again = try await clerk.post("/queue/referrals", fields)
      #expect(again.text.contains("0 gesendet, 0 vorgeschlagen (ohne Einwilligung), 3 übersprungen"))
      #expect(again.text.contains("übersprungen: „Deutschkenntnisse"), "\(again.text)")
    }
  }

  @Test("all matching the queue's filters: the confirmation lists exactly those files")
  func bulkReferralAllMatching() async throws {
    let world = try await TestWorld()
    try await APIReferralTests.giveConsent(world)
    try await world.app().test(.router) { client in
      var clerk = try await signedIn(client, world, .ebhClerk)
      _ = try await clerk.get("/queue")
      let confirm = try await clerk.post(
        "/queue/referrals", [("all_matching", "1"), ("back", "/queue?stage=in_review"), ("rule", "STAG10-LANG")])
      #expect(confirm.text.contains("<strong>1</strong> Akten"))  // only EBH-2026-00001 is in review
      let fields = Self.confirmFields(confirm.text)
      #expect(fields.filter { $0.0 == "file_no" }.map(\.1) == ["EBH-2026-00001"])
      #expect(fields.contains { $0.0 == "back" && $0.1 == "/queue?stage=in_review" }, "\(fields)")
      let done = try await clerk.post("/queue/referrals", fields)
      #expect(done.text.contains("1 gesendet, 0 vorgeschlagen"))
    }
  }
}
