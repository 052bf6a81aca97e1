import CaseModel
import Reports
import Testing

@Suite("Backlog: stages over time, age bands, oldest files")
struct BacklogTests {
  @Test("open files are counted by their stage at each month's end")
  func stages() {
    let r = BacklogReport([file("2022-01-10", ("2022-02-01", .inReview), ("2022-03-15", .granted))], request: request("2022-01-01", "2022-03-31"))
    #expect(r.months.map { $0.stages["received"]! } == [1, 0, 0])
    #expect(r.months.map { $0.stages["in_review"]! } == [0, 1, 0])
    #expect(r.months.map(\.open) == [1, 1, 0])
  }

  @Test("a file is past three months from the day its third month is complete (§ 75 VwGO)")
  func threeMonths() {
    let files = [file("2026-08-24", id: 1), file("2026-08-25", id: 2)]
    let r = BacklogReport(files, request: request("2026-01-01", "2026-11-24"))
    #expect(r.open == 2 && r.pastThreeMonths == 1)
    #expect(r.ageBands.map(\.count) == [1, 1, 0, 0, 0])
  }

  @Test("one and two years; closed and reopened files")
  func years() {
    let files = [
      file("2024-11-24", id: 1),  // two years exactly
      file("2025-11-25", id: 2),  // one day short of a year
      file("2025-01-10", ("2025-06-01", .granted), id: 3),  // closed
      file("2025-01-10", ("2025-06-01", .refused), ("2025-07-01", .inReview), id: 4),  // reopened
    ]
    let r = BacklogReport(files, request: request("2026-01-01", "2026-11-24"))
    #expect(r.open == 3 && r.pastOneYear == 2 && r.pastTwoYears == 1)
    #expect(r.ageBands.map(\.count) == [0, 0, 1, 1, 1])
  }

  @Test("the oldest files are listed by date of receipt with their number and stage only")
  func oldest() {
    let files = [file("2024-03-01", id: 7), file("2023-01-05", ("2023-02-01", .suspended), id: 8), file("2025-01-01", id: 9)]
    let r = BacklogReport(files, request: request("2026-01-01", "2026-11-24"), oldestCount: 2, fileNumbers: { ids in
      Dictionary(uniqueKeysWithValues: ids.map { ($0, "EBH-\($0)") }) })
    #expect(r.oldest.map(\.fileNo) == ["EBH-8", "EBH-7"])
    #expect(r.oldest[0].stage == "suspended" && r.oldest[0].ageDays == day("2023-01-05").days(until: day("2026-11-24")))
  }

  @Test("the snapshot is taken on --to, not today, when --to lies in the past")
  func asOf() {
    let r = BacklogReport([file("2022-01-10", ("2022-06-01", .granted))], request: request("2022-01-01", "2022-03-31", today: "2026-11-24"))
    #expect(r.asOf == "2022-03-31" && r.open == 1)
  }
}
