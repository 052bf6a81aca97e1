import CaseExchange
import CaseModel
@testable import CaseStore
import Casework
import Eligibility
import Foundation
import GRDB
import Referrals
import Testing

/// The referral bridge in the store: the shared examples, screened as of 2026-11-24.
/// EBH-2025-00871 (Troisdorf, consent given) has a language gap for case management.
@Suite("Referrals in the store")
struct ReferralStoreTests: Sendable {
  static let today = Day(iso: "2026-11-24")!
  static let clerk = ReferralParty.clerk("m.schmitz", office: .EBH)
  static let troisdorf = ReferralParty.caseManager("k.jung", municipalities: ["Troisdorf"])
  static let lohmar = ReferralParty.caseManager("s.wolf", municipalities: ["Lohmar"])
  let db: AppDatabase
  let engine: ScreeningEngine

  static let sharedEngine = try! ScreeningStoreTests().engine()
  static let examples = ScreeningStoreTests().examples()

  init() throws {
    db = try AppDatabase.inMemory(now: { Date(timeIntervalSince1970: 1_795_507_200) })  // 2026-11-24
    engine = Self.sharedEngine
    try casework.importFiles(Self.examples, actor: "t")
  }

  func refer(_ fileNo: String = "EBH-2025-00871", rules: [String] = ["STAG10-LANG"], send: Bool = true) async throws -> Int64 {
    try await casework.refer(
      NewReferral(fileNo: fileNo, rules: rules, note: "Sprachkurs B1 vermitteln", dueOn: Day(iso: "2027-01-31"), send: send),
      by: Self.clerk)
  }

  func step(_ id: Int64, _ action: ReferralAction, by party: ReferralParty, note: String? = nil, facts: String? = nil) async throws -> Referral {
    let object: JSONObject? = try facts.map {
      guard case .object(let o) = try JSONParser.parse($0) else { throw ReferralError.invalid([]) }
      return o
    }
    return try await casework.step(referral: id, ReferralStep(action: action, note: note, facts: object), by: party)
  }

  /// The referral rules (gaps referable today, facts merged on resolve) live in `Casework`.
  var casework: Casework { Casework(store: db, engine: engine, today: { Self.today }) }

  func verdict(_ fileNo: String) throws -> String? {
    try db.writer.read { try String.fetchOne($0, sql: "SELECT verdict FROM case_file WHERE file_no = ?", arguments: [fileNo]) }
  }

  func withdrawConsent(_ fileNo: String) async throws {
    let stored = try #require(try await db.caseFile(fileNo: fileNo, actor: "m.schmitz"))
    try await db.editCaseFile(fileNo: fileNo, expectedVersion: stored.version, actor: "m.schmitz") { file in
      file.consents = file.consents?.map { var c = $0; c.withdrawnOn = Day(iso: "2026-11-24"); return c }
    }
  }

  @Test("a clerk refers a language gap: it is sent with the reason and documents of the screening, and audited")
  func referLanguageGap() async throws {
    let id = try await refer()
    let r = try await db.referral(id: id, for: Self.clerk, today: Self.today)
    #expect(r.state == .sent)
    #expect(r.municipality == "Troisdorf")
    #expect(r.sentOn == Self.today)
    #expect(r.gaps.map(\.rule) == ["STAG10-LANG"])
    #expect(r.gaps.first?.fix == .caseManagement)
    #expect(r.gaps.first?.documents.contains("D08") == true)
    #expect(r.events.map(\.action) == ["send"])
    #expect(try await db.auditEntries(fileNo: "EBH-2025-00871").contains { $0.action == "referral.send" })
  }

  @Test("the queue's mark: files with a referral still open, not those whose referral ended")
  func openReferralMark() async throws {
    let id = try await refer()
    #expect(try await db.filesWithOpenReferral(["EBH-2025-00871", "EBH-2025-01990"]) == ["EBH-2025-00871"])
    _ = try await step(id, .withdraw, by: Self.clerk, note: "versehentlich")
    #expect(try await db.filesWithOpenReferral(["EBH-2025-00871"]).isEmpty)
  }

  @Test("a gap only time closes cannot be referred; the error names the rule")
  func timeGapIsNotReferable() async throws {
    await #expect(throws: ReferralError.invalid([FieldError(
      path: "rules", reason: .notAWorkableGap(rule: "STAG10-RESIDENCE"))])) {
      try await refer("EBH-2025-01990", rules: ["STAG10-RESIDENCE"])
    }
  }

  @Test("the same gap cannot be referred twice while the first referral is open")
  func noDuplicate() async throws {
    let id = try await refer()
    await #expect(throws: ReferralError.alreadyReferred(rule: "STAG10-LANG", referral: id)) { try await refer() }
  }

  @Test("without consent nothing is sent; a proposal waits and is sent once consent is recorded")
  func consentRequired() async throws {
    try await withdrawConsent("EBH-2025-00871")
    await #expect(throws: ReferralError.noConsent(fileNo: "EBH-2025-00871")) { try await refer() }
    #expect(try await db.referralsOfFile(fileNo: "EBH-2025-00871").isEmpty)
    let id = try await refer(send: false)
    await #expect(throws: ReferralError.noConsent(fileNo: "EBH-2025-00871")) { try await step(id, .send, by: Self.clerk) }
    let stored = try #require(try await db.caseFile(fileNo: "EBH-2025-00871", actor: "m.schmitz"))
    try await db.editCaseFile(fileNo: "EBH-2025-00871", expectedVersion: stored.version, actor: "m.schmitz") { file in
      file.consents = [Consent(scope: .caseManagementReferral, givenOn: Self.today, formVersion: "DSE-KIM 2024", recordedBy: "m.schmitz")]
    }
    #expect(try await step(id, .send, by: Self.clerk).state == .sent)
  }

  @Test("case management accepts and resolves with a B1 certificate: the file is re-screened, the gap closed, the clerk told")
  func resolveWithCertificate() async throws {
    let id = try await refer()
    #expect(try await verdict("EBH-2025-00871") == "gaps")
    _ = try await step(id, .accept, by: Self.troisdorf)
    _ = try await step(id, .progress, by: Self.troisdorf, note: "Kurs bei der VHS ab 01.12.")
    let r = try await step(
      id, .resolve, by: Self.troisdorf, note: "Zertifikat liegt vor",
      facts: #"{"german": {"level": "B1", "on": "2026-11-20"}, "documents": [{"id": "D08", "status": "provided", "on": "2026-11-20"}]}"#)
    #expect(r.state == .resolved)
    #expect(r.closedOn == Self.today)
    #expect(r.awaitsClerk)
    #expect(r.gaps.first?.closedOn == Self.today)
    #expect(try await verdict("EBH-2025-00871") == "eligible")
    let outcome = try #require(r.events.last?.changes)
    #expect(outcome.verdictBefore == "gaps" && outcome.verdictAfter == "eligible")
    #expect(outcome.closedRules == ["STAG10-LANG"])
    #expect(Set(outcome.fields) == ["german", "documents"])
    let file = try #require(try await db.caseFile(fileNo: "EBH-2025-00871", actor: "t")).file
    #expect(file.german?.proof == .certificate)  // merged, not replaced
    #expect(try await db.auditEntries(fileNo: "EBH-2025-00871").contains { $0.action == "update" && $0.actor == "k.jung" })
    #expect(!(try await step(id, .seen, by: Self.clerk).awaitsClerk))
  }

  @Test("facts case management may not record are refused and nothing changes")
  func forbiddenFacts() async throws {
    let id = try await refer()
    _ = try await step(id, .accept, by: Self.troisdorf)
    await #expect(throws: ReferralError.invalid([FieldError(path: "facts.person", reason: .caseManagementCannotRecord)])) {
      try await step(id, .resolve, by: Self.troisdorf, facts: #"{"person": {"family_name": "X"}}"#)
    }
    await #expect(throws: ReferralError.self) {
      try await step(id, .resolve, by: Self.troisdorf, facts: #"{"german": {"level": "B7"}}"#)
    }
    #expect(try await db.referral(id: id, for: Self.clerk, today: Self.today).state == .accepted)
    #expect(try await verdict("EBH-2025-00871") == "gaps")
  }

  @Test("each side may take only its own steps, and only allowed ones")
  func whoMayDoWhat() async throws {
    let id = try await refer()
    await #expect(throws: ReferralError.notFound("no referral \(id)")) { try await step(id, .accept, by: Self.lohmar) }
    await #expect(throws: ReferralError.forbidden("only case management may accept a referral")) { try await step(id, .accept, by: Self.clerk) }
    await #expect(throws: ReferralError.forbidden("only the office may withdraw a referral")) { try await step(id, .withdraw, by: Self.troisdorf) }
    await #expect(throws: ReferralError.notAllowed(action: "resolve", state: .sent)) { try await step(id, .resolve, by: Self.troisdorf) }
    await #expect(throws: ReferralError.invalid([FieldError(path: "note", reason: .reasonOrNoteRequired)])) {
      try await step(id, .decline, by: Self.troisdorf)
    }
    let declined = try await step(id, .decline, by: Self.troisdorf, note: "Person nicht erreichbar")
    #expect(declined.state == .declined && declined.awaitsClerk)
    await #expect(throws: ReferralError.notAllowed(action: "accept", state: .declined)) { try await step(id, .accept, by: Self.troisdorf) }
  }

  @Test("withdrawing consent ends open referrals at once and hides the person from case management")
  func consentWithdrawn() async throws {
    let id = try await refer()
    _ = try await step(id, .accept, by: Self.troisdorf)
    #expect(try await db.referral(id: id, for: Self.troisdorf, today: Self.today).person?.familyName == "Kovac")
    try await withdrawConsent("EBH-2025-00871")
    let r = try await db.referral(id: id, for: Self.troisdorf, today: Self.today)
    #expect(r.state == .withdrawn)
    #expect(r.person == nil)
    #expect(r.events.last?.note?.contains("consent withdrawn") == true)
  }

  @Test("case managers see referrals to their municipalities only, never proposals, and no file number")
  func caseManagerList() async throws {
    let sent = try await refer()
    _ = try await refer("EBH-2025-00555", rules: ["STAG10-CIVICS"], send: false)
    let list = try await db.referrals(ReferralFilter(), for: Self.troisdorf, today: Self.today)
    #expect(list.referrals.map(\.id) == [sent])
    #expect(list.referrals.first?.fileNo == "")
    #expect(list.referrals.first?.person?.familyName == "Kovac")
    #expect(try await db.referrals(ReferralFilter(), for: Self.lohmar, today: Self.today).referrals.isEmpty)
    #expect(try await db.referrals(ReferralFilter(), for: Self.clerk, today: Self.today).total == 2)
    // the list read is audited by the route that shows it (one `list-read` row per request)
    #expect(list.fileNos == ["EBH-2025-00871"])
  }

  @Test("a referral past its due date is overdue for both sides until case management closes it")
  func overdue() async throws {
    let id = try await refer()
    var filter = ReferralFilter()
    filter.overdueOnly = true
    let later = Day(iso: "2027-02-01")!
    #expect(try await db.referrals(filter, for: Self.clerk, today: Self.today).total == 0)
    #expect(try await db.referrals(filter, for: Self.clerk, today: later).total == 1)
    #expect(try await db.referrals(filter, for: Self.troisdorf, today: later).overdue == 1)
    _ = try await step(id, .accept, by: Self.troisdorf)
    _ = try await step(id, .return, by: Self.troisdorf, note: "Kurs abgebrochen")
    #expect(try await db.referrals(filter, for: Self.clerk, today: later).total == 0)
  }
}

@Suite("Every referral step, allowed and refused")
struct ReferralTransitionTableTests {
  /// The steps that bring a new referral into each state (office: o, case management: c).
  static let paths: [ReferralState: [(ReferralAction, Bool)]] = [
    .proposed: [], .sent: [(.send, true)], .accepted: [(.send, true), (.accept, false)],
    .declined: [(.send, true), (.decline, false)], .inProgress: [(.send, true), (.accept, false), (.progress, false)],
    .resolved: [(.send, true), (.accept, false), (.resolve, false)], .returned: [(.send, true), (.accept, false), (.return, false)],
    .withdrawn: [(.withdraw, true)],
  ]

  /// A resolve records something that touches the referred language gap (issue 13).
  static func evidence(_ action: ReferralAction) -> String? { action == .resolve ? #"{"german": {"level": "B1"}}"# : nil }

  @Test("in every state the store takes exactly the steps the state machine allows, from the side that may take them")
  func table() async throws {
    for (state, path) in Self.paths {
      for action in ReferralAction.allCases {
        for byOffice in [true, false] {
          let t = try ReferralStoreTests()
          let id = try await t.refer(send: false)
          for (a, office) in path {
            _ = try await t.step(id, a, by: office ? ReferralStoreTests.clerk : ReferralStoreTests.troisdorf, note: "n", facts: Self.evidence(a))
          }
          #expect(try await t.db.referral(id: id, for: ReferralStoreTests.clerk, today: ReferralStoreTests.today).state == state)
          let party = byOffice ? ReferralStoreTests.clerk : ReferralStoreTests.troisdorf
          let allowed = action.next(from: state) != nil && action.party == party.kind
          let reachable = byOffice || state.isVisibleToCaseManagement
          do {
            let r = try await t.step(id, action, by: party, note: "n", facts: Self.evidence(action))
            #expect(allowed, "\(action) by \(byOffice ? "office" : "case management") in \(state) was taken")
            #expect(r.state == action.next(from: state))
            #expect(r.events.last?.action == action.rawValue && r.events.last?.actor == party.name)
          } catch let e as ReferralError {
            #expect(!allowed, "\(action) in \(state) refused: \(e)")
            switch e {
            case .notFound: #expect(!reachable)
            case .forbidden: #expect(action.party != party.kind)
            case .notAllowed: #expect(action.next(from: state) == nil)
            default: Issue.record("unexpected \(e)")
            }
          }
        }
      }
    }
  }
}
