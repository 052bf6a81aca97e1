import CaseModel
import Testing

@testable import DemoDistrict

@Suite("Flow plan") struct FlowPlanTests {
  let today = Day(year: 2026, month: 11, day: 24)!

  @Test("the district's intake per year follows the report's figures")
  func intakeFollowsReport() {
    let plan = FlowPlan(office: .EBH, today: today, total: nil)
    #expect(Array(plan.intake.prefix(4)) == [750, 914, 1_279, 1_753])
  }

  @Test("a requested file count is met exactly")
  func exactCount() {
    let plan = FlowPlan(office: .EBH, today: today, total: 1_000)
    #expect(plan.intake.reduce(0, +) == 1_000)
  }

  @Test("apportioning keeps the total")
  func apportion() {
    #expect(FlowPlan.apportion([1.5, 1.5, 1.0], total: 4).reduce(0, +) == 4)
  }
}
