import BacklogConfig
import CaseModel
import CaseStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

/// File numbers as offices write them open from every link, and text from users cannot break out
/// of an HTML attribute, whatever combining marks follow a quote (issue 12).
@Suite("File numbers in addresses; HTML escaping by scalar")
struct RoutingAndEscapingTests {
  static let odd = "32.1-17/2024 Müller"

  static func world() async throws -> TestWorld {
    let world = try await TestWorld()
    var f = CaseFile(fileNo: odd, office: .EBH, receivedOn: Day(iso: "2025-03-03")!, status: .received, person: Person(familyName: "Özdemir"))
    f.history = [StatusChange(at: Day(iso: "2025-03-03")!, status: .received)]
    try world.database.importCaseFiles([f], actor: "test")
    return world
  }

  @Test("a file number with a slash, a space and an umlaut opens from the queue's link, on the page and in the API")
  func oddFileNumbers() async throws {
    let world = try await Self.world()
    let encoded = "32.1-17%2F2024%20M%C3%BCller"
    #expect(Links.file(Self.odd) == "/files/" + encoded)
    try await world.app().test(.router) { client in
      var clerk = Browser(client: client)
      try await clerk.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      let queue = try await clerk.get("/queue")
      #expect(queue.text.contains("href=\"/files/\(encoded)\""))
      let page = try await clerk.get("/files/" + encoded)
      #expect(page.status == .ok)
      #expect(page.text.contains("Özdemir"))
      #expect(page.text.contains("action=\"/files/\(encoded)/facts\""))
      let letter = try await clerk.get("/files/\(encoded)/letter")
      #expect(letter.status == .ok)
      let api = try await client.execute(uri: "/api/v1/files/" + encoded, method: .get, headers: world.bearer(.ebhClerk))
      #expect(api.status == .ok)
      #expect(api.json["file_no"] as? String == Self.odd)
      let screening = try await client.execute(uri: "/api/v1/files/\(encoded)/screening", method: .get, headers: world.bearer(.ebhClerk))
      #expect(screening.status == .ok)
      let broken = try await client.execute(uri: "/api/v1/files/%E0%A4%A", method: .get, headers: world.bearer(.ebhClerk))
      #expect(broken.status == .badRequest || broken.status == .notFound)
    }
  }

  @Test("a quote followed by a combining mark is escaped in the search field (no attribute break-out)")
  func combiningMark() async throws {
    let world = try await TestWorld()
    try await world.app().test(.router) { client in
      var clerk = Browser(client: client)
      try await clerk.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      let r = try await clerk.get("/queue?q=x%22%CC%81%20autofocus%20onfocus%3Dalert(3)")
      #expect(r.status == .ok)
      let raw = "x\"\u{301} autofocus"
      let escaped = "x&quot;\u{301} autofocus onfocus=alert(3)"
      let page = r.text
      #expect(!page.contains(raw))
      #expect(page.contains(escaped))
    }
  }

  @Test("the escaping function escapes every scalar, also before combining marks")
  func escapeFunction() {
    let input = "a\"\u{301}b<\u{301}>&'"
    let expected = "a&quot;\u{301}b&lt;\u{301}&gt;&amp;&#39;"
    let escaped = ScalarHTMLContentType.escape(input)
    #expect(escaped == expected)
    #expect(ScalarHTMLContentType.escape("Müller") == "Müller")
  }
}

/// The client address the login limits count (issue 12): the peer, or what a trusted proxy reports.
@Suite("Client address behind a trusted proxy")
struct ClientAddressTests {
  static func request(forwardedFor: String?) -> Request {
    var fields = HTTPFields()
    if let forwardedFor { fields[HTTPFields.Element.Name("X-Forwarded-For")!] = forwardedFor }
    return Request(
      head: HTTPRequest(method: .post, scheme: "http", authority: "x", path: "/login", headerFields: fields),
      body: .init(buffer: ByteBuffer()))
  }

  @Test("X-Forwarded-For counts only from a trusted proxy, and only its rightmost untrusted hop")
  func forwarded() {
    let proxies = [IPRange("10.0.0.0/8")!, IPRange("127.0.0.1")!]
    let r = Self.request(forwardedFor: "1.2.3.4, 198.51.100.7, 10.1.2.3")
    #expect(ClientAddress.of(r, peer: "127.0.0.1", trustedProxies: proxies) == "198.51.100.7")
    #expect(ClientAddress.of(r, peer: "203.0.113.5", trustedProxies: proxies) == "203.0.113.5")
    #expect(ClientAddress.of(r, peer: "127.0.0.1", trustedProxies: []) == "127.0.0.1")
    #expect(ClientAddress.of(Self.request(forwardedFor: nil), peer: "127.0.0.1", trustedProxies: proxies) == "127.0.0.1")
    #expect(ClientAddress.of(r, peer: nil, trustedProxies: proxies) == "-")
  }
}
