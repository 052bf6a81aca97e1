import CaseExchange
import CaseModel
@testable import CaseStore
import Foundation
import GRDB
import Testing

@Suite("Importing into the case register")
struct ImportTests {
  static let examplesPath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Tests/Fixtures/examples/cases.jsonl").path

  /// The fixture's files; a missing fixture is a recorded failure (the callers check the count), never a crash.
  func examples() -> [CaseFile] {
    let files = CaseFileReader().read(paths: [Self.examplesPath]).files.map(\.file)
    if files.count < 9 { Issue.record("the fixture \(Self.examplesPath) holds \(files.count) files, expected 9") }
    return files
  }

  func store() throws -> AppDatabase {
    try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_000_000) })
  }

  @Test("importing the examples adds them and importing again changes nothing")
  func idempotent() async throws {
    let db = try store()
    let first = try db.importCaseFiles(examples(), actor: "test")
    #expect(first.added.count == 9)
    let second = try db.importCaseFiles(examples(), actor: "test")
    #expect(second.added.isEmpty && second.changed.isEmpty && second.unchanged == 9)
    #expect(try await db.caseFileCount() == 9)
  }

  @Test("a dry run reports what would change and writes nothing")
  func dryRun() async throws {
    let db = try store()
    let summary = try db.importCaseFiles(examples(), actor: "test", dryRun: true)
    #expect(summary.added.count == 9)
    #expect(try await db.caseFileCount() == 0)
    #expect(try await db.auditEntries().isEmpty)
  }

  @Test("a changed file is replaced, its version incremented and the fields named")
  func changedFile() async throws {
    let db = try store()
    var files = examples()
    try #require(!files.isEmpty)
    try db.importCaseFiles(files, actor: "test")
    files[0].german = German(level: .C1, proof: .certificate, on: Day(iso: "2026-01-05"))
    let summary = try db.importCaseFiles(files, actor: "test", dryRun: true)
    #expect(summary.changed.map(\.fileNo) == [files[0].fileNo])
    #expect(summary.changed.first?.fields == ["german"])
    try db.importCaseFiles(files, actor: "test")
    let stored = try await db.caseFile(fileNo: files[0].fileNo, actor: "test")
    #expect(stored?.version == 2)
    #expect(stored?.file.german?.level == .C1)
  }

  @Test("export reads back exactly what was imported")
  func exportRoundTrip() async throws {
    let db = try store()
    try db.importCaseFiles(examples(), actor: "test")
    let exported = try await db.allCaseFiles(actor: "test")
    #expect(exported.sorted { $0.fileNo < $1.fileNo } == examples().sorted { $0.fileNo < $1.fileNo })
  }

  @Test("every import change and every read is in the audit log")
  func audited() async throws {
    let db = try store()
    try db.importCaseFiles(examples(), actor: "cli:anna")
    _ = try await db.caseFile(fileNo: "EBH-2024-03112", actor: "web:ben")
    let entries = try await db.auditEntries(fileNo: "EBH-2024-03112")
    #expect(entries.map(\.action) == ["read", "import-create"])
    #expect(entries.map(\.actor) == ["web:ben", "cli:anna"])
    #expect(entries.first?.at == "2026-11-18T11:06:40Z")
  }

  @Test("the audit log cannot be changed or deleted")
  func auditAppendOnly() throws {
    let db = try store()
    try db.importCaseFiles(examples(), actor: "test")
    #expect(throws: (any Error).self) {
      try db.writer.write { try $0.execute(sql: "DELETE FROM audit_log") }
    }
  }

  @Test("a save on a stale version is a conflict, never a silent overwrite")
  func versionConflict() async throws {
    let db = try store()
    try db.importCaseFiles(examples(), actor: "test")
    var a = try #require(try await db.caseFile(fileNo: "EBH-2025-00871", actor: "clerk-a"))
    var b = try #require(try await db.caseFile(fileNo: "EBH-2025-00871", actor: "clerk-b"))
    a.file.clerk = "a"
    b.file.clerk = "b"
    #expect(try await db.saveCaseFile(a.file, expectedVersion: a.version, actor: "clerk-a") == 2)
    await #expect(throws: StoreError.versionConflict(fileNo: "EBH-2025-00871", expected: 1, actual: 2)) {
      try await db.saveCaseFile(b.file, expectedVersion: b.version, actor: "clerk-b")
    }
    #expect(try await db.caseFile(fileNo: "EBH-2025-00871", actor: "t")?.file.clerk == "a")
  }

  @Test("the status history is stored as events for the reports")
  func statusEvents() throws {
    let db = try store()
    try db.importCaseFiles(examples(), actor: "test")
    let events = try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM status_event") }
    #expect(events == examples().reduce(0) { $0 + ($1.history?.count ?? 0) })
  }

  @Test("a file database uses WAL and keeps data across reopening")
  func walFile() async throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("backlog-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent("t.sqlite").path
    do {
      let db = try AppDatabase.open(path: path, now: { Date(timeIntervalSince1970: 1_795_000_000) })
      try db.importCaseFiles(examples(), actor: "test")
      let mode = try await db.writer.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
      #expect(mode == "wal")
    }
    #expect(try await AppDatabase.open(path: path, now: { Date(timeIntervalSince1970: 1_795_000_000) }).caseFileCount() == 9)
  }
}
