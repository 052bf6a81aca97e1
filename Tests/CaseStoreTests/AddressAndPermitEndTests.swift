import CaseModel
@testable import CaseStore
import Foundation
import GRDB
import Testing

@Suite("The postal address in the store; the § 104c end column")
struct AddressAndPermitEndTests {
  func addressed(_ no: String, status: CaseStatus) -> CaseFile {
    var f = CaseFile(
      fileNo: no, office: .EBH, receivedOn: Day(iso: "2014-01-10")!, status: status,
      person: Person(familyName: "Musterfrau", givenNames: "Erika"))
    f.person.address = Address(street: "Ringstraße 5", postalCode: "53721", city: "Siegburg")
    f.history = [StatusChange(at: Day(iso: "2014-01-10")!, status: .received), StatusChange(at: Day(iso: "2015-03-01")!, status: status, reason: "Ablehnung")]
    return f
  }

  @Test("the person report shows the address; retention deletes it")
  func addressKeptAndDeleted() async throws {
    let db = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_796_600_000) })
    try db.importCaseFiles([addressed("EBH-OLD", status: .refused)], actor: "test")
    let report = try #require(try await db.personReport(fileNo: "EBH-OLD", actor: "dpo"))
    #expect(report.facts.contains("Ringstraße 5"))
    let plan = try await db.retentionPlan(.placeholder, today: Day(iso: "2026-12-07")!)
    _ = try await db.applyRetention(plan, actor: "cli:dpo", batchSize: 10)
    // An anonymised file is no person's file any more: reading it is refused (410 on the web).
    await #expect(throws: (any Error).self) { try await db.caseFile(fileNo: "EBH-OLD", actor: "t") }
    let raw = try await db.writer.read { try String.fetchAll($0, sql: "SELECT facts FROM case_file") }.joined()
    #expect(!raw.contains("Ringstraße") && !raw.contains("53721"))
  }

  @Test("the § 104c end follows the facts on insert, update and removal")
  func permitEnd() async throws {
    let db = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_507_200) })
    var f = CaseFile(fileNo: "ABH-1", office: .ABH, receivedOn: Day(iso: "2025-01-01")!, status: .inReview, person: Person(familyName: "A"))
    f.permit104c = Period(from: Day(iso: "2025-01-01")!, to: Day(iso: "2026-12-31")!)
    try db.importCaseFiles([f, CaseFile(fileNo: "ABH-2", office: .ABH, receivedOn: Day(iso: "2025-01-01")!, status: .inReview, person: Person(familyName: "B"))], actor: "t")
    func end(_ no: String) throws -> String? {
      try db.writer.read { try String.fetchOne($0, sql: "SELECT permit_104c_end FROM case_file WHERE file_no = ?", arguments: [no]) }
    }
    #expect(try end("ABH-1") == "2026-12-31" && end("ABH-2") == nil)
    var stored = try #require(try await db.caseFile(fileNo: "ABH-1", actor: "t"))
    stored.file.permit104c?.to = Day(iso: "2027-02-01")!
    try await db.saveCaseFile(stored.file, expectedVersion: stored.version, actor: "t")
    #expect(try end("ABH-1") == "2027-02-01")
    stored = try #require(try await db.caseFile(fileNo: "ABH-1", actor: "t"))
    stored.file.permit104c = nil
    try await db.saveCaseFile(stored.file, expectedVersion: stored.version, actor: "t")
    #expect(try end("ABH-1") == nil)
  }
}
