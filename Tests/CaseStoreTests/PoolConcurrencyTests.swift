import CaseModel
import Foundation
import GRDB
import Testing

@testable import CaseStore

/// The server's real setting: a WAL database file behind a `DatabasePool`, not an in-memory queue.
@Suite("Concurrent writers and readers on a database file")
struct PoolConcurrencyTests {
  func pool() throws -> (AppDatabase, String) {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("pool-\(UUID().uuidString).sqlite").path
    return (try AppDatabase.open(path: path, now: { Date(timeIntervalSince1970: 1_795_507_200) }), path)
  }

  func files(_ n: Int, from start: Int = 0) -> [CaseFile] {
    (start..<start + n).map { i in
      var f = CaseFile(fileNo: "EBH-2025-\(i)", office: .EBH, receivedOn: Day(iso: "2025-01-02")!, status: .received,
        person: Person(familyName: "P\(i)"))
      f.history = [StatusChange(at: Day(iso: "2025-01-02")!, status: .received)]
      return f
    }
  }

  @Test("two clerks saving the same version of one file at once: one wins, the other gets a conflict, nothing is lost")
  func twoWriters() async throws {
    let (db, path) = try pool()
    defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
    try db.importCaseFiles(files(1), actor: "t")
    let results = await withTaskGroup(of: Result<Int, any Error>.self) { group in
      for clerk in ["a", "b"] {
        group.addTask {
          do {
            return .success(
              try await db.editCaseFile(fileNo: "EBH-2025-0", expectedVersion: 1, actor: clerk) { $0.clerk = clerk })
          } catch { return .failure(error) }
        }
      }
      var out: [Result<Int, any Error>] = []
      for await r in group { out.append(r) }
      return out
    }
    let wins = results.compactMap { try? $0.get() }
    #expect(wins == [2])
    #expect(results.contains { if case .failure(StoreError.versionConflict) = $0 { true } else { false } })
    let stored = try #require(try await db.caseFile(fileNo: "EBH-2025-0", actor: "t"))
    #expect(stored.version == 2 && ["a", "b"].contains(stored.file.clerk ?? ""))
  }

  @Test("a long read sees one snapshot while imports write, and neither waits for the other to fail")
  func readDuringImports() async throws {
    let (db, path) = try pool()
    defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
    try db.importCaseFiles(files(2_000), actor: "t")
    async let reading: (Int, Int) = try db.writer.read { conn in
      let first = try Int.fetchOne(conn, sql: "SELECT count(*) FROM case_file") ?? -1
      // A report-like scan of every event, long enough for the imports below to commit meanwhile.
      var events = 0
      for _ in 0..<20 { events = try Int.fetchOne(conn, sql: "SELECT count(*) FROM status_event s JOIN case_file c ON c.id = s.case_id") ?? -1 }
      let again = try Int.fetchOne(conn, sql: "SELECT count(*) FROM case_file") ?? -1
      #expect(first == again, "one snapshot for the whole read")
      return (first, events)
    }
    for batch in 1...3 {
      try db.importCaseFiles(files(500, from: 2_000 * batch), actor: "t")
    }
    let (count, events) = try await reading
    #expect(count >= 2_000 && events >= 2_000)
    #expect(try await db.caseFileCount() == 3_500)
  }
}
