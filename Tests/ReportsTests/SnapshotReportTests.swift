import CaseModel
import Reports
import Testing

@Suite("Screening and ABH snapshots")
struct SnapshotReportTests {
  @Test("files waiting only for time mature by month; a matured wait is decidable today; gaps count by rule")
  func screening() {
    let r = ScreeningReport([
      .init(verdict: "eligible"),
      .init(verdict: "gaps", eligibleOn: day("2027-03-01"), gapRules: ["STAG10-RESIDENCE"]),
      .init(verdict: "gaps", eligibleOn: day("2027-03-31"), gapRules: ["STAG10-RESIDENCE"]),
      .init(verdict: "gaps", eligibleOn: day("2026-11-01"), gapRules: ["STAG10-RESIDENCE"]),
      .init(verdict: "gaps", gapRules: ["STAG10-LANG", "STAG10-RESIDENCE"]),
      .init(verdict: "excluded"), .init(verdict: nil),
    ], request: request("2026-01-01", "2026-11-24"))
    let c = Dictionary(uniqueKeysWithValues: r.outcomes.map { ($0.key, $0.count) })
    #expect(c["decidable_today"] == 2 && c["waiting_for_time"] == 2 && c["gaps"] == 1 && c["excluded"] == 1 && c["not_screened"] == 1)
    #expect(r.maturing.map(\.key) == ["2027-03"] && r.maturing[0].count == 2)
    #expect(r.gapsByRule.map(\.key) == ["STAG10-RESIDENCE", "STAG10-LANG"] && r.gapsByRule[0].count == 4)
  }

  @Test("§ 104c permits expire by month; valid holders without a follow-up application are counted")
  func abh() {
    let r = AbhReport([
      .init(permit104cTo: day("2026-12-10")),
      .init(permit104cTo: day("2026-12-20"), followupOn: day("2026-10-01")),
      .init(permit104cTo: day("2026-05-01")),
      .init(),
    ], screenings: [("AufenthG-25b", "gaps"), ("AufenthG-25b", "eligible"), ("AufenthG-25a", "excluded")],
    request: request("2026-01-01", "2026-11-24", office: .ABH))
    #expect(r.open == 4 && r.permits104c == 3 && r.holdersWithoutFollowup == 1 && r.followupsMade == 1)
    #expect(r.permits104cExpiring.map(\.month) == ["2026-05", "2026-12"] && r.permits104cExpiring[1].count == 2)
    #expect(r.routes[1].route == "AufenthG-25b" && r.routes[1].screened == 2 && r.routes[1].verdicts["gaps"] == 1)
  }
}
