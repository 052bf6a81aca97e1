import CaseModel
@testable import CaseStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

/// `/metrics` reports imports truthfully: the admin's list upload feeds the counters directly,
/// and every import (the command line's, which runs in another process, too) is read from its
/// `import-run` audit row at scrape time.
@Suite("Imports in /metrics")
struct ImportMetricsTests {
  @Test("a command-line import and a list upload show in /metrics; a dry run and a rejected import do not")
  func importsCounted() async throws {
    let world = try await TestWorld()  // its own set-up is one import of 4 files (actor "test": the server side)
    // The command line in another process: only the database knows.
    var f = TestWorld.files()[0]
    f.fileNo = "EBH-2026-00901"
    try world.database.importCaseFiles([f], actor: "cli:alice")
    try world.database.importCaseFiles([f], actor: "cli:alice", dryRun: true)
    var twice = f
    twice.fileNo = "EBH-2026-00902"  // the same number twice in one import: refused, rolled back
    #expect(throws: ImportRejected.self) { try world.database.importCaseFiles([twice, twice], actor: "cli:alice") }
    let runs = try await world.database.importRuns()
    #expect(runs.first { $0.source == .commandLine }?.count == 1)
    #expect(runs.first { $0.source == .commandLine }?.files == 1)
    #expect(runs.first { $0.source == .commandLine }?.lastAt == 1_795_507_200)
    let audit = try await world.database.writer.read { db in
      try String.fetchOne(db, sql: "SELECT detail FROM audit_log WHERE action = 'import-run' AND actor = 'cli:alice'")
    }
    #expect(audit?.hasPrefix(#"{"files":1,"added":1,"changed":0,"unchanged":0,"ms":"#) == true)

    var config = WebConfiguration(loginPolicy: TestWorld.policy, today: { TestWorld.today }, engine: TestWorld.engine)
    config.operations = OperationsSettings(metricsAccess: try MetricsAccess(allowed: [], token: "m", trustedProxies: ["127.0.0.1"]))
    try await buildApplication(config, database: world.database).test(.router) { client in
      var admin = Browser(client: client)
      try await admin.login(world.names[.admin]!, world.passwords[.admin]!)
      _ = try await admin.get("/admin/lists")
      let checked = try await ListImportPageTests().upload(&admin, ListImportPageTests.list, office: "EBH")
      guard let range = checked.text.range(of: "action=\"/admin/lists/") else { Issue.record("no mapping form"); return }
      let id = String(checked.text[range.upperBound...].prefix { $0 != "\"" })
      let fields = [("col_0", "file_no"), ("col_1", "person.family_name"), ("col_2", "person.given_names"),
                    ("col_3", "received_on"), ("col_4", "status"), ("col_5", "ignore"), ("office", "EBH")]
      #expect(try await admin.post("/admin/lists/\(id)", fields + [("action", "import")]).text.contains("Importiert"))
      try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer m"]) { r in
        #expect(r.status == .ok)
        // Fed directly by this server's upload.
        #expect(r.text.contains("backlog_imports_total 1\n"))
        #expect(r.text.contains("backlog_imported_files_total 2\n"))
        #expect(r.text.contains("backlog_import_duration_seconds_count 1\n"))
        // Read from the database: the command line's one import, the server's set-up and upload.
        #expect(r.text.contains(#"backlog_recorded_imports{source="command_line"} 1"#))
        #expect(r.text.contains(#"backlog_recorded_imported_files{source="command_line"} 1"#))
        #expect(r.text.contains(#"backlog_recorded_imports{source="server"} 2"#))
        #expect(r.text.contains(#"backlog_recorded_imported_files{source="server"} 6"#))
        #expect(r.text.contains(#"backlog_last_import_timestamp_seconds{source="command_line"} 1795507200"#))
        #expect(r.text.contains(#"backlog_recorded_import_seconds{source="server"}"#))
      }
    }
  }

  @Test("before any import the recorded figures are zero for both sources")
  func noImports() async throws {
    let db = try AppDatabase.inMemory(now: { Date() })
    let runs = try await db.importRuns()
    #expect(runs.map(\.source) == [.commandLine, .server])
    #expect(runs.allSatisfy { $0.count == 0 && $0.files == 0 && $0.lastAt == nil })
  }
}
