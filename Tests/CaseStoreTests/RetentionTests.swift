import CaseModel
@testable import CaseStore
import Foundation
import GRDB
import Testing

@Suite("Deletion on schedule")
struct RetentionTests {
  static let today = Day(iso: "2026-12-07")!

  func file(_ no: String, _ office: Office, status: CaseStatus, closed: String) -> CaseFile {
    var f = CaseFile(
      fileNo: no, office: office, receivedOn: Day(iso: "2014-01-10")!, status: status,
      person: Person(familyName: "Musterfrau", givenNames: "Erika", birthDate: Day(iso: "1980-05-05")))
    f.person.municipality = "Siegburg"
    f.person.nationalities = ["SYR"]
    f.person.phone = "+49 2241 12345"
    f.history = [
      StatusChange(at: Day(iso: "2014-01-10")!, status: .received),
      StatusChange(at: Day(iso: closed)!, status: status, reason: status == .granted ? nil : "Frau Musterfrau zog zurück"),
    ]
    if status == .granted { f.decidedOn = Day(iso: closed) }
    f.team = .regular
    return f
  }

  func store() throws -> AppDatabase {
    let db = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_796_600_000) })
    try db.importCaseFiles(
      [
        file("EBH-OLD-REFUSED", .EBH, status: .refused, closed: "2015-03-01"),
        file("EBH-OLD-GRANTED", .EBH, status: .granted, closed: "2015-03-01"),
        file("EBH-NEW-REFUSED", .EBH, status: .refused, closed: "2024-03-01"),
        file("ABH-OLD-WITHDRAWN", .ABH, status: .withdrawn, closed: "2020-03-01"),
      ], actor: "test")
    try db.addNoteSync(fileNo: "EBH-OLD-REFUSED", text: "Rückruf bei Frau Musterfrau", actor: "clerk")
    return db
  }

  @Test("the dry run lists exactly the files whose period ended, with the rule, and changes nothing")
  func dryRun() async throws {
    let db = try store()
    let plan = try await db.retentionPlan(.placeholder, today: Self.today)
    #expect(plan.files.map(\.fileNo) == ["EBH-OLD-REFUSED", "ABH-OLD-WITHDRAWN"])
    #expect(plan.files[0].rule == "EBH refused: 10 years after closing")
    #expect(plan.files[0].dueOn == Day(iso: "2025-03-01"))
    #expect(try await db.caseFile(fileNo: "EBH-OLD-REFUSED", actor: "t")?.file.person.familyName == "Musterfrau")
  }

  @Test("a run removes the person and notes, keeps what reports count, and leaves an audit entry with counts")
  func run() async throws {
    let db = try store()
    let eventsBefore = try await db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM status_event") }
    let plan = try await db.retentionPlan(.placeholder, today: Self.today)
    let result = try await db.applyRetention(plan, actor: "cli:dpo", batchSize: 1)
    #expect(result.filesAnonymised == 2)
    #expect(result.notesDeleted == 1)
    await #expect(throws: FileDeleted(fileNo: "EBH-OLD-REFUSED", deletedOn: "2026-12-07")) {
      try await db.caseFile(fileNo: "EBH-OLD-REFUSED", actor: "t")
    }
    let kept = try Self.husk(db, "EBH-OLD-REFUSED")
    #expect(kept.person.familyName == "(gelöscht)")
    #expect(kept.person.givenNames == nil && kept.person.birthDate == nil && kept.person.phone == nil)
    #expect(kept.person.municipality == "Siegburg" && kept.office == .EBH && kept.status == .refused)
    #expect(kept.history?.allSatisfy { $0.reason == nil } == true)
    let raw = try await db.writer.read { db in
      try String.fetchAll(db, sql: "SELECT facts || ' ' || family_name || ' ' || coalesce(given_names,'') FROM case_file WHERE file_no = 'EBH-OLD-REFUSED'")
        + String.fetchAll(db, sql: "SELECT coalesce(detail,'') FROM audit_log") + String.fetchAll(db, sql: "SELECT text FROM file_note")
    }.joined(separator: " ")
    #expect(!raw.contains("Musterfrau") && !raw.contains("Erika") && !raw.contains("1980-05-05") && !raw.contains("2241"))
    // Reports: the status history stays whole.
    await #expect(try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM status_event") } == eventsBefore)
    // The untouched files keep their person.
    #expect(try await db.caseFile(fileNo: "EBH-OLD-GRANTED", actor: "t")?.file.person.familyName == "Musterfrau")
    let entry = try #require(try await db.auditEntries().first { $0.action == "retention" })
    #expect(entry.detail?.hasPrefix("files anonymised: 2, notes deleted: 1") == true)
    #expect(try await db.retentionPlan(.placeholder, today: Self.today).files.isEmpty)
    // The append-only triggers hold again after the run.
    #expect(throws: (any Error).self) { try db.writer.write { try $0.execute(sql: "DELETE FROM audit_log") } }
  }

  @Test("a re-import of an old list does not bring a deleted file back")
  func tombstone() async throws {
    let db = try store()
    _ = try await db.applyRetention(try await db.retentionPlan(.placeholder, today: Self.today), actor: "cli:dpo")
    #expect(try await db.deletedOn(fileNo: "EBH-OLD-REFUSED") == "2026-12-07")
    #expect(throws: ImportRejected.self) {
      try db.importCaseFiles([file("EBH-OLD-REFUSED", .EBH, status: .refused, closed: "2015-03-01")], actor: "import")
    }
    await #expect(throws: InvalidCaseFile.self) {
      try await db.saveCaseFile(file("EBH-OLD-REFUSED", .EBH, status: .refused, closed: "2015-03-01"), expectedVersion: nil, actor: "api")
    }
    #expect(try Self.husk(db, "EBH-OLD-REFUSED").person.familyName == "(gelöscht)")
  }

  @Test("an anonymised file is left out of the export unless asked for, and cannot be read as a file")
  func exportAndRead() async throws {
    let db = try store()
    _ = try await db.applyRetention(try await db.retentionPlan(.placeholder, today: Self.today), actor: "cli:dpo")
    #expect(try await db.anonymisedFileCount() == 2)
    let exported = try await db.canonicalJSONOfAllFiles(actor: "t").joined()
    #expect(!exported.contains("EBH-OLD-REFUSED") && !exported.contains("(gelöscht)"))
    #expect(exported.contains("EBH-OLD-GRANTED") && exported.contains("EBH-NEW-REFUSED"))
    let all = try await db.canonicalJSONOfAllFiles(actor: "t", includeAnonymised: true)
    #expect(all.count == 4 && all.joined().contains("\"family_name\":\"(gelöscht)\""))
    await #expect(throws: FileDeleted.self) { try await db.caseFile(fileNo: "ABH-OLD-WITHDRAWN", actor: "t") }
    // The person report still answers for the data subject: nothing of the person is left.
    #expect(try await db.personReport(fileNo: "EBH-OLD-REFUSED", actor: "t")?.anonymisedOn == "2026-12-07")
  }

  /// What stays of an anonymised file, read past the store's refusal.
  static func husk(_ db: AppDatabase, _ fileNo: String) throws -> CaseFile {
    let facts = try db.writer.read { try String.fetchOne($0, sql: "SELECT facts FROM case_file WHERE file_no = ?", arguments: [fileNo]) }
    return try AppDatabase.decodeStored(try #require(facts), fileNo: fileNo)
  }

  @Test("audit rows older than the period are deleted")
  func auditRows() async throws {
    let db = try store()
    try await db.writer.write { db in
      try db.execute(sql: "INSERT INTO audit_log (at, actor, action, file_no) VALUES ('2001-01-01T00:00:00Z', 'x', 'read', 'EBH-OLD-GRANTED')")
    }
    let plan = try await db.retentionPlan(.placeholder, today: Self.today)
    #expect(plan.auditRows == 1)
    let result = try await db.applyRetention(plan, actor: "cli:dpo")
    #expect(result.auditRowsDeleted == 1)
  }
}

extension AppDatabase {
  func addNoteSync(fileNo: String, text: String, actor: String) throws {
    try writer.write { db in
      let id = try Int64.fetchOne(db, sql: "SELECT id FROM case_file WHERE file_no = ?", arguments: [fileNo])
      try db.execute(
        sql: "INSERT INTO file_note (case_id, at, author, text) VALUES (?, '2020-01-01T00:00:00Z', ?, ?)", arguments: [id, actor, text])
      try db.execute(
        sql: "INSERT INTO audit_log (at, actor, action, file_no, detail) VALUES ('2020-01-01T00:00:00Z', ?, 'note', ?, ?)",
        arguments: [actor, fileNo, text])
    }
  }
}
