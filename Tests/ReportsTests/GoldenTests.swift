import CaseModel
@testable import CaseStore
import GRDB
import Reports
import Testing

@Suite("Golden district (seed 42, 24.11.2026)")
struct GoldenTests {
  let store = GoldenDistrict.store

  func throughput() async throws -> ThroughputReport {
    try await ReportMaker.make(.throughput, request: request("2020-01-01", "2026-11-24"), store: store) as! ThroughputReport
  }

  @Test("throughput gives the district's key figures for 2023 (report: 1,753 received, 1,083 closed, 370 by kim)")
  func keyFigures2023() async throws {
    let r = try await throughput()
    #expect(r.total(2023, \.received) == 1_748)
    #expect(r.total(2023, \.closed) == 1_067)
    #expect(r.total(2023, \.closedByTeam.kim) == 338)
    #expect(r.total(2022, \.closed) == 861 && r.total(2022, \.closedByTeam.kim) == 194)
  }

  @Test("2,555 files are open at the end of 2025, as a plain count over the file columns confirms")
  func openEnd2025() async throws {
    let r = try await throughput()
    #expect(r.months.first { $0.month == "2025-12" }?.openAtEnd == 2_555)
    let plain = try await store.writer.read { db in
      try Int.fetchOne(db, sql: """
        SELECT COUNT(*) FROM case_file WHERE office = 'EBH' AND received_on <= '2025-12-31'
          AND (closed_on IS NULL OR closed_on > '2025-12-31')
        """)
    }
    #expect(plain == 2_555)
  }

  @Test("the same district gives the same report, byte for byte")
  func stable() async throws {
    #expect(try await throughput().json == (try await throughput().json))
    #expect(try await throughput().json.hasPrefix(#"{"from":"2020-01-01","months":[{"closed":0,"closed_by_team":{"kim":0,"regular":0},"granted":0,"month":"2020-01","open_at_end":"#))
    #expect(try await throughput().json.hasSuffix(#"],"office":"EBH","report":"throughput","to":"2026-11-24"}"#))
  }
}
