import CaseExchange
import CaseModel
@testable import CaseStore
import Foundation
import GRDB
import Testing

/// Imports write new files many rows per statement; what is stored must not tell.
@Suite("Importing many files at once")
struct BulkImportTests {
  func examples() -> [CaseFile] { ImportTests().examples() }

  func store() throws -> AppDatabase {
    try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_000_000) })
  }

  /// `count` distinct files made from the examples.
  func manyFiles(_ count: Int, prefix: String = "B") -> [CaseFile] {
    let base = examples()
    return (0..<count).map { i in
      var f = base[i % base.count]
      f.fileNo = "\(prefix)-\(i)-\(f.fileNo)"
      return f
    }
  }

  func column(_ db: AppDatabase, _ sql: String) throws -> [String] {
    try db.writer.read { try String.fetchAll($0, sql: sql) }
  }

  @Test("three hundred new files get ids, history rows and one audit entry each, in input order")
  func manyNewFiles() async throws {
    let db = try store()
    let files = manyFiles(300)
    let summary = try db.importCaseFiles(files, actor: "cli:anna")
    #expect(summary.added == files.map(\.fileNo))
    #expect(try column(db, "SELECT file_no FROM case_file ORDER BY id") == files.map(\.fileNo))
    #expect(try column(db, "SELECT file_no FROM audit_log WHERE action = 'import-create' ORDER BY id") == files.map(\.fileNo))
    let events = try await db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM status_event") }
    #expect(events == files.reduce(0) { $0 + ($1.history?.count ?? 0) })
    let read = try await db.allCaseFiles(actor: "test")
    #expect(read.sorted { $0.fileNo < $1.fileNo } == files.sorted { $0.fileNo < $1.fileNo })
  }

  @Test("a changed file among new ones keeps the audit log in the order of the input")
  func changedAmongNew() throws {
    let db = try store()
    var first = manyFiles(3, prefix: "A")
    try db.importCaseFiles(first, actor: "test")
    first[0].clerk = "k.jung"
    let input = manyFiles(2, prefix: "N") + [first[0]] + manyFiles(2, prefix: "M")
    try db.importCaseFiles(input, actor: "test")
    let actions = try db.writer.read {
      try Row.fetchAll($0, sql: "SELECT action, file_no FROM audit_log WHERE file_no IS NOT NULL ORDER BY id").map { "\($0[0] as String) \($0[1] as String)" }
    }
    #expect(Array(actions.suffix(5)) == [
      "import-create \(input[0].fileNo)", "import-create \(input[1].fileNo)", "import-update \(input[2].fileNo)",
      "import-create \(input[3].fileNo)", "import-create \(input[4].fileNo)",
    ])
  }

  @Test("the schema's CHECK constraints are in force again after an import")
  func checksBackOn() throws {
    let db = try store()
    try db.importCaseFiles(manyFiles(70), actor: "test")
    #expect(throws: DatabaseError.self) {
      try db.writer.write { try $0.execute(sql: "INSERT INTO status_event (case_id, seq, at, status) VALUES (1, 99, '2026-01-01', 'lost')") }
    }
    #expect(throws: DatabaseError.self) {
      try db.writer.write { try $0.execute(sql: "UPDATE case_file SET verdict = 'maybe' WHERE id = 1") }
    }
  }

  @Test("a file is marked for the ABH report exactly when its facts mention a § 104c permit or a follow-up application")
  func mentions104c() throws {
    let db = try store()
    var files = manyFiles(9)
    try db.importCaseFiles(files, actor: "test")
    let marked = "SELECT file_no FROM case_file WHERE mentions_104c = 1 ORDER BY file_no"
    let byText = """
      SELECT file_no FROM case_file
      WHERE instr(facts, '"permit_104c"') > 0 OR instr(facts, '"followup_application_on"') > 0 ORDER BY file_no
      """
    #expect(try column(db, marked) == column(db, byText))
    try #require(files.count >= 2)
    files[0].permit104c = Period(from: Day(iso: "2024-01-01")!, to: Day(iso: "2025-07-01")!)
    files[1].permit104c = nil
    files[1].followupApplicationOn = nil
    files[1].stays = files[1].stays?.filter { $0.status != .permit104c }
    try db.importCaseFiles(files, actor: "test")
    #expect(try column(db, marked) == column(db, byText))
    #expect(try column(db, marked).contains(files[0].fileNo))
  }
}
