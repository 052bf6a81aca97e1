import CaseModel
import CaseStore
import Casework
import DemoDistrict
import Eligibility
import Foundation
import Referrals
import Testing

@testable import BacklogCommands

@Suite("Demo referrals")
struct DemoReferralTests {
  @Test("the demo refers files with gaps through the real store: every state shows up and the same seed gives the same referrals")
  func demoReferrals() async throws {
    let today = Day(iso: "2026-11-24")!
    let engine = try ScreeningEngine.load(directory: CommandLineTests.checklists)
    func make() async throws -> (Int, ReferralList) {
      let store = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_507_200) })
      try Casework(store: store, engine: engine, today: { today }).importFiles(
        DemoDistrict(seed: 4, today: today, fileCount: 3_000).generate(), actor: "t")
      let made = try await DemoReferrals.make(store, engine: engine, today: today)
      var filter = ReferralFilter()
      filter.pageSize = 1_000
      return (made, try await store.referrals(filter, for: .clerk("t", office: .EBH), today: today))
    }
    let (made, list) = try await make()
    #expect(made > 20)
    for state in [ReferralState.resolved, .returned, .inProgress] { #expect((list.counts[state] ?? 0) > 0, "\(state)") }
    #expect(list.referrals.allSatisfy { r in r.events.isEmpty || r.events.first?.action == "send" })
    #expect(list.referrals.contains { $0.gaps.contains { $0.closedOn != nil } })
    #expect(try await make().1.referrals.map(\.id) == list.referrals.map(\.id))
  }
}
