import CaseModel
import CaseStore
import Foundation
import Testing

@testable import BacklogCommands

@Suite("Reopening a file and checking the configuration", .serialized)
struct ReopenAndConfigTests {
  let cli = CommandLineTests()

  @Test("an administrator reopens a closed file with a reason; an open file or a missing reason is refused")
  func reopen() async throws {
    let db = cli.dir + "/r.sqlite"
    let file = cli.dir + "/closed.jsonl"
    try #"""
      {"file_no":"EBH-2024-7","office":"EBH","received_on":"2024-01-02","status":"refused","decided_on":"2025-03-01","history":[{"at":"2024-01-02","status":"received"},{"at":"2024-02-01","status":"in_review"},{"at":"2025-02-01","status":"decision_pending"},{"at":"2025-03-01","status":"refused","reason":"Bescheid"}],"person":{"family_name":"Doe"}}
      {"file_no":"EBH-2024-8","office":"EBH","received_on":"2024-01-02","status":"in_review","person":{"family_name":"Roe"}}
      """#.write(toFile: file, atomically: true, encoding: .utf8)
    #expect(await cli.run("import", file, "--db", db, "--checklists", CommandLineTests.checklists) == 0)
    #expect(await cli.run("reopen", "EBH-2024-7", "--db", db) == 2, "the reason is required")
    #expect(await cli.run("reopen", "EBH-2024-8", "--reason", "x", "--db", db) == 1, "an open file cannot be reopened")
    #expect(await cli.run("reopen", "EBH-2024-9", "--reason", "x", "--db", db) == 1, "no such file")
    #expect(await cli.run("reopen", "EBH-2024-7", "--reason", "Bescheid irrtümlich erfasst", "--db", db, "--checklists", CommandLineTests.checklists) == 0)
    let reopened = try #require(try await CommandLineTests.open(db).caseFile(fileNo: "EBH-2024-7", actor: "t")?.file)
    #expect(reopened.status == .inReview)
    #expect(reopened.decidedOn == nil)
    #expect(reopened.history?.last?.reason == "Bescheid irrtümlich erfasst")
  }

  @Test("config check accepts a good file and names every problem of a bad one with exit 1")
  func configCheck() async throws {
    let good = cli.dir + "/good.yaml"
    try "server:\n  port: 8081\noffice:\n  name: Kreis\nmunicipalities:\n  - name: Siegburg\n"
      .write(toFile: good, atomically: true, encoding: .utf8)
    #expect(await cli.run("config", "check", "--config", good) == 0)
    let bad = cli.dir + "/bad.yaml"
    try "server:\n  port: nine\n  colour: blue\n".write(toFile: bad, atomically: true, encoding: .utf8)
    #expect(await cli.run("config", "check", "--config", bad) == 1)
    #expect(await cli.run("config", "check", "--config", cli.dir + "/none.yaml") == 1)
  }
}

@Suite("The configuration's paths as every command's defaults")
struct ConfiguredDefaultsTests {
  @Test("server.database, checklists and reports apply unless the environment names its own")
  func configuredPaths() throws {
    let dir = CommandLineTests().dir
    let yaml = dir + "/office.yaml"
    try "server:\n  database: /var/lib/backlog/backlog.sqlite\n  checklists: /usr/local/share/backlog/checklists\n  reports: /usr/local/share/backlog/reports\n"
      .write(toFile: yaml, atomically: true, encoding: .utf8)
    let env = ["BACKLOG_CONFIG": yaml]
    #expect(ConfiguredDefaults.path("BACKLOG_DB", \.database, environment: env) == "/var/lib/backlog/backlog.sqlite")
    #expect(ConfiguredDefaults.path("BACKLOG_CHECKLISTS", \.checklists, environment: env) == "/usr/local/share/backlog/checklists")
    #expect(ConfiguredDefaults.path("BACKLOG_REPORTS", \.reports, environment: env) == "/usr/local/share/backlog/reports")
    // The environment's own name wins (the caller then reads it); no file: the built-in default.
    #expect(ConfiguredDefaults.path("BACKLOG_DB", \.database, environment: env.merging(["BACKLOG_DB": "/x.sqlite"]) { $1 }) == nil)
    #expect(ConfiguredDefaults.path("BACKLOG_DB", \.database, environment: ["BACKLOG_CONFIG": dir + "/none.yaml"]) == nil)
  }

  @Test("a configuration naming an existing database points the commands without --db at it")
  func backupUsesConfiguredDatabase() async throws {
    let cli = CommandLineTests()
    let db = cli.dir + "/configured.sqlite"
    let file = cli.dir + "/one.jsonl"
    try #"{"file_no":"EBH-2024-1","office":"EBH","received_on":"2024-01-02","status":"received","person":{"family_name":"Doe"}}"#
      .write(toFile: file, atomically: true, encoding: .utf8)
    #expect(await cli.run("import", file, "--db", db) == 0)
    let yaml = cli.dir + "/with-db.yaml"
    try "server:\n  database: \(db)\n".write(toFile: yaml, atomically: true, encoding: .utf8)
    #expect(ConfiguredDefaults.path("BACKLOG_DB", \.database, environment: ["BACKLOG_CONFIG": yaml]) == db)
  }
}
