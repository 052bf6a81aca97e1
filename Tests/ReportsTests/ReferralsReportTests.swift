import CaseModel
@testable import CaseStore
import Foundation
import GRDB
import Reports
import Testing

/// Referral rows written straight into the schema's tables (the referral store is built
/// elsewhere): one case file to hang them on, then `referral`, `referral_gap` and
/// `referral_event` rows as the referral bridge leaves them.
struct ReferralRows {
  let store: AppDatabase
  var next: Int64 = 1

  init() throws {
    store = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_507_200) })
    try store.writer.write { db in
      try db.execute(sql: """
        INSERT INTO case_file (id, file_no, office, status, is_open, received_on, family_name, facts, created_at, updated_at)
        VALUES (1, 'EBH-2026-00001', 'EBH', 'in_review', 1, '2026-01-05', 'Yılmaz', '{}', '2026-01-05T00:00:00Z', '2026-01-05T00:00:00Z'),
               (2, 'ABH-2026-00001', 'ABH', 'in_review', 1, '2026-01-05', 'Haddad', '{}', '2026-01-05T00:00:00Z', '2026-01-05T00:00:00Z')
        """)
    }
  }

  /// One referral: `state`, the milestone days, and its gaps as `(rule, closed_on)`.
  @discardableResult
  mutating func add(
    _ state: String, office: String = "EBH", municipality: String = "Siegburg", sent: String? = nil, accepted: String? = nil,
    closed: String? = nil, due: String? = nil, gaps: [(String, String?)] = [], events: [(at: String, to: String)] = []
  ) throws -> Int64 {
    let id = next
    next += 1
    let open = ["proposed", "sent", "accepted", "in_progress"].contains(state) ? 1 : 0
    try store.writer.write { db in
      try db.execute(
        sql: """
          INSERT INTO referral (id, case_id, office, municipality, state, is_open, due_on, created_at, created_by, sent_on, accepted_on, closed_on)
          VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01T08:00:00Z', 'm.schmitz', ?, ?, ?)
          """,
        arguments: [id, office == "EBH" ? 1 : 2, office, municipality, state, open, due, sent, accepted, closed])
      for (rule, closedOn) in gaps {
        try db.execute(
          sql: "INSERT INTO referral_gap (referral_id, rule, outcome, reason_de, reason_en, closed_on) VALUES (?, ?, 'gap', 'Lücke', 'gap', ?)",
          arguments: [id, rule, closedOn])
      }
      for e in events {
        try db.execute(
          sql: "INSERT INTO referral_event (referral_id, at, actor, action, to_state) VALUES (?, ?, 'cm.siegburg', 'decline', ?)",
          arguments: [id, e.at, e.to])
      }
    }
    return id
  }

  func report(_ from: String = "2026-01-01", _ to: String = "2026-06-30", office: Office = .EBH) async throws -> ReferralsReport {
    try await ReportMaker.make(.referrals, request: request(from, to, office: office), store: store) as! ReferralsReport
  }
}

@Suite("Referrals report")
struct ReferralsReportTests {
  @Test("an empty database gives a report of zeros with a sentence saying no referrals were sent, not a crash")
  func empty() async throws {
    let r = try await ReferralRows().report()
    #expect(r.months.count == 6 && r.months.allSatisfy { $0.sent == 0 && $0.openAtEnd == 0 })
    #expect(r.totals == ReferralsReport.Counts() && r.open == 0 && r.rules.isEmpty && r.municipalities.isEmpty)
    #expect(r.daysToResolve.median == nil && r.shareResolvedPercent == nil)
    let html = HTMLRenderer().render(Shipped.document(r, "referrals"))
    #expect(html.contains("Im Zeitraum wurden keine Vermittlungen an das Case Management gesendet."))
    #expect(html.contains("Keine Werte für diesen Zeitraum."))
    #expect(r.json.contains(#""report":"referrals""#))
  }

  @Test("a referral sent on 31 January and resolved on 1 February is open at the end of January only")
  func monthBoundary() async throws {
    var rows = try ReferralRows()
    try rows.add("resolved", sent: "2026-01-31", accepted: "2026-01-31", closed: "2026-02-01")
    let m = try await rows.report().months
    #expect(m[0].sent == 1 && m[0].accepted == 1 && m[0].openAtEnd == 1 && m[0].resolved == 0)
    #expect(m[1].sent == 0 && m[1].resolved == 1 && m[1].openAtEnd == 0)
  }

  @Test("each ending counts in the month it happened, under the state the referral ended in")
  func endings() async throws {
    var rows = try ReferralRows()
    try rows.add("declined", sent: "2026-02-03", closed: "2026-02-10")
    try rows.add("returned", sent: "2026-02-03", accepted: "2026-02-05", closed: "2026-03-20")
    try rows.add("withdrawn", sent: "2026-02-03", closed: "2026-04-01")
    try rows.add("in_progress", sent: "2026-02-03", accepted: "2026-02-04")
    let r = try await rows.report()
    #expect(r.months[1].sent == 4 && r.months[1].accepted == 2 && r.months[1].declined == 1 && r.months[1].openAtEnd == 3)
    #expect(r.months[2].returned == 1 && r.months[2].openAtEnd == 2)
    #expect(r.months[3].withdrawn == 1 && r.months[3].openAtEnd == 1)
    #expect(r.totals.sent == 4 && r.totals.declined == 1 && r.totals.returned == 1 && r.totals.withdrawn == 1)
    #expect(r.shareResolvedPercent == 0 && r.open == 1 && r.openNotAccepted == 0)
  }

  @Test("a draft never sent does not count, even when withdrawn")
  func drafts() async throws {
    var rows = try ReferralRows()
    try rows.add("proposed")
    try rows.add("withdrawn", closed: "2026-03-01")
    let r = try await rows.report()
    #expect(r.totals == ReferralsReport.Counts() && r.months.allSatisfy { $0.openAtEnd == 0 })
  }

  @Test("a decline without closed_on ends on the day of its event, so it is not open for ever")
  func declineFromEvent() async throws {
    var rows = try ReferralRows()
    try rows.add("declined", sent: "2026-03-02", events: [(at: "2026-03-09T10:15:00Z", to: "declined")])
    let r = try await rows.report()
    #expect(r.months[2].declined == 1 && r.months[2].openAtEnd == 0 && r.open == 0)
  }

  @Test("days from sending to resolution: median and 80th percentile of the referrals resolved in the period")
  func daysToResolve() async throws {
    var rows = try ReferralRows()
    for (sent, closed) in [("2026-01-01", "2026-01-11"), ("2026-01-01", "2026-01-21"), ("2026-01-01", "2026-01-31"),
                           ("2026-01-01", "2026-02-10"), ("2026-01-01", "2026-03-02")] {
      try rows.add("resolved", sent: sent, accepted: sent, closed: closed)
    }
    try rows.add("resolved", sent: "2025-06-01", closed: "2025-12-31")  // resolved before the period: left out
    try rows.add("returned", sent: "2026-01-01", closed: "2026-02-01")
    let r = try await rows.report()
    #expect(r.daysToResolve.count == 5 && r.daysToResolve.median == 30 && r.daysToResolve.p80 == 40)
    #expect(r.shareResolvedPercent.map { abs($0 - 500.0 / 6) < 0.01 } == true)
  }

  @Test("per rule: referrals sent with the gap, and gaps found closed in the period")
  func rules() async throws {
    var rows = try ReferralRows()
    try rows.add("resolved", sent: "2026-01-10", closed: "2026-02-01", gaps: [("german-b1", "2026-02-01"), ("livelihood", nil)])
    try rows.add("sent", sent: "2026-02-10", gaps: [("german-b1", nil)])
    try rows.add("resolved", sent: "2025-11-10", closed: "2026-01-05", gaps: [("identity", "2026-01-05")])
    let r = try await rows.report()
    #expect(r.rules.map(\.rule) == ["german-b1", "livelihood", "identity"])
    #expect(r.rules.map(\.referrals) == [2, 1, 0] && r.rules.map(\.gapsClosed) == [1, 0, 1])
  }

  @Test("per municipality: counts only, and overdue open referrals")
  func municipalities() async throws {
    var rows = try ReferralRows()
    try rows.add("sent", municipality: "Troisdorf", sent: "2026-05-02", due: "2026-06-01")
    try rows.add("accepted", municipality: "Siegburg", sent: "2026-05-02", accepted: "2026-05-03", due: "2026-07-31")
    try rows.add("returned", municipality: "Siegburg", sent: "2026-04-02", closed: "2026-05-30")
    let r = try await rows.report()
    #expect(r.municipalities.map(\.municipality) == ["Siegburg", "Troisdorf"])
    #expect(r.municipalities[0].sent == 2 && r.municipalities[0].returned == 1 && r.municipalities[0].open == 1)
    #expect(r.open == 2 && r.openNotAccepted == 1 && r.overdue == 1)
  }

  @Test("the report counts one office's referrals only")
  func office() async throws {
    var rows = try ReferralRows()
    try rows.add("sent", office: "ABH", sent: "2026-03-01")
    #expect(try await rows.report().totals.sent == 0)
    #expect(try await rows.report(office: .ABH).totals.sent == 1)
  }

  @Test("JSON, CSV and HTML name no person and no file")
  func aggregatesOnly() async throws {
    var rows = try ReferralRows()
    try rows.add("resolved", sent: "2026-01-10", closed: "2026-02-01", gaps: [("german-b1", "2026-02-01")])
    let r = try await rows.report()
    let doc = Shipped.document(r, "referrals")
    for text in [r.json, CSVRenderer().render(doc), HTMLRenderer().render(doc)] {
      #expect(!text.contains("Yılmaz") && !text.contains("EBH-2026-00001"))
    }
  }
}
