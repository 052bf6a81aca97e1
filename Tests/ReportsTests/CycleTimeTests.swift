import CaseModel
import Reports
import Testing

@Suite("Cycle time: application to decision")
struct CycleTimeTests {
  @Test("nearest-rank percentiles: the median of 1, 2, 3, 4 is 2; 80th 4; 90th 4")
  func percentiles() {
    let p = Percentiles([4, 1, 3, 2])
    #expect(p.median == 2 && p.p80 == 4 && p.p90 == 4 && p.count == 4 && p.mean == 2.5)
    #expect(Percentiles([]).median == nil)
  }

  @Test("days run from receipt to the grant or refusal; withdrawals are left out; grouped by quarter and team")
  func groups() {
    let r = CycleTimeReport([
      file("2022-01-01", ("2022-03-31", .granted), team: .kim),  // 89 days, Q1
      file("2022-01-01", ("2022-04-01", .refused)),  // 90 days, Q2
      file("2022-01-01", ("2022-02-01", .withdrawn)),
    ], request: request("2022-01-01", "2022-06-30"))
    #expect(r.overall.count == 2 && r.overall.median == 89 && r.overall.p90 == 90)
    #expect(r.quarters.map(\.group) == ["2022-Q1", "2022-Q2"])
    #expect(r.teams.map(\.group) == ["kim", "regular"])
  }

  @Test("decisions outside the period's months are left out")
  func outside() {
    let r = CycleTimeReport([file("2021-01-01", ("2021-12-31", .granted))], request: request("2022-01-01", "2022-06-30"))
    #expect(r.overall.count == 0 && r.quarters.isEmpty)
  }

  @Test("days in each stage add up to the time to decision")
  func stages() {
    let r = CycleTimeReport([
      file("2022-01-01", ("2022-01-11", .documentsRequested), ("2022-01-31", .inReview), ("2022-01-31", .inReview), ("2022-03-02", .granted))
    ], request: request("2022-01-01", "2022-06-30"))
    let days = Dictionary(uniqueKeysWithValues: r.stages.map { ($0.stage, $0.meanDays) })
    #expect(days["received"] == 10 && days["documents_requested"] == 20 && days["in_review"] == 30 && days["suspended"] == 0)
    #expect(r.overall.median == 60)
    #expect(r.stages.first { $0.stage == "suspended" }?.sharePercent == 0)
  }
}
