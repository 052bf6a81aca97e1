import CaseModel
import CaseStore
import Reports
import Testing

@Suite("Forecast with intake: the backlog, not only today's files")
struct ForecastOutlookTests {
  static let asOf = day("2026-11-24")

  /// `open` files received long ago and still open; in each of the last 26 weeks `intake` new
  /// files (still open) and `closures` old files closed.
  func district(open: Int, intake: (Int) -> Int, closures: (Int) -> Int) -> [FileHistory] {
    var files = (0..<open).map { _ in file("2025-01-06") }
    for w in 0..<26 {
      let end = Self.asOf.adding(days: -7 * w)
      files += (0..<intake(w)).map { _ in file(end.iso) }
      files += (0..<closures(w)).map { _ in file("2025-01-06", (end.iso, .granted)) }
    }
    return files
  }

  func forecast(_ files: [FileHistory], clerks: Int = 4, target: ForecastTarget? = nil) -> ForecastReport {
    ForecastReport(files, request: request("2026-01-01", "2026-11-24"), clerks: clerks, target: target)
  }

  @Test("intake equal to closures never clears: the backlog stays where it is and the report says it does not shrink")
  func steadyNeverClears() {
    let r = forecast(district(open: 400, intake: { _ in 10 }, closures: { _ in 10 }))
    #expect(r.meanWeeklyIntake == 10 && r.meanWeekly == 10 && r.targetToday == 130)
    #expect(r.backlogScenarios[0].weeks50 == nil && r.backlogScenarios[0].clearedBy85 == nil)
    #expect(r.trend == "not_shrinking")
    #expect(r.outlook.map(\.months) == [3, 6, 12, 24] && r.outlook.allSatisfy { $0.p50 == r.open && $0.probabilityAtTargetPercent == 0 })
    // today's files alone would be "decided" in 66 weeks: the misleading figure, kept under its true name
    #expect(r.scenarios[0].weeks50 == 66)
  }

  @Test("with no intake the backlog forecast is today's files' forecast, in every staffing scenario")
  func noIntakeReproducesToday() {
    var files = (0..<300).map { _ in file("2025-01-06") }
    files += (0..<200).map { i in file("2025-01-06", (Self.asOf.adding(days: -(i * 7) % 182).iso, .granted)) }
    let r = forecast(files, clerks: 3)
    #expect(r.meanWeeklyIntake == 0 && r.targetToday == 0)
    #expect(r.backlogScenarios.count == 3)
    for (a, b) in zip(r.scenarios, r.backlogScenarios) {
      #expect(a.weeks50 == b.weeks50 && a.weeks85 == b.weeks85 && a.clearedBy50 == b.clearedBy50, "\(a.scenario)")
    }
  }

  @Test("a district that cleared in its history (closures well above intake) is forecast to clear")
  func clearsWhenHistoryDoes() {
    let r = forecast(district(open: 150, intake: { _ in 5 }, closures: { w in 10 + w % 3 * 5 }))
    #expect(r.trend == "shrinking")
    let current = r.backlogScenarios[0]
    #expect(current.weeks50 != nil && current.weeks85 != nil && current.weeks50! <= current.weeks85!)
    #expect(r.outlook.last!.probabilityAtTargetPercent == 100 && r.outlook.last!.p50 <= r.targetToday)
    // one more clerk acts on closures only: sooner, never later
    #expect(r.backlogScenarios[1].weeks85! <= current.weeks85!)
  }

  @Test("the target can be a fixed number of open files; a backlog already at its target is cleared today")
  func fixedTarget() {
    let files = district(open: 20, intake: { _ in 3 }, closures: { _ in 3 })
    let r = forecast(files, target: .openAtMost(200))
    #expect(r.targetToday == 200 && r.trend == "at_target" && r.backlogScenarios[0].weeks50 == 0)
    #expect(r.json.contains(#""target":{"kind":"open_at_most","value":200}"#))
  }

  @Test("the forecast report says in words that the backlog does not shrink, and defines cleared")
  func words() throws {
    let r = forecast(district(open: 400, intake: { _ in 10 }, closures: { _ in 10 }))
    let html = HTMLRenderer().render(Shipped.document(r, "forecast", .de))
    #expect(html.contains("Bei diesem Tempo baut sich der Rückstau nicht ab:"))
    #expect(html.contains("keine Akte länger als drei Monate offen (§ 75 VwGO)"))
    #expect(html.contains("Die heute offenen Akten sind voraussichtlich entschieden bis"))
    let en = HTMLRenderer().render(Shipped.document(r, "forecast", .en))
    #expect(en.contains("At this pace the backlog does not shrink:"))
  }
}
