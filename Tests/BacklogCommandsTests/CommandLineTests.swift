import BacklogCommands
import CaseStore
import Foundation
import Testing

@Suite("The command line", .serialized)
struct CommandLineTests {
  static let examples = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Tests/Fixtures/examples/cases.jsonl").path

  static let checklists = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("checklists").path

  let dir: String = {
    let d = NSTemporaryDirectory() + "backlog-cli-\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
    return d
  }()

  /// The commands run with a fixed clock: 2026-11-24.
  static let environment = CommandEnvironment(now: { Date(timeIntervalSince1970: 1_795_507_200) })
  static func open(_ db: String) throws -> AppDatabase { try AppDatabase.open(path: db, now: environment.now) }

  func run(_ args: String...) async -> Int32 { await run(args) }
  func run(_ args: [String]) async -> Int32 {
    await CommandEnvironment.$current.withValue(Self.environment) { await Backlog.run(arguments: args) }
  }
  func count(_ db: String) async throws -> Int { try await Self.open(db).caseFileCount() }

  @Test("import, export as CSV and import into an empty database give the same files")
  func importExportRoundTrip() async throws {
    let db = dir + "/a.sqlite"
    #expect(await run("import", Self.examples, "--db", db) == 0)
    #expect(await run("export", "--format", "csv", "--out", dir + "/csv", "--db", db) == 0)
    #expect(await run("export", "--format", "jsonl", "--out", dir + "/j1", "--db", db) == 0)
    let csv = try FileManager.default.contentsOfDirectory(atPath: dir + "/csv").map { dir + "/csv/" + $0 }
    let db2 = dir + "/b.sqlite"
    #expect(await run(["import"] + csv + ["--db", db2]) == 0)
    #expect(await run("export", "--format", "jsonl", "--out", dir + "/j2", "--db", db2) == 0)
    let a = try String(contentsOfFile: dir + "/j1/cases.jsonl", encoding: .utf8)
    let b = try String(contentsOfFile: dir + "/j2/cases.jsonl", encoding: .utf8)
    #expect(a == b)
    #expect(a.split(separator: "\n").count == 9)
  }

  @Test("a JSON export imports back unchanged")
  func jsonRoundTrip() async throws {
    let db = dir + "/a.sqlite"
    #expect(await run("import", Self.examples, "--db", db) == 0)
    #expect(await run("export", "--out", dir + "/j", "--db", db) == 0)
    let summary = try Self.open(db).importCaseFiles(
      CaseFileReaderShim.read(dir + "/j/cases.json"), actor: "t", dryRun: true)
    #expect(summary.unchanged == 9 && summary.added.isEmpty && summary.changed.isEmpty)
  }

  @Test("a file with bad records imports nothing and exits with 1")
  func badInput() async throws {
    let db = dir + "/a.sqlite"
    let lines = try String(contentsOfFile: Self.examples, encoding: .utf8).split(separator: "\n")
    var bad = lines.map(String.init)
    bad[2] = bad[2].replacingOccurrences(of: "\"status\": \"received\"", with: "\"status\": \"open\"")
    bad[5] = bad[5].replacingOccurrences(of: "\"office\": \"EBH\"", with: "\"office\": \"EBX\"")
    let path = dir + "/bad.jsonl"
    try bad.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    #expect(await run("import", path, "--db", db) == 1)
    #expect(try await count(db) == 0)
  }

  @Test("a dry run writes nothing")
  func dryRun() async throws {
    let db = dir + "/a.sqlite"
    #expect(await run("import", Self.examples, "--dry-run", "--db", db) == 0)
    #expect(try await count(db) == 0)
  }

  @Test("usage errors exit with 2")
  func usageErrors() async {
    #expect(await run("import") == 2)
    #expect(await run("export", "--format", "xml") == 2)
    #expect(await run("export", "--format", "csv") == 2)
    #expect(await run("no-such-command") == 2)
  }

  @Test("an unknown file format exits with 1")
  func unknownFormat() async {
    #expect(await run("import", dir + "/cases.xml", "--db", dir + "/a.sqlite") == 1)
  }

  @Test("demo writes a deterministic district")
  func demo() async throws {
    #expect(await run("demo", "--files", "300", "--seed", "3", "--today", "2026-11-24", "--out", dir + "/a.jsonl") == 0)
    #expect(await run("demo", "--files", "300", "--seed", "3", "--today", "2026-11-24", "--out", dir + "/b.jsonl") == 0)
    let a = try String(contentsOfFile: dir + "/a.jsonl", encoding: .utf8)
    #expect(a == (try String(contentsOfFile: dir + "/b.jsonl", encoding: .utf8)))
    #expect(a.split(separator: "\n").count == 300)
    #expect(await run("import", dir + "/a.jsonl", "--db", dir + "/d.sqlite") == 0)
    #expect(try await count(dir + "/d.sqlite") == 300)
  }

  @Test("importing screens every file and stores the verdict for the triage queue")
  func importScreens() async throws {
    let db = dir + "/a.sqlite"
    #expect(await run("import", Self.examples, "--db", db, "--checklists", Self.checklists) == 0)
    let counts = try await Self.open(db).verdictCounts(onlyOpen: false)
    #expect(counts[nil] == nil)
    #expect(counts["eligible"] == 3 && counts["gaps"] == 3)
  }

  @Test("screen works on stored files, on inputs and for a comparison of two dates")
  func screenModes() async {
    let db = dir + "/a.sqlite"
    #expect(await run("import", Self.examples, "--db", db, "--checklists", Self.checklists) == 0)
    #expect(await run("screen", "EBH-2025-01990", "--db", db, "--checklists", Self.checklists) == 0)
    #expect(await run("screen", "--all", "--json", "--db", db, "--checklists", Self.checklists) == 0)
    #expect(await run("screen", "--input", Self.examples, "--as-of", "2026-11-24", "--json", "--checklists", Self.checklists) == 0)
    #expect(await run("screen", "--input", Self.examples, "--compare", "2027-07-01", "--checklists", Self.checklists) == 0)
    #expect(await run("screen", "NO-SUCH-FILE", "--db", db, "--checklists", Self.checklists) == 1)
    #expect(await run("screen", "--db", db) == 2)
    #expect(await run("screen", "--all", "--input", Self.examples) == 2)
  }

  @Test("checklists test and lint pass on the shipped checklists and fail on a missing folder")
  func checklistsCommands() async {
    #expect(await run("checklists", "test", "--checklists", Self.checklists) == 0)
    #expect(await run("checklists", "lint", "--checklists", Self.checklists) == 0)
    #expect(await run("checklists", "test", "--checklists", dir + "/none") == 1)
  }
}
