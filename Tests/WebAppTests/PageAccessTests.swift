import CaseStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

@Suite("Pages by role")
struct PageAccessTests {
  @Test("without a session every page leads to the login page")
  func anonymousRedirects() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      for uri in ["/", "/queue", "/files/EBH-2026-00001", "/admin/audit", "/admin/users"] {
        let r = try await client.execute(uri: uri, method: .get)
        #expect(r.status == .seeOther, "\(uri)")
        #expect(r.headers[.location] == "/login")
      }
    }
  }

  @Test("each role lands on its page and is refused the others", arguments: Role.allCases)
  func roleMatrix(role: Role) async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var browser = Browser(client: client)
      let login = try await browser.login(world.names[role]!, world.passwords[role]!)
      #expect(login.status == .seeOther)
      let home = try await browser.get("/")
      let queue = try await browser.get("/queue")
      let ebhFile = try await browser.get("/files/EBH-2026-00001")
      let abhFile = try await browser.get("/files/ABH-2025-00001")
      let audit = try await browser.get("/admin/audit")
      let users = try await browser.get("/admin/users")
      #expect(users.status == (role == .admin ? .ok : .forbidden))
      switch role {
      case .ebhClerk:
        #expect(home.headers[.location] == "/queue")
        #expect(queue.status == .ok && queue.text.contains("EBH-2026-00001") && !queue.text.contains("ABH-2025-00001"))
        #expect(ebhFile.status == .ok && abhFile.status == .notFound && audit.status == .forbidden)
      case .abhClerk:
        #expect(queue.status == .ok && queue.text.contains("ABH-2025-00001") && !queue.text.contains("EBH-2026-00001"))
        #expect(ebhFile.status == .notFound && abhFile.status == .ok && audit.status == .forbidden)
      case .admin:
        #expect(home.headers[.location] == "/admin/audit")
        #expect(queue.status == .forbidden && ebhFile.status == .forbidden && abhFile.status == .forbidden)
        #expect(audit.status == .ok && audit.text.contains("login"))
      case .management, .caseManager:
        #expect(role == .caseManager ? home.headers[.location] == "/referrals" : home.status == .ok)
        #expect(queue.status == .forbidden && ebhFile.status == .forbidden && abhFile.status == .forbidden)
        #expect(audit.status == .forbidden)
        #expect(!queue.text.contains("Yılmaz"))
      }
    }
  }

  @Test("pages carry the security headers and never set a readable session cookie")
  func securityHeaders() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      let page = try await client.execute(uri: "/login", method: .get)
      #expect(page.headers[HTTPFields.Element.Name("Content-Security-Policy")!]?.contains("frame-ancestors 'none'") == true)
      #expect(page.headers[HTTPFields.Element.Name("X-Content-Type-Options")!] == "nosniff")
      var browser = Browser(client: client)
      let login = try await browser.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      let cookie = login.headers[values: .setCookie].first { $0.hasPrefix("backlog_session=") } ?? ""
      #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Secure"))
    }
  }

  @Test("a wrong password is refused; five in a row lock the name from here even for the right one, which alone learns it")
  func lockout() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var browser = Browser(client: client)
      for _ in 1...6 {
        // unknown, wrong and locked answer alike: 401 with the same words
        let r = try await browser.login(world.names[.ebhClerk]!, "wrong")
        #expect(r.status == .unauthorized)
        #expect(r.text.contains(Strings.table(.de)["login_failed"]!))
      }
      let unknown = try await browser.login("no-such-user", "wrong")
      #expect(unknown.status == .unauthorized)
      let right = try await browser.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      #expect(right.status == .tooManyRequests)
      #expect(right.cookie("backlog_session") == nil)
    }
  }

  @Test("a form without the CSRF token is refused; logout ends the session")
  func csrfAndLogout() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var browser = Browser(client: client)
      try await browser.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      _ = try await browser.get("/files/EBH-2026-00001")
      let forged = try await browser.post("/files/EBH-2026-00001/facts", [("version", "1"), ("clerk", "x")], csrf: "forged")
      #expect(forged.status == .forbidden)
      let loginForged = try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: "name=a&password=b"))
      #expect(loginForged.status == .forbidden)
      let out = try await browser.post("/logout", [])
      #expect(out.headers[.location] == "/login")
      let after = try await browser.get("/queue")
      #expect(after.status == .seeOther)
    }
  }

  @Test("?lang=en switches the interface to English and remembers it")
  func englishSwitch() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var browser = Browser(client: client)
      let de = try await browser.get("/login")
      #expect(de.text.contains("Anmeldung"))
      let en = try await browser.get("/login?lang=en")
      #expect(en.text.contains("Sign in"))
      let again = try await browser.get("/login")
      #expect(again.text.contains("Sign in"))
    }
  }

  @Test("a new user must replace the one-time password before seeing any page")
  func oneTimePassword() async throws {
    let world = try await TestWorld()
    let fresh = try await world.database.createUser(name: "neu", role: .ebhClerk, policy: TestWorld.policy)
    try await world.app().test(.router) { client in
      var browser = Browser(client: client)
      let login = try await browser.login("neu", fresh.password)
      #expect(login.headers[.location] == "/account/password")
      let queue = try await browser.get("/queue")
      #expect(queue.headers[.location] == "/account/password")
      _ = try await browser.get("/account/password")
      let short = try await browser.post("/account/password", [("current", fresh.password), ("new", "short"), ("repeat", "short")])
      #expect(short.status == .unprocessableContent)
      let ok = try await browser.post(
        "/account/password", [("current", fresh.password), ("new", "a-long-new-secret"), ("repeat", "a-long-new-secret")])
      #expect(ok.status == .seeOther)
      let now = try await browser.get("/queue")
      #expect(now.status == .ok)
    }
  }

  @Test("the admin revokes a user's API tokens in the browser; other roles cannot")
  func adminRevokes() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var clerk = Browser(client: client)
      try await clerk.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      _ = try await clerk.get("/queue")
      let refused = try await clerk.post("/admin/users/u-ebh-clerk/revoke-tokens", [])
      #expect(refused.status == .forbidden)
      var admin = Browser(client: client)
      try await admin.login(world.names[.admin]!, world.passwords[.admin]!)
      _ = try await admin.get("/admin/users")
      let done = try await admin.post("/admin/users/u-ebh-clerk/revoke-tokens", [])
      #expect(done.status == .ok && done.text.contains("u-ebh-clerk: 1"))
      let api = try await client.execute(uri: "/api/v1/files", method: .get, headers: world.bearer(.ebhClerk))
      #expect(api.status == .unauthorized)
    }
  }

  @Test("the admin takes a stolen account back in the browser: ends its sessions, locks and unlocks it")
  func adminTakesBack() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var thief = Browser(client: client)
      try await thief.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      #expect(try await thief.get("/queue").status == .ok)
      var admin = Browser(client: client)
      try await admin.login(world.names[.admin]!, world.passwords[.admin]!)
      _ = try await admin.get("/admin/users")
      let ended = try await admin.post("/admin/users/u-ebh-clerk/end-sessions", [])
      #expect(ended.status == .ok && ended.text.contains("u-ebh-clerk: 1"))
      #expect(try await thief.get("/queue").status == .seeOther)
      try await thief.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      _ = try await admin.get("/admin/users")
      let unconfirmed = try await admin.post("/admin/users/u-ebh-clerk/lock", [])
      #expect(unconfirmed.status == .unprocessableContent)
      _ = try await admin.get("/admin/users")
      let locked = try await admin.post("/admin/users/u-ebh-clerk/lock", [("confirm", "1")])
      #expect(locked.status == .ok)
      #expect(try await thief.get("/queue").status == .seeOther)
      let again = try await thief.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      #expect(again.status == .unauthorized)
      let api = try await client.execute(uri: "/api/v1/files", method: .get, headers: world.bearer(.ebhClerk))
      #expect(api.status == .unauthorized)
      _ = try await admin.get("/admin/users")
      #expect(try await admin.post("/admin/users/u-admin/lock", []).status == .unprocessableContent)
      _ = try await admin.get("/admin/users")
      #expect(try await admin.post("/admin/users/u-ebh-clerk/unlock", []).status == .ok)
      #expect(try await client.execute(uri: "/api/v1/files", method: .get, headers: world.bearer(.ebhClerk)).status == .ok)
    }
  }
}

@Suite("Interface texts")
struct InterfaceTextTests {
  @Test("no text key is defined in two sections")
  func keysAreUnique() {
    let total = Strings.sections.reduce(0) { $0 + $1.count }
    #expect(total == Strings.entries.count)
  }
}
