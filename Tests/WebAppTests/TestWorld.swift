import CaseModel
import CaseStore
import Checklists
import Eligibility
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

/// A small world for route tests: two EBH files, one ABH file, one user per role with a known
/// password and API token, the clock fixed on 2026-11-24.
struct TestWorld {
  static let today = Day(iso: "2026-11-24")!
  static let policy = LoginPolicy(bcryptCost: 4)

  let database: AppDatabase
  var passwords: [Role: String] = [:]
  var tokens: [Role: String] = [:]
  var names: [Role: String] = [:]

  init() async throws {
    database = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_507_200) })
    try database.importCaseFiles(Self.files(), actor: "test")
    for role in Role.allCases {
      let name = "u-" + role.rawValue
      let made = try await database.createUser(
        name: name, role: role, municipalities: role == .caseManager ? ["Siegburg"] : [], mustChangePassword: false,
        policy: Self.policy)
      passwords[role] = made.password
      tokens[role] = made.apiToken
      names[role] = name
    }
  }

  static func files() -> [CaseFile] {
    func make(_ no: String, _ office: Office, _ received: String, _ name: String, status: CaseStatus = .inReview) -> CaseFile {
      var f = CaseFile(fileNo: no, office: office, receivedOn: Day(iso: received)!, status: status, person: Person(familyName: name, givenNames: "Test"))
      f.person.municipality = "Siegburg"
      f.person.birthDate = Day(iso: "1990-05-15")  // (rules that depend on age answer "missing" without it)
      f.history = [StatusChange(at: Day(iso: received)!, status: status)]
      f.clerk = office == .EBH ? "m.schmitz" : "b.krause"
      f.team = .regular
      return f
    }
    return [
      make("EBH-2026-00001", .EBH, "2026-10-01", "Yılmaz"),
      make("EBH-2025-00002", .EBH, "2025-01-15", "Becker", status: .received),
      make("EBH-2020-00003", .EBH, "2020-01-15", "Closed", status: .granted),
      make("ABH-2025-00001", .ABH, "2025-03-01", "Haddad"),
    ]
  }

  /// The shipped checklists, for live screenings on file pages and in the API.
  static let engine: ScreeningEngine = {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("checklists").path
    return try! ScreeningEngine(checklists: ChecklistLoader.load(directory: dir))
  }()

  /// The shipped report definitions.
  static let reportsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("reports").path

  func app(engine: ScreeningEngine? = TestWorld.engine, reports: ReportSettings? = nil) async throws -> some ApplicationProtocol {
    var config = WebConfiguration(loginPolicy: Self.policy, today: { TestWorld.today }, engine: engine)
    config.reports = reports ?? ReportSettings(directory: Self.reportsDirectory, authority: "Rhein-Sieg-Kreis, Einbürgerungsbehörde")
    return try await buildApplication(config, database: database)
  }

  func bearer(_ role: Role) -> HTTPFields { [.authorization: "Bearer " + tokens[role]!] }
}

extension TestResponse {
  var text: String { String(buffer: body) }
  var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:] }
  func cookie(_ name: String) -> String? {
    headers[values: .setCookie].first { $0.hasPrefix(name + "=") }
      .map { String($0.dropFirst(name.count + 1).prefix { $0 != ";" }) }
  }
}

/// A browser: keeps the session cookie and the CSRF token of the last page.
struct Browser {
  let client: any TestClientProtocol
  var cookies: [String: String] = [:]
  var csrf = ""

  var headers: HTTPFields {
    [.cookie: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")]
  }

  mutating func get(_ uri: String) async throws -> TestResponse {
    let r = try await client.execute(uri: uri, method: .get, headers: headers)
    remember(r)
    return r
  }

  mutating func post(_ uri: String, _ fields: [(String, String)], csrf: String? = nil) async throws -> TestResponse {
    var h = headers
    h[.contentType] = "application/x-www-form-urlencoded"
    let all = [("csrf", csrf ?? self.csrf)] + fields
    let body = all.map { "\($0.0)=\(QueueQuery.escape($0.1))" }.joined(separator: "&")
    let r = try await client.execute(uri: uri, method: .post, headers: h, body: ByteBuffer(string: body))
    remember(r)
    return r
  }

  mutating func remember(_ r: TestResponse) {
    for c in r.headers[values: .setCookie] {
      let pair = c.prefix { $0 != ";" }.split(separator: "=", maxSplits: 1)
      if pair.count == 2 { cookies[String(pair[0])] = String(pair[1]) } else if pair.count == 1 { cookies[String(pair[0])] = nil }
    }
    if let range = r.text.range(of: "name=\"csrf\" value=\"") {
      csrf = String(r.text[range.upperBound...].prefix { $0 != "\"" })
    }
  }

  /// Logs in through the real login form.
  @discardableResult
  mutating func login(_ name: String, _ password: String) async throws -> TestResponse {
    _ = try await get("/login")
    return try await post("/login", [("name", name), ("password", password)])
  }
}
