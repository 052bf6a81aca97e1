import CaseStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

@Suite("User administration in the browser")
struct UserAdminTests {
  @Test("create with the one-time password shown once; role and municipalities from the configured list; all audited")
  func createAndChange() async throws {
    let world = try await TestWorld()
    try await deskApp(world).test(.router) { client in
      var admin = try await Browser.signedIn(client, world, .admin)
      let list = try await admin.get("/admin/users")
      #expect(list.text.contains(#"name="municipality" value="Troisdorf""#))
      let created = try await admin.post("/admin/users", [("name", "a.neu"), ("role", "case-manager"), ("municipality", "Troisdorf")])
      #expect(created.status == .ok && created.text.contains("a.neu"))
      let password = try #require(created.text.firstMatch(of: /<code>([^<]+)<\/code>/)?.1).description
      let again = try await admin.get("/admin/users")
      #expect(!again.text.contains(password), "the password is shown once")
      let account = try #require(try await world.database.accounts().first { $0.name == "a.neu" })
      #expect(account.role == .caseManager && account.municipalities == ["Troisdorf"] && account.mustChangePassword)
      var newcomer = Browser(client: client)
      #expect(try await newcomer.login("a.neu", password).status == .seeOther)

      let unknown = try await admin.post("/admin/users", [("name", "b.neu"), ("role", "case-manager"), ("municipality", "Atlantis")])
      #expect(unknown.status == .unprocessableContent && unknown.text.contains("Atlantis") && unknown.text.contains(#"value="b.neu""#))
      _ = try await admin.get("/admin/users")
      let taken = try await admin.post("/admin/users", [("name", "a.neu"), ("role", "ebh-clerk")])
      #expect(taken.status == .unprocessableContent && taken.text.contains("gibt es schon"))
      _ = try await admin.get("/admin/users")
      let noPlace = try await admin.post("/admin/users/a.neu/role", [("role", "case-manager")])
      #expect(noPlace.status == .unprocessableContent)
      _ = try await admin.get("/admin/users")
      let changed = try await admin.post("/admin/users/a.neu/role", [("role", "abh-clerk")])
      #expect(changed.status == .ok && changed.text.contains("a.neu: neue Rolle"))
      let now = try #require(try await world.database.accounts().first { $0.name == "a.neu" })
      #expect(now.role == .abhClerk && now.municipalities.isEmpty)
      _ = try await admin.get("/admin/users")
      #expect(try await admin.post("/admin/users/u-admin/role", [("role", "management")]).status == .unprocessableContent)

      let audit = try await world.database.auditEntries(limit: 50)
      #expect(audit.contains { $0.action == "user-create" && $0.actor == "u-admin" && $0.detail?.contains("a.neu") == true })
      #expect(audit.contains { $0.action == "user-role" && $0.actor == "u-admin" && $0.detail?.contains("case-manager → abh-clerk") == true })

      var clerk = try await Browser.signedIn(client, world, .ebhClerk)
      _ = try await clerk.get("/queue")
      #expect(try await clerk.post("/admin/users", [("name", "x.y"), ("role", "admin")]).status == .forbidden)
      #expect(try await admin.post("/admin/users", [("name", "x.y"), ("role", "admin")], csrf: "forged").status == .forbidden)
    }
  }
}
