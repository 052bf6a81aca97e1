import CaseExchange
import CaseModel
import CaseStore
import Foundation
import Synchronization
import Testing

/// Issue 11 point 15: an event or proof date after the office's today is refused on every way
/// into the store (import, list import, edits, saves), with the field named; today is allowed.
@Suite("Future event dates refused by the store")
struct FutureDateInputTests {
  /// A clock the test can move: 2026-11-24 08:00 UTC (09:00 in Berlin) to start with.
  final class Clock: Sendable {
    let now = Mutex(Date(timeIntervalSince1970: 1_795_507_200))
    func set(_ iso: String) { now.withLock { $0 = Date(timeIntervalSince1970: Double(Day(iso: iso)!.ordinal) * 86_400 + 36_000) } }
  }

  static let today = Day(iso: "2026-11-24")!
  static let tomorrow = Day(iso: "2026-11-25")!

  func store(_ clock: Clock = Clock()) throws -> AppDatabase { try AppDatabase.inMemory(now: { clock.now.withLock { $0 } }) }

  static func file(_ no: String) -> CaseFile {
    var f = CaseFile(fileNo: no, office: .EBH, receivedOn: Day(iso: "2026-01-05")!, status: .received, person: Person(familyName: "X"))
    f.history = [StatusChange(at: Day(iso: "2026-01-05")!, status: .received)]
    return f
  }

  @Test("an import with future dates in two files imports nothing and names both files and fields; today is allowed")
  func importNamesEveryRecord() async throws {
    let db = try store()
    var a = Self.file("E-1")
    a.german = German(level: .B1, proof: .certificate, on: Self.tomorrow)
    var b = Self.file("E-2")
    b.documents = [DocumentRecord(id: "D03", status: .provided, on: Self.tomorrow, validUntil: Day(iso: "2030-01-01"))]
    var c = Self.file("E-3")
    c.civics = Civics(passed: true, proof: .einbuergerungstest, on: Self.today)
    let error = #expect(throws: ImportRejected.self) { try db.importCaseFiles([a, b, c], actor: "t") }
    let issues = error?.issues.map { "\($0.fileNo ?? "?") \($0.field ?? "?")" } ?? []
    #expect(issues == ["E-1 german.on", "E-2 documents[0].on"])
    #expect(try await db.caseFileCount() == 0)
    #expect(try db.importCaseFiles([c], actor: "t").added == ["E-3"])
  }

  @Test("an edit (file page, PUT) refuses a future date it enters; a future date stored before stays editable around")
  func edits() async throws {
    let clock = Clock()
    clock.set("2026-11-26")
    let db = try store(clock)
    var legacy = Self.file("E-1")
    legacy.german = German(level: .B1, proof: .certificate, on: Self.tomorrow)  // stored while it was not in the future
    try db.importCaseFiles([legacy], actor: "t")
    clock.set("2026-11-24")
    // An unrelated change saves; the stored date is not refused again.
    let v2 = try await db.editCaseFile(fileNo: "E-1", expectedVersion: 1, actor: "t") { $0.clerk = "m.schmitz" }
    #expect(v2 == 2)
    // A new future date is refused, naming the field; today is fine.
    await #expect(throws: InvalidCaseFile([FieldError(path: "civics.on", reason: .futureDate(today: Day(year: 2026, month: 11, day: 24)!, value: Day(year: 2026, month: 11, day: 25)!))])) {
      try await db.editCaseFile(fileNo: "E-1", expectedVersion: 2, actor: "t") {
        $0.civics = Civics(passed: true, proof: .einbuergerungstest, on: Self.tomorrow)
      }
    }
    let v3 = try await db.editCaseFile(fileNo: "E-1", expectedVersion: 2, actor: "t") {
      $0.civics = Civics(passed: true, proof: .einbuergerungstest, on: Self.today)
    }
    #expect(v3 == 3)
  }

  @Test("saving a new file (API PUT) with a future application date is refused; an update keeps the rule")
  func saves() async throws {
    let db = try store()
    var f = Self.file("E-9")
    f.receivedOn = Self.tomorrow
    f.history = [StatusChange(at: Self.tomorrow, status: .received)]
    await #expect(throws: InvalidCaseFile.self) { try await db.saveCaseFile(f, expectedVersion: nil, actor: "t") }
    f.receivedOn = Self.today
    f.history = [StatusChange(at: Self.today, status: .received)]
    #expect(try await db.saveCaseFile(f, expectedVersion: nil, actor: "t") == 1)
    f.declarations = Declarations(fdgoSignedOn: Self.tomorrow)
    let error = await #expect(throws: InvalidCaseFile.self) { try await db.saveCaseFile(f, expectedVersion: 1, actor: "t") }
    #expect(error?.errors.map(\.path) == ["declarations.fdgo_signed_on"])
  }

  @Test("an office's list with an application or birth date after the import day is refused naming the line and column")
  func officeList() async throws {
    let db = try store()
    let header = "Az.;Name;Vorname;Geb.-Datum;Staatsangehörigkeit;Antrag vom;Status"
    func request(born: String, received: String) -> ListImportRequest {
      ListImportRequest(
        bytes: Array([header, "E-1;Haddad;Rami;\(born);syrisch;\(received);Eingang"].joined(separator: "\r\n").utf8),
        source: "liste.csv", office: .EBH, today: Self.today, actor: "t")
    }
    let received = try db.importList(request(born: "03.01.1990", received: "25.11.2026"))
    #expect(!received.succeeded)
    #expect(received.issues.contains { $0.description.contains("liste.csv:2") && $0.description.contains("Antrag vom") && $0.description.contains("future") }, "\(received.issues)")
    let born = try db.importList(request(born: "25.11.2026", received: "24.11.2026"))
    #expect(!born.succeeded)
    #expect(born.issues.contains { $0.description.contains("liste.csv:2") && ($0.description.contains("2026-11-25") || $0.description.contains("25.11.2026")) }, "\(born.issues)")
    #expect(try await db.caseFileCount() == 0)
    #expect(try db.importList(request(born: "03.01.1990", received: "24.11.2026")).succeeded)
  }
}
