import CaseExchange
import CaseModel
import DemoDistrict
import Foundation
import GRDB
import Testing

@testable import CaseStore

/// `report_file` (migration v15) is derived from `status_event` and the facts: after every kind of
/// write it must equal what they give, recomputed here the slow way (`ReportFileCheck`).
@Suite("report_file kept exact by every writer")
struct ReportFileTests {
  static let day = Day(iso: "2026-12-01")!

  /// Files with every feature the statistics read, one without a stored history, one with empty lists.
  static func handmade() -> [CaseFile] {
    var full = CaseFile(
      fileNo: "T-FULL", office: .EBH, receivedOn: Day(iso: "2019-02-01")!, status: .granted,
      person: Person(familyName: "Öztürk", givenNames: "Ayşe", birthDate: Day(iso: "1985-07-09")))
    full.person.sex = .female
    full.person.maritalStatus = .married
    full.person.nationalities = ["TUR", "SYR"]
    full.person.municipality = "Sankt Augustin"
    full.stays = [Stay(from: Day(iso: "2012-05-01")!, status: .residencePermit), Stay(from: Day(iso: "2009-03-01")!, to: Day(iso: "2012-04-30"), status: .gestattung)]
    full.history = [
      StatusChange(at: Day(iso: "2019-02-01")!, status: .received), StatusChange(at: Day(iso: "2020-03-01")!, status: .inReview),
      StatusChange(at: Day(iso: "2020-06-01")!, status: .decisionPending),
      StatusChange(at: Day(iso: "2020-09-01")!, status: .granted),
    ]
    full.decidedOn = Day(iso: "2020-09-01")
    full.certificateHandoverOn = Day(iso: "2020-10-15")
    full.team = .kim
    var bare = CaseFile(
      fileNo: "T-BARE", office: .EBH, receivedOn: Day(iso: "2015-01-10")!, status: .refused, person: Person(familyName: "Leer"))
    bare.decidedOn = Day(iso: "2016-03-01")
    bare.person.nationalities = []
    bare.stays = []
    var old = bare
    old.fileNo = "T-OLD"
    old.history = [StatusChange(at: Day(iso: "2015-01-10")!, status: .received), StatusChange(at: Day(iso: "2016-03-01")!, status: .refused, reason: "Frist")]
    let abh = CaseFile(fileNo: "T-ABH", office: .ABH, receivedOn: Day(iso: "2026-01-05")!, status: .received, person: Person(familyName: "Neu"))
    return [full, bare, old, abh]
  }

  static func store() throws -> AppDatabase {
    let db = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_796_600_000) })
    try db.importCaseFiles(DemoDistrict(seed: 11, today: Day(iso: "2026-11-24")!, fileCount: 300).generate() + handmade(), actor: "test")
    return db
  }

  static func expectExact(_ store: AppDatabase, after write: String) async throws {
    let problems = try await store.writer.read { try ReportFileCheck.differences($0) }
    #expect(problems.isEmpty, "after \(write): \(problems)")
  }

  /// The stored file numbers of one office and status, in order.
  static func fileNos(_ store: AppDatabase, _ condition: String) async throws -> [String] {
    try await store.writer.read { try String.fetchAll($0, sql: "SELECT file_no FROM case_file WHERE \(condition) ORDER BY id") }
  }

  /// A status added to the contract without its own code would be stored as "received" (code 0).
  @Test("every stage has its own stored code, and the codes read back")
  func everyStatusHasACode() {
    #expect(Set(ReportHistory.statuses) == Set(CaseStatus.allCases))
    #expect(ReportHistory.statuses.count == CaseStatus.allCases.count)
    for s in CaseStatus.allCases { #expect(ReportHistory.statuses[Int(ReportHistory.code(s))] == s) }
  }

  @Test("import, re-import, save, stage change, reopen, clerk, list import, anonymisation and deletion keep it exact")
  func everyWriter() async throws {
    let store = try Self.store()
    try await Self.expectExact(store, after: "the import")

    // Re-import: changed person facts and a withdrawal of open files, one file moved to the other office.
    let open = try await Self.fileNos(store, "is_open = 1 AND office = 'EBH'")
    var changed: [CaseFile] = []
    for no in open.prefix(5) {
      var f = try #require(try await store.caseFile(fileNo: no, actor: "t")).file
      f.person.municipality = "Much"
      f.person.nationalities = (f.person.nationalities ?? []) + ["AFG"]
      f.person.sex = .diverse
      f.stays = (f.stays ?? []) + [Stay(from: Day(iso: "2001-01-01")!, status: .duldung)]
      try CaseLifecycle.step(&f, to: .withdrawn, on: Self.day, by: "t", reason: "Rücknahme")
      changed.append(f)
    }
    changed[0].office = .ABH
    try store.importCaseFiles(changed, actor: "test")
    try await Self.expectExact(store, after: "the re-import")

    // Form/API save: a new file and a changed one.
    var created = CaseFile(fileNo: "T-NEW", office: .EBH, receivedOn: Day(iso: "2026-11-02")!, status: .received, person: Person(familyName: "Neu"))
    created.person.birthDate = Day(iso: "1999-12-31")
    try await store.saveCaseFile(created, expectedVersion: nil, actor: "t")
    let stored = try #require(try await store.caseFile(fileNo: "T-NEW", actor: "t"))
    var edited = stored.file
    edited.person.maritalStatus = .single
    edited.certificateHandoverOn = nil
    try await store.saveCaseFile(edited, expectedVersion: stored.version, actor: "t")
    try await Self.expectExact(store, after: "the saves")

    // Stage change, then reopen by an administrator, then a clerk assigned.
    let next = try #require(open.dropFirst(5).first)
    let version = try #require(try await store.caseFile(fileNo: next, actor: "t")).version
    let v2 = try await store.editCaseFile(fileNo: next, expectedVersion: version, actor: "t") { f in
      try CaseLifecycle.step(&f, to: .withdrawn, on: Self.day, by: "t", reason: "Rücknahme")
    }
    try await Self.expectExact(store, after: "the stage change")
    try await store.editCaseFile(fileNo: next, expectedVersion: v2, actor: "admin", mayReopen: true) { f in
      try CaseLifecycle.step(&f, to: CaseLifecycle.reopenedStage, on: Self.day, by: "admin", reason: "Versehen", reopen: true)
    }
    try await Self.expectExact(store, after: "the reopening")
    try await store.assignClerk("Schmitz", fileNos: [next], office: .EBH, actor: "t")
    try await Self.expectExact(store, after: "the clerk's assignment")

    // An office's list: one new file, one stored file updated.
    let header = "Az.;Name;Vorname;Geb.-Datum;Staatsangehörigkeit;Antrag vom;Status;SB;Wohnort"
    let list = [header, "T-LIST;Haddad;Rami;03.01.1990;syrisch;15.02.2024;in Prüfung;Schmitz;Siegburg",
                "T-NEW;Neu;;31.12.1999;irakisch;02.11.2026;in Prüfung;Schmitz;Lohmar"]
    let listed = try store.importList(
      ListImportRequest(bytes: Array(list.joined(separator: "\r\n").utf8), source: "liste.csv", office: .EBH, today: Self.day, actor: "t"))
    #expect(listed.succeeded, "\(listed.issues)")
    try await Self.expectExact(store, after: "the list import")

    // Retention: T-BARE and T-OLD (refused 2016) are anonymised, their features cleared.
    let plan = try await store.retentionPlan(.placeholder, today: Day(iso: "2026-12-07")!)
    #expect(plan.files.map(\.fileNo).contains("T-OLD"))
    _ = try await store.applyRetention(plan, actor: "cli:dpo")
    try await Self.expectExact(store, after: "the anonymisation")

    // Deletion of files (no writer deletes one today; the trigger must still follow).
    try await store.writer.write { db in
      try db.execute(sql: "DELETE FROM status_event WHERE case_id IN (SELECT id FROM case_file WHERE file_no IN ('T-FULL', 'T-ABH'))")
      try db.execute(sql: "DELETE FROM screening WHERE case_id IN (SELECT id FROM case_file WHERE file_no IN ('T-FULL', 'T-ABH'))")
      try db.execute(sql: "DELETE FROM case_file WHERE file_no IN ('T-FULL', 'T-ABH')")
    }
    try await Self.expectExact(store, after: "the deletion")
    let rows = try await store.writer.read { db in
      try [Int.fetchOne(db, sql: "SELECT count(*) FROM report_file"), Int.fetchOne(db, sql: "SELECT count(*) FROM case_file")]
    }
    #expect(rows[0] == rows[1] && rows[0] ?? 0 > 300)
  }
}

/// `report_file` against `case_file` and `status_event`: the histories as `HistoryLoader` reads
/// them from `status_event`, the features as `json_extract` gives them from the facts.
enum ReportFileCheck {
  static let features = """
    SELECT c.office, c.id, c.file_no, c.route, json_extract(c.facts, '$.person.birth_date'), json_extract(c.facts, '$.person.sex'),
      json_extract(c.facts, '$.person.marital_status'), json_extract(c.facts, '$.person.municipality'),
      json_extract(c.facts, '$.person.nationalities'),
      (SELECT MIN(json_extract(s.value, '$.from')) FROM json_each(c.facts, '$.stays') s),
      json_extract(c.facts, '$.certificate_handover_on')
    FROM case_file c
    """
  static let stored = """
    SELECT office, case_id, file_no, route, birth_date, sex, marital_status, municipality, nationalities, first_stay, handover_on
    FROM report_file
    """

  /// What differs, named; empty when `report_file` is exact.
  static func differences(_ db: Database) throws -> [String] {
    var out: [String] = []
    for office in Office.allCases {
      let kept = try HistoryLoader.load(db, office: office)
      let events = try HistoryLoader.loadFromEvents(db, office: office)
      if kept != events {
        let ids = Set(Set(kept).symmetricDifference(events).map(\.id)).sorted()
        out.append("\(office) histories differ (\(kept.count) kept, \(events.count) from the events): ids \(ids.prefix(6))")
      }
    }
    for (a, b, what) in [(features, stored, "missing or wrong in report_file"), (stored, features, "not so in case_file")] {
      let rows = try Row.fetchAll(db, sql: "\(a) EXCEPT \(b)")
      if !rows.isEmpty { out.append("\(rows.count) rows \(what), e.g. \(rows[0])") }
    }
    return out
  }
}
