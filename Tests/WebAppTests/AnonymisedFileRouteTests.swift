import CaseModel
import CaseStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import WebApp

/// A file anonymised by the retention run is no person's file any more: the API and the file page
/// answer 410 Gone with the date, the queue and searches do not list it.
@Suite("Anonymised files in the API and the pages")
struct AnonymisedFileRouteTests {
  @Test("API and file page answer 410 with the deletion date; a search does not find the number")
  func gone() async throws {
    let world = try await TestWorld()
    // EBH-2020-00003 was granted in 2020; a policy deleting granted files after one year takes it.
    var policy = RetentionPolicy.placeholder
    policy.closedFileYears[.EBH]?[.granted] = 1
    let plan = try await world.database.retentionPlan(policy, today: TestWorld.today)
    #expect(plan.files.map(\.fileNo) == ["EBH-2020-00003"])
    _ = try await world.database.applyRetention(plan, actor: "cli:dpo")
    try await world.app().test(.router) { client in
      try await client.execute(uri: "/api/v1/files/EBH-2020-00003", method: .get, headers: world.bearer(.ebhClerk)) { r in
        #expect(r.status == .gone)
        #expect(r.text.contains("deleted on 2026-11-24"))
        #expect(!r.text.contains("gelöscht"))
      }
      var clerk = Browser(client: client)
      try await clerk.login(world.names[.ebhClerk]!, world.passwords[.ebhClerk]!)
      let page = try await clerk.get("/files/EBH-2020-00003")
      #expect(page.status == .gone)
      let search = try await clerk.get("/queue?q=EBH-2020-00003")
      #expect(search.status == .ok)
      #expect(!search.text.contains("/files/EBH-2020-00003"))
    }
  }
}
