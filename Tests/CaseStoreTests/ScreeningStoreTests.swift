import CaseExchange
import CaseModel
@testable import CaseStore
import Casework
import Checklists
import Eligibility
import Foundation
import GRDB
import Testing

@Suite("Stored screenings")
struct ScreeningStoreTests {
  static let checklists = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("checklists").path
  static let asOf = Day(iso: "2026-11-24")!

  func engine() throws -> ScreeningEngine { try ScreeningEngine(checklists: ChecklistLoader.load(directory: Self.checklists)) }
  func examples() -> [CaseFile] { ImportTests().examples() }
  /// The office's rules (screening on save, triage groups) live in `Casework`.
  func casework(_ db: AppDatabase, _ engine: ScreeningEngine) -> Casework {
    Casework(store: db, engine: engine, today: { Self.asOf })
  }
  func store() throws -> AppDatabase { try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_507_200) }) }

  func verdict(_ db: AppDatabase, _ fileNo: String) throws -> String? {
    try db.writer.read { try String.fetchOne($0, sql: "SELECT verdict FROM case_file WHERE file_no = ?", arguments: [fileNo]) }
  }

  @Test("an import with screening stores the verdict, the rule set and the as-of date")
  func importStoresScreenings() async throws {
    let db = try store()
    let engine = try engine()
    try casework(db, engine).importFiles(examples(), actor: "t")
    #expect(try await verdict(db, "EBH-2025-01990") == "gaps")
    let row = try db.writer.read {
      try Row.fetchOne($0, sql: "SELECT eligible_on, gap_rules, screened_as_of, ruleset_version FROM case_file WHERE file_no = 'EBH-2025-01990'")
    }
    #expect(row?[0] as String? == "2027-01-17")
    #expect(row?[1] as String? == ",STAG10-RESIDENCE,")
    #expect(row?[2] as String? == "2026-11-24")
    #expect(row?[3] as String? == engine.rulesetVersion)
    let stored = try await db.storedScreenings(fileNo: "EBH-2025-01990")
    #expect(stored.first?.openFindings.first == StoredScreening.OpenFinding(rule: "STAG10-RESIDENCE", outcome: "gap", fix: "time", until: "2027-01-17"))
    #expect(try await db.storedScreenings(fileNo: "ABH-2025-00907").count == 1)
  }

  @Test("saving a recorded B1 certificate re-screens the file at once")
  func saveRescreens() async throws {
    let db = try store()
    let casework = casework(db, try engine())
    try casework.importFiles(examples(), actor: "t")
    #expect(try await verdict(db, "EBH-2025-00871") == "gaps")
    var f = try #require(try await db.caseFile(fileNo: "EBH-2025-00871", actor: "clerk"))
    f.file.german = German(level: .B1, proof: .certificate, on: Day(iso: "2026-11-20"))
    try await casework.putFile(f.file, expectedVersion: f.version, actor: "clerk")
    #expect(try await verdict(db, "EBH-2025-00871") == "eligible")
  }

  @Test("a changed rule set re-screens every file and counts the changed verdicts")
  func rulesetChange() async throws {
    let db = try store()
    let engine = try engine()
    try db.importCaseFiles(examples(), actor: "t")
    #expect(try await verdict(db, "EBH-2024-03112") == nil)
    let first = try #require(try casework(db, engine).rescreenIfRulesChanged(actor: "t"))
    #expect(first.files == 9 && first.verdictsChanged == 9)
    #expect(try casework(db, engine).rescreenIfRulesChanged(actor: "t") == nil)
    #expect(try await db.verdictCounts(onlyOpen: false)["eligible"] == 3)
  }

  @Test("gaps are queued by who can close them: time alone, the applicant or case management")
  func queueGroups() throws {
    let db = try store()
    let engine = try engine()
    try casework(db, engine).importFiles(examples(), actor: "t")
    func group(_ n: String) throws -> String? {
      try db.writer.read { try String.fetchOne($0, sql: "SELECT queue_group FROM case_file WHERE file_no = ?", arguments: [n]) }
    }
    #expect(try group("EBH-2025-01990") == "waiting_time")
    #expect(try group("EBH-2025-00871") == "gaps")
    #expect(try group("EBH-2024-03112") == "eligible")
  }

  @Test("ABH: the files whose § 25b residence time is complete")
  func residence25bComplete() async throws {
    let db = try store()
    let engine = try engine()
    try casework(db, engine).importFiles(examples(), actor: "t")
    var f = QueueFilter(office: .ABH)
    f.residence25bComplete = true
    let rows = try await db.triageQueue(f, today: Self.asOf).rows.map(\.fileNo)
    #expect(rows == ["ABH-2026-00148"])
  }
}
