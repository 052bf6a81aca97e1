import CaseModel
import Reports
import Testing

@Suite("Reports of one team (golden district)")
struct TeamFilterTests {
  let store = GoldenDistrict.store

  func make(_ name: ReportName, team: Team?) async throws -> any ReportContent {
    let r = ReportRequest(office: .EBH, from: day("2023-01-01"), to: day("2026-11-24"), team: team, today: GoldenDistrict.today)
    return try await ReportMaker.make(name, request: r, store: store)
  }

  @Test("the kim team's throughput closes only kim files, and the teams add up to the whole office")
  func throughput() async throws {
    let all = try await make(.throughput, team: nil) as! ThroughputReport
    let kim = try await make(.throughput, team: .kim) as! ThroughputReport
    let regular = try await make(.throughput, team: .regular) as! ThroughputReport
    #expect(kim.team == "kim" && all.team == nil)
    #expect(kim.months.allSatisfy { $0.closed == $0.closedByTeam.kim && $0.closedByTeam.regular == 0 })
    #expect(zip(all.months, kim.months).allSatisfy { $0.closedByTeam.kim == $1.closed })
    #expect(kim.total(2023, \.closed) == all.total(2023, \.closedByTeam.kim))
    #expect(kim.total(2024, \.received) + regular.total(2024, \.received) <= all.total(2024, \.received))
    #expect(kim.json.contains(#""team":"kim""#) && !all.json.contains(#""team""#))
  }

  @Test("the teams' backlogs add up to at most the office's, and each team's decisions are its own")
  func backlogAndCycleTime() async throws {
    let all = try await make(.backlog, team: nil) as! BacklogReport
    let kim = try await make(.backlog, team: .kim) as! BacklogReport
    let regular = try await make(.backlog, team: .regular) as! BacklogReport
    #expect(kim.open > 0 && regular.open > 0 && kim.open + regular.open <= all.open)
    let cycleAll = try await make(.cycleTime, team: nil) as! CycleTimeReport
    let cycleKim = try await make(.cycleTime, team: .kim) as! CycleTimeReport
    #expect(cycleKim.overall == cycleAll.teams.first { $0.group == "kim" }?.days)
    #expect(cycleKim.teams.map(\.group) == ["kim"])
  }

  @Test("a report without teams refuses a team, naming the parameter")
  func refused() async throws {
    for name in [ReportName.forecast, .screening, .referrals, .abh] {
      await #expect(throws: ReportError.self, "\(name)") { try await make(name, team: .kim) }
    }
    do { _ = try await make(.forecast, team: .kim) } catch let e as ReportError { #expect(e.field == "team") }
  }
}
