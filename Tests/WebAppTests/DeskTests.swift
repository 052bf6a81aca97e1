import BacklogConfig
import CaseModel
import CaseStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

/// The application with an office and a municipality configured, as an installation has them.
func deskApp(_ world: TestWorld) async throws -> some ApplicationProtocol {
  var config = WebConfiguration(loginPolicy: TestWorld.policy, today: { TestWorld.today }, engine: TestWorld.engine)
  config.reports = ReportSettings(directory: TestWorld.reportsDirectory, authority: "Rhein-Sieg-Kreis")
  var office = OfficeSettings(name: "Rhein-Sieg-Kreis – Der Landrat")
  office.unit = "Amt für Einbürgerung"
  office.address = PostalAddress(street: "Kaiser-Wilhelm-Platz 1", postalCode: "53721", city: "Siegburg")
  office.phone = "02241 13-0"
  office.openingHours = "Mo–Fr 8–12 Uhr"
  config.settings.office = office
  var cm = CaseManagementOffice(name: "KIM Siegburg")
  cm.address = PostalAddress(street: "Nogenter Platz 10", postalCode: "53721", city: "Siegburg")
  cm.phone = "02241 102-0"
  cm.openingHours = "Di und Do 9–15 Uhr"
  cm.contact = "Frau Yilmaz"
  config.settings.municipalities = [MunicipalitySettings(name: "Siegburg", caseManagement: cm), MunicipalitySettings(name: "Troisdorf")]
  return try await buildApplication(config, database: world.database)
}

extension Browser {
  static func signedIn(_ client: any TestClientProtocol, _ world: TestWorld, _ role: Role) async throws -> Browser {
    var b = Browser(client: client)
    try await b.login(world.names[role]!, world.passwords[role]!)
    return b
  }
}

@Suite("The postal address on the file page")
struct AddressPageTests {
  @Test("recorded, shown, checked on its fields with the input kept; abroad allowed")
  func address() async throws {
    let world = try await TestWorld()
    try await deskApp(world).test(.router) { client in
      var clerk = try await Browser.signedIn(client, world, .ebhClerk)
      _ = try await clerk.get("/files/EBH-2026-00001")
      let bad = try await clerk.post(
        "/files/EBH-2026-00001/address",
        [("version", "1"), ("address_street", "Ringstraße 5"), ("address_postal_code", "5372"), ("address_city", "Siegburg")])
      #expect(bad.status == .unprocessableContent)
      #expect(bad.text.contains("Eine deutsche Postleitzahl hat 5 Ziffern"))
      #expect(bad.text.contains(#"value="Ringstraße 5""#) && bad.text.contains(#"value="5372""#))
      #expect(try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "t")?.file.person.address == nil)
      let good = try await clerk.post(
        "/files/EBH-2026-00001/address",
        [("version", "1"), ("address_street", "Ringstraße 5"), ("address_postal_code", "53721"), ("address_city", "Siegburg")])
      #expect(good.status == .seeOther)
      let stored = try #require(try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "t"))
      #expect(stored.file.person.address == Address(street: "Ringstraße 5", postalCode: "53721", city: "Siegburg"))
      let page = try await clerk.get("/files/EBH-2026-00001")
      #expect(page.text.contains("Ringstraße 5") && page.text.contains(#"id="h-address""#))
      let abroad = try await clerk.post(
        "/files/EBH-2026-00001/address",
        [("version", "2"), ("address_street", "Ringstraße 5"), ("address_postal_code", "A-1010"), ("address_city", "Wien")])
      #expect(abroad.status == .seeOther)
      let long = try await clerk.post(
        "/files/EBH-2026-00001/address",
        [("version", "3"), ("address_street", String(repeating: "x", count: 201)), ("address_postal_code", "53721"), ("address_city", "Siegburg")])
      #expect(long.status == .unprocessableContent && long.text.contains("Höchstens 200 Zeichen"))
      #expect(try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "t")?.file.person.address?.city == "Wien")
    }
  }

  @Test("German postal codes have five digits; foreign codes carry letters or a country prefix")
  func postalCodes() {
    #expect(AddressForm.checkPostalCode("53721") == nil)
    #expect(AddressForm.checkPostalCode("A-1010") == nil && AddressForm.checkPostalCode("SW1A 1AA") == nil)
    #expect(AddressForm.checkPostalCode("5372") != nil && AddressForm.checkPostalCode("537211") != nil)
    #expect(AddressForm.checkPostalCode("53721;") != nil)
  }
}

@Suite("The letter of missing documents")
struct LetterLayoutTests {
  @Test("DIN 5008 parts from the configuration, plain words, the duty to cooperate; opening it changes nothing")
  func letter() async throws {
    let world = try await TestWorld()
    var stored = try #require(try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "t"))
    stored.file.person.address = Address(street: "Ringstraße 5", postalCode: "53721", city: "Siegburg")
    stored.file.person.sex = .female
    stored.file.documents = [
      DocumentRecord(id: "D16", status: .requested), DocumentRecord(id: "D17", status: .requested), DocumentRecord(id: "D08", status: .requested),
    ]
    try await world.database.saveCaseFile(stored.file, expectedVersion: stored.version, actor: "t")
    try await deskApp(world).test(.router) { client in
      var clerk = try await Browser.signedIn(client, world, .ebhClerk)
      let page = try await clerk.get("/files/EBH-2026-00001/letter")
      #expect(page.status == .ok)
      let html = page.text
      for part in ["din-address", "din-sender", "din-ref", "din-info", "/static/letter.css"] { #expect(html.contains(part)) }
      #expect(html.contains("Rhein-Sieg-Kreis – Der Landrat · Kaiser-Wilhelm-Platz 1 · 53721 Siegburg"))
      #expect(html.contains("<span>Ringstraße 5</span><span>53721 Siegburg</span>"))
      #expect(html.contains("Sehr geehrte Frau Yılmaz,"))
      #expect(html.contains("Ihr Zeichen") && html.contains("Antrag vom 01.10.2026") && html.contains("m.schmitz, 02241 13-0"))
      #expect(html.contains("§ 34 Satz 2 Staatsangehörigkeitsgesetz in Verbindung mit § 82 Absatz 1 Aufenthaltsgesetz"))
      #expect(html.contains("Bitte reichen Sie alles bis zum 22.12.2026 ein."))
      #expect(html.contains("freiheitlichen demokratischen Grundordnung"))
      let body = String(html[html.range(of: "<div class=\"din-body\">")!.lowerBound...])
      let jargon = ["FDGO", "Nr. 1a", "(Abs. 6)", "(§ 12a Abs. 4)", "UNVERIFIED"]
      for word in jargon { #expect(!body.contains(word), "jargon \(word)") }
      #expect(try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "t")?.version == 2, "opening the letter saves nothing")
      #expect(html.contains(#"action="/files/EBH-2026-00001/letter/sent""#))
    }
  }

  @Test("the confirmed POST sets 'documents requested' and the follow-up on the deadline; closed files get no letter")
  func sent() async throws {
    let world = try await TestWorld()
    try await deskApp(world).test(.router) { client in
      var clerk = try await Browser.signedIn(client, world, .ebhClerk)
      _ = try await clerk.get("/files/EBH-2026-00001/letter")
      let unconfirmed = try await clerk.post("/files/EBH-2026-00001/letter/sent", [("version", "1"), ("deadline", "22.12.2026")])
      #expect(unconfirmed.status == .unprocessableContent && unconfirmed.text.contains("Bitte bestätigen Sie"))
      #expect(try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "t")?.file.status == .inReview)
      let done = try await clerk.post(
        "/files/EBH-2026-00001/letter/sent", [("version", "1"), ("deadline", "22.12.2026"), ("confirm", "1")])
      #expect(done.status == .seeOther)
      let file = try #require(try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "t")).file
      #expect(file.status == .documentsRequested && file.followUpOn == Day(iso: "2026-12-22"))
      #expect(file.history?.last?.reason?.contains("Frist 22.12.2026") == true)
      let queue = try await clerk.get("/queue")
      #expect(queue.text.contains("22.12.2026"))
      // once more (a second letter): no second step, a new follow-up
      _ = try await clerk.get("/files/EBH-2026-00001/letter")
      let again = try await clerk.post(
        "/files/EBH-2026-00001/letter/sent", [("version", "2"), ("deadline", "05.01.2027"), ("confirm", "1")])
      #expect(again.status == .seeOther)
      let later = try #require(try await world.database.caseFile(fileNo: "EBH-2026-00001", actor: "t")).file
      #expect(later.followUpOn == Day(iso: "2027-01-05") && later.history?.count == file.history?.count)
      // a closed file: no letter, no link
      #expect(try await clerk.get("/files/EBH-2020-00003/letter").status == .conflict)
      let closedPage = try await clerk.get("/files/EBH-2020-00003")
      #expect(!closedPage.text.contains("/letter"))
      let refused = try await clerk.post("/files/EBH-2020-00003/letter/sent", [("version", "1"), ("deadline", "22.12.2026"), ("confirm", "1")])
      #expect(refused.status == .conflict)
    }
  }
}

@Suite("The handover sheet")
struct HandoverSheetTests {
  @Test("the case-management office from the configuration; only what is open; no heading once resolved")
  func sheet() async throws {
    let world = try await TestWorld()
    try await deskApp(world).test(.router) { client in
      var clerk = try await Browser.signedIn(client, world, .ebhClerk)
      _ = try await clerk.get("/files/EBH-2026-00001")
      _ = try await clerk.post("/files/EBH-2026-00001/consent", [("version", "1"), ("given_on", "20.11.2026"), ("form_version", "DSE")])
      _ = try await clerk.get("/files/EBH-2026-00001")
      let made = try await clerk.post(
        "/files/EBH-2026-00001/referrals", [("rule", "STAG10-LANG"), ("municipality", "Siegburg"), ("send", "1")])
      let uri = (made.headers[.location] ?? "").replacingOccurrences(of: "?saved=1", with: "")
      let sheet = try await clerk.get(uri + "/sheet")
      #expect(sheet.status == .ok)
      for part in ["KIM Siegburg", "Frau Yilmaz", "Nogenter Platz 10", "02241 102-0", "Di und Do 9–15 Uhr", "Was noch fehlt", "Sprachnachweis"] {
        #expect(sheet.text.contains(part), "\(part)")
      }
      var cm = try await Browser.signedIn(client, world, .caseManager)
      _ = try await cm.get(uri)
      _ = try await cm.post(uri + "/events", [("action", "accept"), ("version", "1")])
      _ = try await cm.get(uri)
      let resolved = try await cm.post(
        uri + "/events",
        [("action", "resolve"), ("version", "2"), ("f.german.level", "B1"), ("f.german.proof", "certificate"),
         ("f.german.on", "20.11.2026"), ("doc", "D08"), ("doc.D08.on", "20.11.2026")])
      #expect(resolved.status == .seeOther)
      let after = try await cm.get(uri + "/sheet")
      #expect(!after.text.contains("Was noch fehlt") && !after.text.contains("Bitte bringen Sie mit"))
      #expect(after.text.contains("Zurzeit ist nichts mehr offen"))
    }
  }

  @Test("an identity gap asks for proofs of identity, never a death certificate")
  func identityDocuments() throws {
    for rule in ["AUFG25B-ID", "AUFG25A-104C-ID", "STAG10-IDENTITY", "STAG8-IDENTITY"] {
      let docs = try #require(TestWorld.engine.rules[rule]).documents
      let names = docs.compactMap { TestWorld.engine.documents[$0]?.de }.joined(separator: " ")
      #expect(!names.contains("Sterbeurkunde") && names.contains("Geburtsurkunde"), "\(rule): \(names)")
    }
  }
}
