import CaseModel
@testable import CaseStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import WebApp

/// Collects log lines (metadata included) for the request-log tests.
final class LogSink: @unchecked Sendable {
  private let lock = NSLock()
  private var _lines: [(Logger.Level, String, Logger.Metadata)] = []
  var lines: [(Logger.Level, String, Logger.Metadata)] { lock.withLock { _lines } }
  func add(_ l: Logger.Level, _ m: String, _ md: Logger.Metadata) { lock.withLock { _lines.append((l, m, md)) } }

  struct Handler: LogHandler {
    let sink: LogSink
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
      get { metadata[key] }
      set { metadata[key] = newValue }
    }
    func log(event: LogEvent) { sink.add(event.level, event.message.description, event.metadata ?? [:]) }
  }
  var logger: Logger { Logger(label: "test") { _ in Handler(sink: self) } }
}

@Suite("Health, metrics and the request log")
struct OperationsRouteTests {
  func app(_ world: TestWorld, sink: LogSink = LogSink(), access: MetricsAccess = MetricsAccess(), engine: Bool = true)
    async throws -> some ApplicationProtocol
  {
    var config = WebConfiguration(
      loginPolicy: TestWorld.policy, today: { TestWorld.today }, engine: engine ? TestWorld.engine : nil)
    config.logger = sink.logger
    config.operations = OperationsSettings(metricsAccess: access)
    return try await buildApplication(config, database: world.database)
  }

  @Test("/health answers 200 without a login and names no person or file")
  func health() async throws {
    let world = try await TestWorld()
    try await app(world).test(.router) { client in
      try await client.execute(uri: "/health", method: .get) { r in
        #expect(r.status == .ok)
        #expect(r.json["status"] as? String == "ok")
        #expect(r.json["database"] as? String == "ok")
        #expect(r.json["checklists"] as? String == "loaded")
        #expect(r.json["schema"] as? String == SchemaStatus.known.last)
        #expect(!r.text.contains("EBH-") && !r.text.contains("Yılmaz"))
      }
    }
  }

  @Test("/health says degraded without checklists and 503 when the schema is not this program's")
  func healthFailing() async throws {
    let world = try await TestWorld()
    try await app(world, engine: false).test(.router) { client in
      try await client.execute(uri: "/health", method: .get) { r in
        #expect(r.status == .ok)
        #expect(r.json["status"] as? String == "degraded")
      }
      // A database another program version changed under the running server: not servable.
      try await world.database.writer.write { db in
        try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')")
      }
      try await client.execute(uri: "/health", method: .get) { r in
        #expect(r.status == .serviceUnavailable)
        #expect(r.json["status"] as? String == "unavailable")
      }
    }
  }

  @Test("/metrics needs a permitted address or the token; it counts requests by route template")
  func metrics() async throws {
    let world = try await TestWorld()
    let access = try MetricsAccess(allowed: [], token: "s3cret-metrics", trustedProxies: ["127.0.0.1"])
    try await app(world, access: access).test(.router) { client in
      // Router tests have no peer address: neither loopback nor configured.
      try await client.execute(uri: "/metrics", method: .get) { r in #expect(r.status == .forbidden) }
      try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer wrong"]) { r in
        #expect(r.status == .forbidden)
      }
      try await client.execute(uri: "/api/v1/files/EBH-2026-00001", method: .get, headers: world.bearer(.ebhClerk)) { r in
        #expect(r.status == .ok)
      }
      try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer s3cret-metrics"]) { r in
        #expect(r.status == .ok)
        #expect(r.text.contains(#"http_requests_total{route="/api/v1/files/{file_no}",method="GET",status="200"} 1"#))
        #expect(r.text.contains(#"backlog_open_files{office="EBH",queue_group="#))
        #expect(r.text.contains("backlog_backup_age_seconds"))
        #expect(!r.text.contains("EBH-2026-00001"))
      }
    }
  }

  @Test("metrics access: loopback by default, a trusted proxy's forwarded address counts instead of its own")
  func metricsAccess() throws {
    let access = MetricsAccess()
    #expect(access.permits(peer: "127.0.0.1", forwardedFor: nil, bearer: nil))
    #expect(access.permits(peer: "::1", forwardedFor: nil, bearer: nil))
    #expect(!access.permits(peer: "10.1.2.3", forwardedFor: nil, bearer: nil))
    // Through nginx on the same machine from far away: not loopback.
    #expect(!access.permits(peer: "127.0.0.1", forwardedFor: "203.0.113.9", bearer: nil))
    // A forged header from an untrusted peer is ignored.
    #expect(!access.permits(peer: "10.1.2.3", forwardedFor: "127.0.0.1", bearer: nil))
    let office = try MetricsAccess(allowed: ["10.20.0.0/16", "2001:db8::/32"], token: nil, trustedProxies: ["127.0.0.1"])
    #expect(office.permits(peer: "10.20.5.6", forwardedFor: nil, bearer: nil))
    #expect(office.permits(peer: "127.0.0.1", forwardedFor: "10.20.5.6", bearer: nil))
    #expect(office.permits(peer: "2001:db8::1", forwardedFor: nil, bearer: nil))
    #expect(!office.permits(peer: "10.21.0.1", forwardedFor: nil, bearer: nil))
    #expect(throws: AddressRangeError.self) { try MetricsAccess(allowed: ["10.0.0.0/40"], token: nil, trustedProxies: []) }
  }

  @Test("every request gets an id, which the log line and the audit rows of that request carry")
  func requestID() async throws {
    let world = try await TestWorld()
    let sink = LogSink()
    let id = try await app(world, sink: sink).test(.router) { client in
      let id = try await client.execute(uri: "/api/v1/files/EBH-2026-00001", method: .get, headers: world.bearer(.ebhClerk)) { r in
        #expect(r.status == .ok)
        return r.headers[.requestID] ?? ""
      }
      try await client.execute(uri: "/api/v1/files/NOPE%2F1", method: .get, headers: world.bearer(.ebhClerk)) { r in
        #expect(r.status == .notFound)
      }
      return id
    }
    #expect(id.count == 16)
    let rows = try await world.database.writer.read { db in
      try String?.fetchAll(db, sql: "SELECT request_id FROM audit_log WHERE file_no = 'EBH-2026-00001' AND action LIKE 'read%'")
    }
    #expect(rows.contains(id))
    let line = try #require(sink.lines.first { $0.2["request_id"] == .string(id) })
    #expect(line.1 == "request")
    #expect(line.2["route"] == .string("/api/v1/files/{file_no}"))
    #expect(line.2["status"]?.description == "200")
    #expect(line.2["user"] == .string("u-ebh-clerk"))
    let failed = try #require(sink.lines.first { $0.1 == "request failed" })
    #expect(failed.0 == .warning)
    #expect(failed.2["cause"] != nil)
    // No path as sent, no file number, no name in any line.
    for l in sink.lines {
      let all = l.2.values.map(\.description).joined(separator: " ")
      #expect(!all.contains("EBH-2026-00001") && !all.contains("NOPE") && !all.contains("Yılmaz"))
    }
  }

  @Test("the admin's person report lists the stored data and who read the file; others get 403")
  func personReport() async throws {
    let world = try await TestWorld()
    try await app(world).test(.router) { client in
      try await client.execute(uri: "/api/v1/files/EBH-2026-00001", method: .get, headers: world.bearer(.ebhClerk)) { _ in }
      try await client.execute(
        uri: "/admin/person-report?file_no=EBH-2026-00001&format=json", method: .get, headers: world.bearer(.admin)
      ) { r in
        // Admin pages use the session, not the API token: a bearer alone is not logged in.
        #expect(r.status != .ok)
      }
      var admin = Browser(client: client)
      try await admin.login(world.names[.admin]!, world.passwords[.admin]!)
      let json = try await admin.get("/admin/person-report?file_no=EBH-2026-00001&format=json")
      #expect(json.status == .ok)
      #expect(json.text.contains("Yılmaz"))
      #expect(json.text.contains("u-ebh-clerk"))
      #expect(json.text.contains(#""action" : "read""#))
      let page = try await admin.get("/admin/person-report?file_no=EBH-2026-00001")
      #expect(page.status == .ok)
      #expect(page.text.contains("Auskunft nach Art. 15 DSGVO"))
      var clerk = Browser(client: client)
      try await clerk.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      #expect(try await clerk.get("/admin/person-report?file_no=EBH-2026-00001").status == .forbidden)
    }
    let entries = try await world.database.auditEntries(fileNo: "EBH-2026-00001")
    #expect(entries.contains { $0.action == "person-report" && $0.actor == "u-admin" })
  }
}
