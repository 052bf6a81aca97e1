import CaseModel
import Reports
import Testing

/// Screening and abh as of a day before today: the open files come from the histories.
@Suite("Snapshots as of an earlier day (seed-42 district)")
struct AsOfTests {
  let store = GoldenDistrict.store

  func make<R>(_ name: ReportName, _ to: String, today: String, office: Office = .EBH) async throws -> R {
    try await ReportMaker.make(name, request: request("2025-01-01", to, today: today, office: office), store: store) as! R
  }

  @Test("on the last day the district was generated for, the history path agrees with today's is_open path")
  func samePathsToday() async throws {
    let now: ScreeningReport = try await make(.screening, "2026-11-24", today: "2026-11-24")
    var past: ScreeningReport = try await make(.screening, "2026-11-24", today: "2026-11-25")
    #expect(past.openFromHistory && !now.openFromHistory)
    past.openFromHistory = false
    #expect(past == now && now.open > 0)
    let abhNow: AbhReport = try await make(.abh, "2026-11-24", today: "2026-11-24", office: .ABH)
    let abhPast: AbhReport = try await make(.abh, "2026-11-24", today: "2026-11-25", office: .ABH)
    #expect(abhPast == abhNow && abhNow.open > 0 && abhNow.permits104c > 0)
  }

  @Test("at the end of 2025 the screening report counts the 2,555 files open then, like throughput")
  func endOf2025() async throws {
    let r: ScreeningReport = try await make(.screening, "2025-12-31", today: "2026-11-24")
    #expect(r.open == 2_555 && r.asOf == "2025-12-31")
    let abh: AbhReport = try await make(.abh, "2025-12-31", today: "2026-11-24", office: .ABH)
    let backlog: BacklogReport = try await make(.backlog, "2025-12-31", today: "2026-11-24", office: .ABH)
    #expect(abh.open == backlog.open && abh.asOf == "2025-12-31")
    #expect(abh.followupsByMonth.allSatisfy { $0.month <= "2025-12" })
  }

  @Test("the abh report is the immigration office's whichever office the request names")
  func abhIsABH() async throws {
    let asked: AbhReport = try await make(.abh, "2025-12-31", today: "2026-11-24", office: .EBH)
    let abh: AbhReport = try await make(.abh, "2025-12-31", today: "2026-11-24", office: .ABH)
    #expect(asked == abh)
  }
}
