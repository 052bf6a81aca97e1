import CaseModel
import CaseStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

@Suite("The administrator's list import page")
struct ListImportPageTests {
  static let list = "Az.;Name;Vorname;Antrag vom;Status;Farbe\r\nL-1;Haddad;Rami;15.02.2024;in Prüfung;blau\r\nL-2;Kaya;Emre;01.03.2024;Eingang;rot\r\n"

  func upload(_ browser: inout Browser, _ text: String, office: String = "", csrf: String? = nil) async throws -> TestResponse {
    let boundary = "XyZ123"
    var body = ""
    body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"office\"\r\n\r\n\(office)\r\n"
    body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"liste.csv\"\r\nContent-Type: text/csv\r\n\r\n\(text)\r\n"
    body += "--\(boundary)--\r\n"
    var h = browser.headers
    h[.contentType] = "multipart/form-data; boundary=\(boundary)"
    let r = try await browser.client.execute(
      uri: "/admin/lists?csrf=\(csrf ?? browser.csrf)", method: .post, headers: h, body: ByteBuffer(string: body))
    browser.remember(r)
    return r
  }

  @Test("upload, see the mapping and the office question, correct a column, import: the same import as the command line")
  func flow() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var admin = Browser(client: client)
      try await admin.login(world.names[.admin]!, world.passwords[.admin]!)
      let page = try await admin.get("/admin/lists")
      #expect(page.status == .ok)
      #expect(page.text.contains("enctype=\"multipart/form-data\""))
      let checked = try await upload(&admin, Self.list)
      #expect(checked.status == .ok)
      #expect(checked.text.contains("Aktenzeichen (file_no)"))
      #expect(checked.text.contains("nennt für einige Zeilen keine Behörde"))
      guard let range = checked.text.range(of: "action=\"/admin/lists/") else { Issue.record("no mapping form"); return }
      let id = String(checked.text[range.upperBound...].prefix { $0 != "\"" })
      // Correct column F (index 5) to "not imported", choose the office, check, then import.
      let fields = [("col_0", "file_no"), ("col_1", "person.family_name"), ("col_2", "person.given_names"),
                    ("col_3", "received_on"), ("col_4", "status"), ("col_5", "ignore"), ("office", "EBH")]
      let rechecked = try await admin.post("/admin/lists/\(id)", fields + [("action", "check")])
      #expect(rechecked.text.contains("2 / 0 / 0"))
      #expect(rechecked.text.contains("value=\"import\""))
      let done = try await admin.post("/admin/lists/\(id)", fields + [("action", "import")])
      #expect(done.status == .ok)
      #expect(done.text.contains("Importiert"))
      let file = try await world.database.caseFile(fileNo: "L-1", actor: "t")?.file
      #expect(file?.status == .inReview)
      #expect(file?.office == .EBH)
    }
  }

  @Test("clerks may not upload lists; an upload without the form's token is refused")
  func access() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var clerk = Browser(client: client)
      try await clerk.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      _ = try await clerk.get("/queue")
      #expect(try await clerk.get("/admin/lists").status == .forbidden)
      #expect(try await upload(&clerk, Self.list).status == .forbidden)
      var admin = Browser(client: client)
      try await admin.login(world.names[.admin]!, world.passwords[.admin]!)
      _ = try await admin.get("/admin/lists")
      #expect(try await upload(&admin, Self.list, csrf: "wrong").status == .forbidden)
    }
  }
}
