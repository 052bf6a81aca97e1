import CaseModel
@testable import CaseStore
import DemoDistrict
import Foundation
import GRDB
import Reports
import Testing

/// The C-API loaders (of `report_file` and of `status_event`) against a plain GRDB reading of
/// `case_file` and `status_event`.
@Suite("History loader")
struct HistoryLoaderTests {
  static func demoStore() -> AppDatabase {
    let store = try! AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_507_200) })
    try! store.importCaseFiles(DemoDistrict(seed: 3, today: day("2026-11-24"), fileCount: 400).generate(), actor: "test")
    return store
  }

  /// 400 demo files of both offices, as written.
  static let store = demoStore()

  /// The same files; two closed files and one open file lose their stored history (as files
  /// stored before the history was), so the loader of `status_event` (which migration v15 used
  /// to fill `report_file`) must rebuild one from the file's columns.
  static let stripped: AppDatabase = {
    let store = demoStore()
    try! store.writer.write { db in
      try db.execute(sql: """
        CREATE TEMP TABLE stripped AS
          SELECT id FROM (SELECT id FROM case_file WHERE is_open = 0 ORDER BY id LIMIT 2)
          UNION ALL SELECT id FROM (SELECT id FROM case_file WHERE is_open = 1 ORDER BY id LIMIT 1);
        DELETE FROM status_event WHERE case_id IN (SELECT id FROM stripped);
        """)
    }
    return store
  }()

  /// What the loader must return, read the slow, obvious way.
  static func reference(_ db: Database, office: Office) throws -> [FileHistory] {
    let files = try Row.fetchAll(
      db, sql: "SELECT id, received_on, team, status, closed_on FROM case_file WHERE office = ? ORDER BY id",
      arguments: [office.rawValue])
    return try files.map { f in
      let received = day(f[1])
      var events = try Row.fetchAll(db, sql: "SELECT at, status FROM status_event WHERE case_id = ? ORDER BY seq", arguments: [f[0] as Int64])
        .map { FileHistory.Event(at: day($0[0]), status: CaseStatus(rawValue: $0[1])!) }
      if events.isEmpty {
        events = [.init(at: received, status: .received)]
        let status = CaseStatus(rawValue: f[3])!
        if status != .received { events.append(.init(at: (f[4] as String?).map(day) ?? received, status: status)) }
      }
      return FileHistory(id: f[0], receivedOn: received, team: (f[2] as String?).flatMap(Team.init(rawValue:)), events: events)
    }
  }

  @Test("both offices load from report_file exactly as the plain reading")
  func sameAsReference() async throws {
    try await Self.store.reportReads { db in
      for office in [Office.EBH, .ABH] {
        let loaded = try db.statusHistories(office: office)
        #expect(loaded == (try Self.reference(db.db, office: office)))
        #expect(!loaded.isEmpty)
      }
    }
  }

  @Test("both offices load from status_event exactly as the plain reading, files without stored history included")
  func eventsSameAsReference() async throws {
    try await Self.stripped.reportReads { db in
      for office in [Office.EBH, .ABH] {
        let loaded = try HistoryLoader.loadFromEvents(db.db, office: office)
        #expect(loaded == (try Self.reference(db.db, office: office)))
        #expect(!loaded.isEmpty)
      }
      let stripped = try Int64.fetchAll(db.db, sql: "SELECT id FROM temp.stripped")
      let all = try HistoryLoader.loadFromEvents(db.db, office: .EBH) + HistoryLoader.loadFromEvents(db.db, office: .ABH)
      let rebuilt = all.filter { stripped.contains($0.id) }
      #expect(rebuilt.count == 3 && rebuilt.filter { $0.events.count == 2 && $0.events[1].status.isClosed }.count == 2)
    }
  }

  @Test("histories decoded in many small chunks on other threads come back complete and in id order")
  func chunked() async throws {
    try await Self.store.reportReads { db in
      for office in [Office.EBH, .ABH] {
        let reference = try Self.reference(db.db, office: office)
        for rows in [1, 7, 64] { #expect(try HistoryLoader.load(db.db, office: office, chunkRows: rows) == reference) }
      }
    }
  }

  @Test("a malformed history blob is an error naming the file, in whichever chunk it lies")
  func malformed() async throws {
    let store = Self.demoStore()
    let id = try await store.writer.write { db -> Int64 in
      let id = try Int64.fetchOne(db, sql: "SELECT case_id FROM report_file WHERE office = 'EBH' ORDER BY case_id LIMIT 1 OFFSET 100") ?? 0
      try db.execute(sql: "UPDATE report_file SET history = x'0102' WHERE case_id = ?", arguments: [id])
      return id
    }
    try await store.reportReads { db in
      for rows in [8, HistoryLoader.chunkRows] {
        #expect { try HistoryLoader.load(db.db, office: .EBH, chunkRows: rows) } throws: { error in
          "\(error)".contains("history of file \(id) cannot be read")
        }
      }
    }
  }
}
