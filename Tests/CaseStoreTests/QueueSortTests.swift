import CaseModel
@testable import CaseStore
import Foundation
import GRDB
import Testing

@Suite("Sorting and routing the queue")
struct QueueSortTests {
  static let today = Day(iso: "2026-11-24")!

  /// ABH files of three routes; the § 104c permit of ABH-C ends in two days, but the file is
  /// the youngest and in a later group.
  func store() async throws -> AppDatabase {
    let db = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_507_200) })
    let specs: [(String, String, Route?, String?, String?, String)] = [
      ("ABH-A", "2024-01-01", .aufenthG25a, nil, "2000-03-01", "eligible"),
      ("ABH-B", "2024-06-01", .aufenthG104cFollowup, "2027-06-01", "1990-01-01", "eligible"),
      ("ABH-C", "2026-09-01", .aufenthG104cFollowup, "2026-11-26", "1985-05-05", "gaps"),
      ("ABH-D", "2025-01-01", .aufenthG25b, "2026-10-01", "2000-01-01", "incomplete"),
      ("ABH-E", "2025-02-01", nil, nil, nil, "gaps"),
    ]
    var files: [CaseFile] = []
    for (no, received, route, permitEnd, born, _) in specs {
      var f = CaseFile(fileNo: no, office: .ABH, receivedOn: Day(iso: received)!, status: .inReview,
                       person: Person(familyName: "Name-" + no, birthDate: born.flatMap(Day.init(iso:))))
      f.route = route
      if let permitEnd { f.permit104c = Period(from: Day(iso: "2025-01-01")!, to: Day(iso: permitEnd)!) }
      files.append(f)
    }
    try db.importCaseFiles(files, actor: "test")
    try await db.writer.write { d in
      for s in specs {
        try d.execute(sql: "UPDATE case_file SET verdict = ?, queue_group = ? WHERE file_no = ?", arguments: [s.5, s.5, s.0])
      }
    }
    return db
  }

  func rows(_ db: AppDatabase, _ change: (inout QueueFilter) -> Void) async throws -> [String] {
    var f = QueueFilter(office: .ABH)
    change(&f)
    return try await db.triageQueue(f, today: Self.today).rows.map(\.fileNo)
  }

  @Test("sorted by the § 104c end, the permit ending in two days is row 1; ended permits and files without one come last")
  func permitEnd() async throws {
    let db = try await store()
    #expect(try await rows(db) { $0.sort = .permit104cEnd } == ["ABH-C", "ABH-B", "ABH-A", "ABH-D", "ABH-E"])
    #expect(try await rows(db) { $0.sort = .permit104cEnd; $0.descending = true }.prefix(2) == ["ABH-B", "ABH-C"])
    let page = try await db.triageQueue({ var f = QueueFilter(office: .ABH); f.sort = .permit104cEnd; return f }(), today: Self.today)
    #expect(page.rows.first?.permit104cEndsOn == "2026-11-26" && page.rows.first?.group == .gaps)
    #expect(page.total == 5)
  }

  @Test("sorted by the 27th birthday: who loses § 25a next comes first, those already 27 last")
  func turns27() async throws {
    let db = try await store()
    #expect(try await rows(db) { $0.sort = .turns27 }.prefix(2) == ["ABH-D", "ABH-A"])
  }

  @Test("other columns sort both ways within a selected group; pages continue the order")
  func columns() async throws {
    let db = try await store()
    #expect(try await rows(db) { $0.sort = .received; $0.descending = true } == ["ABH-C", "ABH-E", "ABH-D", "ABH-B", "ABH-A"])
    #expect(try await rows(db) { $0.sort = .fileNo; $0.group = .gaps } == ["ABH-C", "ABH-E"])
    #expect(try await rows(db) { $0.sort = .name; $0.pageSize = 2; $0.page = 2 } == ["ABH-C", "ABH-D"])
  }

  @Test("the route filter: § 25a, § 25b, § 104c")
  func routes() async throws {
    let db = try await store()
    #expect(try await rows(db) { $0.route = .aufenthG104c } == ["ABH-B", "ABH-C"])
    #expect(try await rows(db) { $0.route = .aufenthG25a } == ["ABH-A"])
    #expect(try await rows(db) { $0.route = .aufenthG25b } == ["ABH-D"])
  }
}
