import CaseExchange
import CaseModel
import CaseStore
import Foundation
import OfficeLists
import Testing

@Suite("Importing an office's list into the register")
struct ListImportTests {
  let today = Day(year: 2026, month: 12, day: 7)!

  func store() throws -> AppDatabase { try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_796_000_000) }) }

  func request(_ lines: [String], office: Office? = .EBH, dryRun: Bool = false, municipalities: [String] = [], day: Day? = nil)
    -> ListImportRequest
  {
    ListImportRequest(
      bytes: Array(lines.joined(separator: "\r\n").utf8), source: "liste.csv", office: office, today: day ?? today,
      actor: "test", dryRun: dryRun, municipalities: municipalities)
  }

  let header = "Az.;Name;Vorname;Geb.-Datum;Staatsangehörigkeit;Antrag vom;Status;SB;Wohnort"

  @Test("a new file says only what its row says, starts received on the application date and reaches its stage on the import day")
  func newFile() async throws {
    let db = try store()
    let r = try db.importList(request([header, "E-1;Haddad;Rami;03.01.1990;syrisch;15.02.2024;in Prüfung;Schmitz;Siegburg"]))
    #expect(r.succeeded)
    let f = try #require(try await db.caseFile(fileNo: "E-1", actor: "t")?.file)
    #expect(f.office == .EBH)
    #expect(f.status == .inReview)
    #expect(f.history?.map(\.status) == [.received, .inReview])
    #expect(f.history?.map(\.at) == [Day(year: 2024, month: 2, day: 15)!, today])
    #expect(f.person.nationalities == ["SYR"])
    #expect(f.clerk == "Schmitz")
    #expect(f.stays == nil && f.convictions == nil && f.livelihood == nil && f.german == nil)  // unknown, never "no"
  }

  @Test("Straße, PLZ and Ort of a list become the person's postal address (person.address)")
  func address() async throws {
    let db = try store()
    let r = try db.importList(request([
      "Az.;Name;Vorname;Antrag vom;Straße;PLZ;Ort", "E-9;Weiß;Amira;15.02.2024;Ringstraße 5;53721;Siegburg",
    ]))
    #expect(r.succeeded)
    let f = try #require(try await db.caseFile(fileNo: "E-9", actor: "t")?.file)
    #expect(f.person.address == Address(street: "Ringstraße 5", postalCode: "53721", city: "Siegburg"))
  }

  @Test("re-importing an updated list updates the file by number, keeps facts recorded since, and steps on by allowed steps")
  func reimport() async throws {
    let db = try store()
    _ = try db.importList(request([header, "E-1;Haddad;Rami;03.01.1990;syrisch;15.02.2024;Eingang;Schmitz;Siegburg"]))
    var f = try #require(try await db.caseFile(fileNo: "E-1", actor: "t"))
    // A clerk records a fact the list does not have.
    f.file.pendingInvestigation = false
    f.file.person.phone = "02241 1"
    try await db.saveCaseFile(f.file, expectedVersion: f.version, actor: "clerk")
    let later = Day(year: 2026, month: 12, day: 20)!
    let r = try db.importList(
      request([header, "E-1;Haddad;Rami Karim;03.01.1990;syrisch;15.02.2024;entscheidungsreif;;Siegburg"], day: later))
    #expect(r.succeeded, "\(r.issues)")
    let g = try #require(try await db.caseFile(fileNo: "E-1", actor: "t")?.file)
    #expect(g.person.givenNames == "Rami Karim")
    #expect(g.pendingInvestigation == false)
    #expect(g.person.phone == "02241 1")
    #expect(g.clerk == "Schmitz")  // an empty cell erases nothing
    #expect(g.status == .decisionPending)
    #expect(g.history?.map(\.status) == [.received, .inReview, .decisionPending])
    #expect(g.history?.last?.at == later)
    let again = try db.importList(
      request([header, "E-1;Haddad;Rami Karim;03.01.1990;syrisch;15.02.2024;entscheidungsreif;;Siegburg"], day: later))
    #expect(again.summary?.unchanged == 1)
  }

  @Test("a list behind backlog, or a closed file, keeps the stored stage with a note")
  func behind() async throws {
    let db = try store()
    _ = try db.importList(request([header, "E-1;Haddad;Rami;03.01.1990;syrisch;15.02.2024;entscheidungsreif;Schmitz;Siegburg"]))
    let r = try db.importList(request([header, "E-1;Haddad;Rami;03.01.1990;syrisch;15.02.2024;Eingang;Schmitz;Siegburg"]))
    #expect(r.succeeded)
    #expect(r.warnings.contains { $0.reason.english.contains("further along") })
    #expect(try await db.caseFile(fileNo: "E-1", actor: "t")?.file.status == .decisionPending)
  }

  @Test("without an office in the list, the profile or --office, the import stops and asks for it")
  func needsOffice() async throws {
    let db = try store()
    let r = try db.importList(request([header, "E-1;Haddad;Rami;03.01.1990;syrisch;15.02.2024;Eingang;Schmitz;Siegburg"], office: nil))
    #expect(r.needsOffice)
    #expect(r.linesWithoutOffice == [2])
    #expect(try await db.caseFileCount() == 0)
    let p = try db.importList(request(["Az.;Name;Antrag vom;Verfahren", "A-1;Noori;01.02.2025;§ 25b AufenthG"], office: nil))
    #expect(p.succeeded)
    #expect(try await db.caseFile(fileNo: "A-1", actor: "t")?.file.route == .aufenthG25b)
  }

  @Test("all or nothing: one bad row imports nothing, every bad row named with line, column and reason")
  func allOrNothing() async throws {
    let db = try store()
    let r = try db.importList(request([
      header, "E-1;Haddad;Rami;03.01.1990;syrisch;15.02.2024;Eingang;Schmitz;Siegburg",
      "E-2;Kaya;Emre;31.02.1990;türkich;15.02.2024;Eingang;Schmitz;Siegburg",
      "E-3;Rossi;;01.01.1980;italienisch;;Eingang;;",
    ]))
    #expect(!r.succeeded)
    #expect(r.issueCount == 3)
    #expect(r.issues.map { $0.location?.line } == [3, 3, 4])
    #expect(r.issues[0].field == "\"Geb.-Datum\" (column D)")
    #expect(r.issues[1].reason.english.contains("\"türkisch\""))
    #expect(r.issues[2].reason.english.contains("application date"))
    #expect(try await db.caseFileCount() == 0)
  }

  @Test("a dry run reports what it would add and writes nothing")
  func dryRun() async throws {
    let db = try store()
    let r = try db.importList(request([header, "E-1;Haddad;Rami;03.01.1990;syrisch;15.02.2024;Eingang;Schmitz;Siegburg"], dryRun: true))
    #expect(r.summary?.added == ["E-1"])
    #expect(r.preview.first?.fileNo == "E-1")
    #expect(try await db.caseFileCount() == 0)
  }

  @Test("a municipality outside the office's list is kept and flagged with a note; a known one is spelled as configured")
  func municipalities() async throws {
    let db = try store()
    let r = try db.importList(
      request([header, "E-1;Haddad;Rami;03.01.1990;syrisch;15.02.2024;Eingang;Schmitz;Köln", "E-2;Kaya;Emre;03.01.1990;syrisch;15.02.2024;Eingang;Schmitz;Hennef"],
        municipalities: ["Siegburg", "Hennef (Sieg)"]))
    #expect(r.succeeded)
    #expect(r.warnings.count == 1)
    #expect(try await db.caseFile(fileNo: "E-1", actor: "t")?.file.person.municipality == "Köln")
    #expect(try await db.caseFile(fileNo: "E-2", actor: "t")?.file.person.municipality == "Hennef (Sieg)")
    let notes = try await db.notes(fileNo: "E-1")
    #expect(notes.count == 1)
    #expect(notes.first?.text.contains("Köln") == true)
  }

  @Test("a closing stage carries the list's word as its reason and the list's decision date")
  func closed() async throws {
    let db = try store()
    let r = try db.importList(request(["Az.;Name;Antrag vom;Status;Entscheidung am", "E-9;Petrov;10.06.2020;abgelehnt;01.03.2021"]))
    #expect(r.succeeded, "\(r.issues)")
    let f = try #require(try await db.caseFile(fileNo: "E-9", actor: "t")?.file)
    #expect(f.status == .refused)
    #expect(f.history?.last?.at == Day(year: 2021, month: 3, day: 1))
    #expect(f.history?.last?.reason?.contains("abgelehnt") == true)
    #expect(f.decidedOn == Day(year: 2021, month: 3, day: 1))
  }

  @Test("the fixtures import with nothing more than --office where the list does not say it")
  func fixtures() async throws {
    let db = try store()
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/lists")
    for (name, office) in [("ebh-excel.csv", Office.EBH), ("abh-tabs.csv", .ABH), ("ebh-workbook.xlsx", .EBH)] {
      let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
      let r = try db.importList(
        ListImportRequest(bytes: bytes, source: name, office: name == "ebh-excel.csv" ? office : nil, today: today, actor: "t"))
      #expect(r.succeeded, "\(name): \(r.issues) \(r.linesWithoutOffice)")
    }
    #expect(try await db.caseFileCount() == 12)
    #expect(try await db.caseFile(fileNo: "ABH-25B-104", actor: "t")?.file.person.nationalities == ["XXX"])
    #expect(try await db.caseFile(fileNo: "ABH-25B-101", actor: "t")?.file.history?.last?.at == Day(year: 2026, month: 12, day: 1))
    #expect(try await db.caseFile(fileNo: "ABH-25B-101", actor: "t")?.file.person.address == Address(street: "Kaiserstraße 12", postalCode: "53721", city: "Siegburg"))
  }
}
