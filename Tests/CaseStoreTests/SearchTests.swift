import CaseModel
import Foundation
import GRDB
import Testing

@testable import CaseStore

@Suite("Searching files by name and file number")
struct SearchTests {
  static let today = Day(iso: "2026-11-24")!

  func store() throws -> AppDatabase {
    let db = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_507_200) })
    func make(_ no: String, _ family: String, _ given: String?, status: CaseStatus = .inReview, office: Office = .EBH) -> CaseFile {
      var f = CaseFile(fileNo: no, office: office, receivedOn: Day(iso: "2025-01-01")!, status: status,
                       person: Person(familyName: family, givenNames: given))
      if status.isClosed { f.decidedOn = Day(iso: "2026-02-01")! }
      return f
    }
    try db.importCaseFiles([
      make("EBH-2025-00101", "Çelik", "Ayşe"), make("EBH-2025-00102", "Öztürk", "Mehmet"),
      make("EBH-2025-00103", "Aziz", "Rami"), make("EBH-2025-00104", "Großmann", "Jörg"),
      make("EBH-2025-00105", "Wójcik", "Łukasz"), make("EBH-2024-00999", "Aziz", "Rami", status: .withdrawn),
      make("ABH-2025-00103", "Aziz", "Rami", office: .ABH),
    ], actor: "test")
    return db
  }

  func found(_ db: AppDatabase, _ query: String) async throws -> [String] {
    var f = QueueFilter(office: .EBH)
    f.query = query
    return try await db.triageQueue(f, today: Self.today).rows.map(\.fileNo).sorted()
  }

  @Test("names are found without accents, with German transcriptions, ß as ss, in any case")
  func accents() async throws {
    let db = try store()
    #expect(try await found(db, "Celik") == ["EBH-2025-00101"])
    #expect(try await found(db, "celik ayse") == ["EBH-2025-00101"])
    #expect(try await found(db, "Ozturk") == ["EBH-2025-00102"])
    #expect(try await found(db, "Oeztuerk") == ["EBH-2025-00102"])
    #expect(try await found(db, "Öztürk") == ["EBH-2025-00102"])
    #expect(try await found(db, "GROSSMANN Joerg") == ["EBH-2025-00104"])
    #expect(try await found(db, "Großmann") == ["EBH-2025-00104"])
    #expect(try await found(db, "Lukasz Wojcik") == ["EBH-2025-00105"])
  }

  @Test("a name in either order, with a comma, and part of a file number")
  func orderAndNumbers() async throws {
    let db = try store()
    #expect(try await found(db, "Aziz, Rami") == ["EBH-2025-00103"])
    #expect(try await found(db, "Rami Aziz") == ["EBH-2025-00103"])
    #expect(try await found(db, "rami,aziz") == ["EBH-2025-00103"])
    #expect(try await found(db, "00102") == ["EBH-2025-00102"])
    #expect(try await found(db, "2025-001") == ["EBH-2025-00101", "EBH-2025-00102", "EBH-2025-00103", "EBH-2025-00104", "EBH-2025-00105"])
    let mixed = try await found(db, "Aziz Müller")
    #expect(mixed.isEmpty, "every word must match")
    let percent = try await found(db, "%"), underscore = try await found(db, "_")
    #expect(percent.isEmpty && underscore.isEmpty)
    let none = try await found(db, " , ")
    #expect(none.count == 5, "no words: no search")
  }

  @Test("closed files are found apart from the queue, with their stage, and only the office's own")
  func closedFiles() async throws {
    let db = try store()
    let closed = try await db.closedFiles(matching: "aziz", office: .EBH)
    #expect(closed.map(\.fileNo) == ["EBH-2024-00999"])
    #expect(closed.first?.status == "withdrawn" && closed.first?.closedOn == "2026-02-01")
    let open = try await db.closedFiles(matching: "Celik", office: .EBH)
    let other = try await db.closedFiles(matching: "aziz", office: .ABH)
    #expect(open.isEmpty && other.isEmpty)
  }

  @Test("the search text follows a renamed person (the one write path keeps it)")
  func followsSaves() async throws {
    let db = try store()
    var file = try #require(try await db.caseFile(fileNo: "EBH-2025-00103", actor: "test"))
    file.file.person.familyName = "Şahin"
    _ = try await db.saveCaseFile(file.file, expectedVersion: file.version, actor: "test")
    #expect(try await found(db, "sahin rami") == ["EBH-2025-00103"])
    let old = try await found(db, "aziz rami")
    #expect(old.isEmpty)
  }

  @Test("folding: accents, letters without decomposition, umlauts both ways")
  func folding() {
    #expect(SearchKey.fold("Çelik Ağaoğlu") == "celik agaoglu")
    #expect(SearchKey.fold("Straße Øster Łódź İzmir") == "strasse oster lodz izmir")
    #expect(SearchKey.german("Müller") == "mueller")
    #expect(SearchKey.words("Aziz,  Rami;x").map(\.plain) == ["aziz", "rami", "x"])
    #expect(SearchKey.stored(fileNo: "EBH-1", familyName: "Öz", givenNames: nil) == "oz  ebh-1 oez ")
  }
}
