import CaseExchange
import CaseModel
import Foundation
import GRDB
import Reports
import Testing

@testable import CaseStore

/// Schema v7 is the first released schema: every later migration must upgrade a v7 database
/// without losing anything. `Tests/Fixtures/schema-v7.sqlite` was written by the v7 program
/// (240 demo files, screened, two users, two referrals, the audit log of it all).
@Suite("Upgrading a released database")
struct SchemaUpgradeTests {
  static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/schema-v7.sqlite").path

  struct Counts: Equatable {
    var files: Int
    var facts: String
    var events: Int
    var audit: Int
    var referrals: Int
    var gaps: Int
    var screenings: Int

    init(_ db: Database) throws {
      files = try Int.fetchOne(db, sql: "SELECT count(*) FROM case_file") ?? -1
      // Every file's stored facts, in order: a change to any of them changes this text's hash.
      var hasher = Hasher()
      for row in try Row.fetchAll(db, sql: "SELECT file_no, facts FROM case_file ORDER BY file_no") {
        hasher.combine(row[0] as String)
        hasher.combine(row[1] as String)
      }
      facts = String(hasher.finalize())
      events = try Int.fetchOne(db, sql: "SELECT count(*) FROM status_event") ?? -1
      audit = try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log") ?? -1
      referrals = try Int.fetchOne(db, sql: "SELECT count(*) FROM referral") ?? -1
      gaps = try Int.fetchOne(db, sql: "SELECT count(*) FROM referral_gap") ?? -1
      screenings = try Int.fetchOne(db, sql: "SELECT count(*) FROM case_file WHERE verdict IS NOT NULL") ?? -1
    }
  }

  @Test("every migration after v7 upgrades the v7 fixture without losing files, facts, audit rows or referrals")
  func upgradesV7() async throws {
    try #require(FileManager.default.fileExists(atPath: Self.fixture), "fixture missing: \(Self.fixture)")
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("v7-\(UUID().uuidString).sqlite").path
    defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
    try FileManager.default.copyItem(atPath: Self.fixture, toPath: path)

    let before = try DatabaseQueue(path: path)
    let applied = try await before.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
    #expect(applied.last == "v7-abh-mentions")
    let counts = try await before.read { try Counts($0) }
    try before.close()
    #expect(counts.files == 240 && counts.referrals == 2)

    let upgraded = try AppDatabase.open(path: path, now: { Date(timeIntervalSince1970: 1_795_507_200) })
    let after = try await upgraded.writer.read { try Counts($0) }
    #expect(after == counts)
    let done = try await upgraded.writer.read { try Schema.migrator.appliedIdentifiers($0) }
    #expect(Set(done) == Set(Schema.migrator.migrations), "every known migration ran")
    // v13-search filled the folded search text of every stored file.
    let unfilled = try await upgraded.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM case_file WHERE search_text = ''") }
    #expect(unfilled == 0)
    let sample = try #require(try upgraded.writer.read {
      try Row.fetchOne($0, sql: "SELECT file_no, family_name, given_names, search_text FROM case_file ORDER BY id LIMIT 1")
    })
    #expect(sample[3] as String == SearchKey.stored(fileNo: sample[0], familyName: sample[1], givenNames: sample[2]))
    // v14-clerkb-queue-indexes copied the § 104c end of every file that has one.
    let ends = try await upgraded.writer.read {
      try Int.fetchOne($0, sql: "SELECT count(*) FROM case_file WHERE json_extract(facts, '$.permit_104c.to') IS NOT permit_104c_end")
    }
    #expect(ends == 0)
    // v15-report-file filled report_file exactly from status_event and the facts (what the
    // reports read before it), so every report gives what it gave: the same reports made from the
    // histories of status_event (as before v15) and of report_file are equal.
    let differences = try await upgraded.writer.read { try ReportFileCheck.differences($0) }
    #expect(differences.isEmpty, "\(differences)")
    let reports = try await upgraded.reportReads { db in
      try Office.allCases.flatMap { office in
        try ReportName.allCases.flatMap { name in
          try [Day(iso: "2026-11-24")!, Day(iso: "2025-06-30")!].map { to in
            let request = ReportRequest(office: office, to: to, today: Day(iso: "2026-11-24")!)
            let before = try ReportMaker.make(name, request: request, db: db, histories: HistoryLoader.loadFromEvents(db.db, office: office))
            return (try ReportMaker.make(name, request: request, db: db).json, before.json)
          }
        }
      }
    }
    #expect(reports.count == 28 && reports.allSatisfy { $0.0 == $0.1 && $0.0.count > 100 })
    // The upgraded store still reads and writes files.
    let first = try await #require(try upgraded.writer.read { try String.fetchOne($0, sql: "SELECT file_no FROM case_file ORDER BY file_no") })
    let file = try #require(try await upgraded.caseFile(fileNo: first, actor: "test"))
    #expect(file.file.fileNo == first)
  }
}
