import CaseModel
@testable import CaseStore
import Eligibility
import Foundation
import GRDB
import Testing

@Suite("Backups, restore and the schema version")
struct BackupTests {
  static let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_795_000_000) }

  func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("backlog-backup-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  func files(_ range: Range<Int>, seed: UInt64 = 7) -> [CaseFile] {
    var generator = SyntheticCases(seed: seed)
    return range.map { generator.file(number: $0) }
  }

  @Test("a backup taken while another connection keeps writing opens, passes the checks and restores")
  func backupUnderWrites() async throws {
    let dir = try folder()
    let path = dir + "/live.sqlite"
    let store = try AppDatabase.open(path: path, now: Self.clock)
    try store.importCaseFiles(files(0..<300), actor: "test")
    // A writer importing batch after batch while the backup runs.
    let writing = Task.detached {
      for batch in 0..<20 { try store.importCaseFiles(files(1000 + batch * 50..<1050 + batch * 50), actor: "writer") }
    }
    let report = try DatabaseBackup.make(from: path, to: dir + "/copy.sqlite")
    try await writing.value
    #expect(report.check.problems.isEmpty)
    #expect(report.check.integrity == "ok")
    #expect(report.check.caseFiles >= 300 && report.check.caseFiles <= 1300)
    // A snapshot holds whole imports only: every batch is 50 files.
    #expect((report.check.caseFiles - 300) % 50 == 0)
    let attributes = try FileManager.default.attributesOfItem(atPath: dir + "/copy.sqlite")
    #expect((attributes[.posixPermissions] as? Int) == 0o600)

    let restoredPath = dir + "/restored.sqlite"
    let restore = try DatabaseRestore.restore(backup: dir + "/copy.sqlite", database: restoredPath, now: Self.clock())
    #expect(restore.replacedAside == nil)
    let restored = try AppDatabase.open(path: restoredPath, now: Self.clock)
    #expect(try await restored.caseFileCount() == report.check.caseFiles)
  }

  @Test("a backup that dies before its rename leaves nothing under the final name")
  func killedBackup() async throws {
    let dir = try folder()
    let path = dir + "/live.sqlite"
    let store = try AppDatabase.open(path: path, now: Self.clock)
    try store.importCaseFiles(files(0..<20), actor: "test")
    struct Killed: Error {}
    await #expect(throws: Killed.self) {
      try await DatabaseBackup.make(from: path, to: dir + "/copy.sqlite", beforeRename: { _ in throw Killed() })
    }
    #expect(!FileManager.default.fileExists(atPath: dir + "/copy.sqlite"))
    #expect(!FileManager.default.fileExists(atPath: DatabaseBackup.partialName(for: dir + "/copy.sqlite")))
    // An existing target is never overwritten.
    try DatabaseBackup.make(from: path, to: dir + "/copy.sqlite")
    await #expect(throws: BackupError.self) { try await DatabaseBackup.make(from: path, to: dir + "/copy.sqlite") }
  }

  @Test("restore refuses while the database is open and keeps the replaced file aside")
  func restoreNeedsTheLock() async throws {
    let dir = try folder()
    let path = dir + "/live.sqlite"
    var store: AppDatabase? = try AppDatabase.open(path: path, now: Self.clock)
    try store?.importCaseFiles(files(0..<10), actor: "test")
    try DatabaseBackup.make(from: path, to: dir + "/copy.sqlite")
    try store?.importCaseFiles(files(10..<15), actor: "test")
    #expect(throws: BackupError.self) {
      try DatabaseRestore.restore(backup: dir + "/copy.sqlite", database: path, now: Self.clock())
    }
    try store?.writer.close()
    store = nil
    let report = try DatabaseRestore.restore(backup: dir + "/copy.sqlite", database: path, now: Self.clock())
    let aside = try #require(report.replacedAside)
    #expect(FileManager.default.fileExists(atPath: aside))
    #expect(try await AppDatabase.open(path: path, now: Self.clock).caseFileCount() == 10)
    #expect(try await AppDatabase.open(path: aside, now: Self.clock).caseFileCount() == 15)
  }

  @Test("a broken backup is refused and the database stays as it was")
  func brokenBackup() throws {
    let dir = try folder()
    let path = dir + "/live.sqlite"
    _ = try AppDatabase.open(path: path, now: Self.clock)
    try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: dir + "/junk.sqlite"))
    #expect(throws: (any Error).self) {
      try DatabaseRestore.restore(backup: dir + "/junk.sqlite", database: dir + "/other.sqlite", now: Self.clock())
    }
    #expect(!FileManager.default.fileExists(atPath: dir + "/other.sqlite"))
  }

  @Test("the backup folder keeps the newest N backups")
  func rotation() throws {
    let dir = try folder()
    let path = dir + "/live.sqlite"
    _ = try AppDatabase.open(path: path, now: Self.clock)
    let backups = BackupFolder(path: dir + "/backups", keep: 3)
    for day in 0..<5 {
      try backups.backUp(database: path, now: Date(timeIntervalSince1970: 1_795_000_000 + Double(day) * 86_400))
    }
    let names = backups.backups().map { ($0 as NSString).lastPathComponent }
    #expect(names == ["backlog-20261120T110640Z.sqlite", "backlog-20261121T110640Z.sqlite", "backlog-20261122T110640Z.sqlite"])
  }

  @Test("a database with a migration this program does not know is refused with a clear message")
  func newerSchema() throws {
    let dir = try folder()
    let path = dir + "/live.sqlite"
    var store: AppDatabase? = try AppDatabase.open(path: path, now: Self.clock)
    try store?.writer.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')") }
    try store?.writer.close()
    store = nil
    #expect(try SchemaStatus.read(path: path).unknown == ["v99-future"])
    #expect(throws: SchemaError.newerThanProgram(unknown: ["v99-future"])) {
      _ = try AppDatabase.open(path: path, now: Self.clock)
    }
  }

  @Test("pending migrations are listed, and a backup is made before they run")
  func pendingMigrations() async throws {
    let dir = try folder()
    let path = dir + "/old.sqlite"
    // A database of the released schema v7, with a file in it.
    let queue = try DatabaseQueue(path: path)
    try SchemaStatus.migrate(queue, upTo: "v7-abh-mentions")
    try queue.close()
    let status = try SchemaStatus.read(path: path)
    #expect(status.pending == Array(SchemaStatus.known.drop(while: { $0 != "v7-abh-mentions" }).dropFirst()))
    let store = try AppDatabase.open(path: path, now: Self.clock, backupsBeforeMigration: dir + "/pre")
    #expect(try SchemaStatus.read(store.writer).pending.isEmpty)
    let made = try FileManager.default.contentsOfDirectory(atPath: dir + "/pre")
    #expect(made == ["old.sqlite.before-\(status.pending[0])-20261118T110640Z.sqlite"])
    #expect(try await BackupCheck.run(path: dir + "/pre/" + made[0]).lastMigration == "v7-abh-mentions")
    #expect(status.unknown.isEmpty)
  }
}
