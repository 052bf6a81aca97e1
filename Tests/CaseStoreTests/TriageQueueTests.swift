import CaseModel
@testable import CaseStore
import Foundation
import GRDB
import Testing

@Suite("The triage queue")
struct TriageQueueTests {
  static let today = Day(iso: "2026-11-24")!

  /// Six EBH files with verdicts set as the screening engine will set them, one ABH file.
  func store() async throws -> AppDatabase {
    let db = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_507_200) })
    let specs: [(String, Office, String, String?, String?)] = [
      ("EBH-1", .EBH, "2026-10-01", "eligible", nil), ("EBH-2", .EBH, "2024-01-01", "gaps", "STAG10-LANG,STAG10-CIVICS"),
      ("EBH-3", .EBH, "2025-05-01", nil, nil), ("EBH-4", .EBH, "2023-01-01", "excluded", nil),
      ("EBH-5", .EBH, "2022-01-01", "eligible", nil), ("EBH-6", .EBH, "2025-01-01", "incomplete", nil),
      ("ABH-1", .ABH, "2025-01-01", "eligible", nil),
    ]
    var files: [CaseFile] = []
    for (no, office, received, _, _) in specs {
      var f = CaseFile(fileNo: no, office: office, receivedOn: Day(iso: received)!, status: .inReview, person: Person(familyName: "Name" + no))
      f.person.municipality = no == "EBH-2" ? "Siegburg" : "Eitorf"
      files.append(f)
    }
    try db.importCaseFiles(files, actor: "test")
    try await db.writer.write { d in
      for (no, _, _, verdict, rules) in specs {
        try d.execute(
          sql: "UPDATE case_file SET verdict = ?, queue_group = ?, gap_rules = ? WHERE file_no = ?",
          arguments: [verdict, verdict, rules, no])
      }
    }
    return db
  }

  @Test("files come in group order (decidable first), oldest first within a group, with counts per group")
  func ordering() async throws {
    let page = try await store().triageQueue(QueueFilter(office: .EBH), today: Self.today)
    #expect(page.rows.map(\.fileNo) == ["EBH-5", "EBH-1", "EBH-6", "EBH-2", "EBH-3", "EBH-4"])
    #expect(page.counts.first { $0.group == .eligible }?.count == 2)
    #expect(page.counts.first { $0.group == .notScreened }?.count == 1)
    #expect(page.total == 6)
    #expect(page.pastThreeMonths == 5)
    #expect(page.rows.first { $0.fileNo == "EBH-1" }?.pastThreeMonths == false)
  }

  @Test("pages run across group borders without gaps or repeats")
  func pagination() async throws {
    let db = try await store()
    var seen: [String] = []
    for n in 1...3 {
      var f = QueueFilter(office: .EBH)
      f.pageSize = 2
      f.page = n
      seen += try await db.triageQueue(f, today: Self.today).rows.map(\.fileNo)
    }
    #expect(seen == ["EBH-5", "EBH-1", "EBH-6", "EBH-2", "EBH-3", "EBH-4"])
  }

  @Test("filters: group, gap rule, municipality, search by name or file number, age")
  func filters() async throws {
    let db = try await store()
    var f = QueueFilter(office: .EBH)
    f.group = .eligible
    #expect(try await db.triageQueue(f, today: Self.today).rows.map(\.fileNo) == ["EBH-5", "EBH-1"])
    f = QueueFilter(office: .EBH)
    f.gapRule = "STAG10-CIVICS"
    #expect(try await db.triageQueue(f, today: Self.today).rows.map(\.fileNo) == ["EBH-2"])
    f = QueueFilter(office: .EBH)
    f.municipality = "Siegburg"
    #expect(try await db.triageQueue(f, today: Self.today).rows.map(\.fileNo) == ["EBH-2"])
    f = QueueFilter(office: .EBH)
    f.query = "nameebh-3"
    #expect(try await db.triageQueue(f, today: Self.today).rows.map(\.fileNo) == ["EBH-3"])
    f.query = "EBH-6"
    #expect(try await db.triageQueue(f, today: Self.today).rows.map(\.fileNo) == ["EBH-6"])
    f.query = "%"
    #expect(try await db.triageQueue(f, today: Self.today).rows.isEmpty)
    f = QueueFilter(office: .EBH)
    f.minAgeDays = 365 * 3
    #expect(try await db.triageQueue(f, today: Self.today).rows.map(\.fileNo) == ["EBH-5", "EBH-4"])
  }

  @Test("an office's queue never shows the other office's files")
  func officeSeparation() async throws {
    let page = try await store().triageQueue(QueueFilter(office: .ABH), today: Self.today)
    #expect(page.rows.map(\.fileNo) == ["ABH-1"])
  }

  @Test("ABH: § 104c permits that end within 90 days")
  func permit104c() async throws {
    let db = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_507_200) })
    var files: [CaseFile] = []
    for (no, end) in [("ABH-A", "2027-01-15"), ("ABH-B", "2027-06-01"), ("ABH-C", "2026-10-01")] {
      var f = CaseFile(fileNo: no, office: .ABH, receivedOn: Day(iso: "2025-01-01")!, status: .inReview, person: Person(familyName: no))
      f.permit104c = Period(from: Day(iso: "2025-07-15")!, to: Day(iso: end)!)
      files.append(f)
    }
    try db.importCaseFiles(files, actor: "test")
    var f = QueueFilter(office: .ABH)
    f.permit104cEndsWithinDays = 90
    #expect(try await db.triageQueue(f, today: Self.today).rows.map(\.fileNo) == ["ABH-A"])
  }

  @Test("ABH: people who turn 27 within 180 days, the day they lose § 25a")
  func turns27() async throws {
    let db = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_507_200) })
    var files: [CaseFile] = []
    // today is 2026-11-24: born 1999-11-24 turned 27 today (excluded), 2000-03-01 turns 27 in 97 days,
    // 2000-08-01 in 250 days.
    for (no, born) in [("ABH-T", "1999-11-24"), ("ABH-U", "2000-03-01"), ("ABH-V", "2000-08-01")] {
      files.append(CaseFile(fileNo: no, office: .ABH, receivedOn: Day(iso: "2025-01-01")!, status: .inReview,
                            person: Person(familyName: no, birthDate: Day(iso: born))))
    }
    try db.importCaseFiles(files, actor: "test")
    var f = QueueFilter(office: .ABH)
    f.turns27WithinDays = 180
    #expect(try await db.triageQueue(f, today: Self.today).rows.map(\.fileNo) == ["ABH-U"])
  }
}
