import CaseModel
import CaseStore
import Reports
import Testing

@Suite("Forecast: Monte Carlo and Little's law")
struct ForecastTests {
  /// `open` files open on 2026-11-24 and one closure a week in each of the last 26 weeks.
  func district(open: Int, perWeek: Int) -> [FileHistory] {
    let asOf = day("2026-11-24")
    var files = (0..<open).map { _ in file("2026-01-05") }
    for w in 0..<26 {
      for _ in 0..<perWeek { files.append(file("2026-01-05", (asOf.adding(days: -7 * w).iso, .granted))) }
    }
    return files
  }

  @Test("a steady pace of 10 a week clears 100 files in 10 weeks, by simulation and by Little's law")
  func steady() {
    let r = ForecastReport(district(open: 100, perWeek: 10), request: request("2026-01-01", "2026-11-24"), clerks: 2)
    #expect(r.open == 100 && r.meanWeekly == 10 && r.weeklyClosures.allSatisfy { $0 == 10 })
    #expect(r.littlesLawWeeks == 10 && r.littlesLawDate == "2027-02-02")
    #expect(r.scenarios[0].weeks50 == 10 && r.scenarios[0].clearedBy85 == "2027-02-02")
    // one more of two clerks: 15 a week, 7 weeks; one fewer: 5 a week, 20 weeks
    #expect(r.scenarios.map(\.scenario) == ["current", "one_more_clerk", "one_fewer_clerk"])
    #expect(r.scenarios[1].weeks50 == 7 && r.scenarios[2].weeks85 == 20)
  }

  @Test("the same seed gives the same forecast; the seed is in the output")
  func seeded() {
    var files = district(open: 300, perWeek: 0)
    files += (0..<200).map { i in file("2026-01-05", (day("2026-11-24").adding(days: -(i * 7) % 182).iso, .granted)) }
    let a = ForecastReport(files, request: request("2026-01-01", "2026-11-24"), clerks: 3, seed: 7)
    let b = ForecastReport(files, request: request("2026-01-01", "2026-11-24"), clerks: 3, seed: 7)
    #expect(a == b && a.seed == 7 && a.json.contains("\"seed\":7"))
    #expect(a.scenarios[0].weeks50! <= a.scenarios[0].weeks85!)
  }

  @Test("without closures in the window there is no date")
  func noPace() {
    let r = ForecastReport(district(open: 5, perWeek: 0), request: request("2026-01-01", "2026-11-24"), clerks: 0)
    #expect(r.scenarios[0].weeks50 == nil && r.littlesLawWeeks == nil)
  }
}
