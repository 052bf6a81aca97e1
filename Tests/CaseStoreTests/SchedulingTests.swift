import CaseModel
import Foundation
import GRDB
import Testing

@testable import CaseStore

/// The one concurrency model: the store's methods run on GRDB's queues, CPU work through
/// `CPUWork`, and the request id travels with both.
@Suite("Store scheduling")
struct SchedulingTests {
  static let day = Day(iso: "2025-01-02")!

  func pool() throws -> (AppDatabase, String) {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("sched-\(UUID().uuidString).sqlite").path
    return (try AppDatabase.open(path: path, now: { Date(timeIntervalSince1970: 1_795_507_200) }), path)
  }

  func file(_ i: Int) -> CaseFile {
    var f = CaseFile(fileNo: "EBH-2025-\(i)", office: .EBH, receivedOn: Self.day, status: .received, person: Person(familyName: "P\(i)"))
    f.history = [StatusChange(at: Self.day, status: .received)]
    return f
  }

  @Test("the audit rows a write makes and the work CPUWork runs carry the request id of the caller")
  func requestIDTravels() async throws {
    let db = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_507_200) })
    try db.importCaseFiles([file(1)], actor: "t")
    let seen = try await AuditContext.$requestID.withValue("req-42") {
      _ = try await db.caseFile(fileNo: "EBH-2025-1", actor: "clerk")
      return try await CPUWork.run { AuditContext.requestID }
    }
    #expect(seen == "req-42")
    let ids = try await db.writer.read { try String?.fetchAll($0, sql: "SELECT request_id FROM audit_log WHERE action = 'read'") }
    #expect(ids == ["req-42"])
    await #expect(throws: StoreError.notFound(fileNo: "x")) {
      try await CPUWork.run { () throws -> Int in throw StoreError.notFound(fileNo: "x") }
    }
  }

  /// With one synchronous GRDB read among these calls (a cooperative thread blocked on a reader
  /// while async reads hold every reader until they resume there) this test never finishes: the
  /// deadlock the async store removed.
  @Test("200 clerks at once on a database file: audited reads, queue pages and saves all finish")
  func manyClerksAtOnce() async throws {
    let (db, path) = try pool()
    defer { for s in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: path + s) } }
    try db.importCaseFiles((0..<50).map(file), actor: "t")
    let started = ContinuousClock.now
    let done = try await withThrowingTaskGroup(of: Int.self) { group in
      for clerk in 0..<200 {
        group.addTask {
          let no = "EBH-2025-\(clerk % 50)"
          switch clerk % 4 {
          case 0: _ = try await db.caseFile(fileNo: no, actor: "c\(clerk)")
          case 1: _ = try await db.triageQueue(QueueFilter(office: .EBH), today: Self.day)
          case 2: _ = try await db.auditEntries(fileNo: no, limit: 5)
          default: try await db.addNote(fileNo: no, text: "Notiz \(clerk)", actor: "c\(clerk)")
          }
          return 1
        }
      }
      return try await group.reduce(0, +)
    }
    #expect(done == 200)
    #expect(ContinuousClock.now - started < .seconds(60))
    #expect(try await db.auditEntries(limit: 1_000).filter { $0.action == "read" }.count == 50)
  }
}
