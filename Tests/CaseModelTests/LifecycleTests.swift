import Testing

@testable import CaseModel

@Suite("The file's lifecycle")
struct LifecycleTests {
  let day = Day(year: 2026, month: 3, day: 2)!

  func file(_ status: CaseStatus, history: [(String, CaseStatus)]? = nil) -> CaseFile {
    var f = CaseFile(fileNo: "EBH-1", office: .EBH, receivedOn: Day(year: 2025, month: 1, day: 2)!, status: status,
      person: Person(familyName: "A"))
    f.history = history?.map { StatusChange(at: Day(iso: $0.0)!, status: $0.1) }
    return f
  }

  @Test("a clerk moves an open file one allowed step and the history records it")
  func routineStep() throws {
    var f = file(.inReview, history: [("2025-01-02", .received), ("2025-02-01", .inReview)])
    try CaseLifecycle.step(&f, to: .decisionPending, on: day, by: "clerk", reason: nil)
    #expect(f.status == .decisionPending)
    #expect(f.history?.last == StatusChange(at: day, status: .decisionPending, by: "clerk"))
  }

  @Test("a jump from received to granted is refused")
  func jumpRefused() {
    var f = file(.received, history: [("2025-01-02", .received)])
    #expect(throws: FieldError.self) { try CaseLifecycle.step(&f, to: .granted, on: day, by: "c", reason: nil) }
  }

  @Test("a withdrawal needs its reason; a grant does not")
  func reasons() throws {
    var f = file(.inReview)
    #expect(throws: FieldError.self) { try CaseLifecycle.step(&f, to: .withdrawn, on: day, by: "c", reason: "  ") }
    try CaseLifecycle.step(&f, to: .withdrawn, on: day, by: "c", reason: "Rücknahmeschreiben vom 01.03.2026")
    #expect(f.history?.last?.reason == "Rücknahmeschreiben vom 01.03.2026")
    var g = file(.decisionPending)
    try CaseLifecycle.step(&g, to: .granted, on: day, by: "c", reason: nil)
    #expect(g.decidedOn == day)
  }

  @Test("a closed file moves only by an administrator's reopening with a reason, back to review")
  func reopen() throws {
    var f = file(.refused)
    f.decidedOn = day
    #expect(throws: FieldError.self) { try CaseLifecycle.step(&f, to: .inReview, on: day, by: "c", reason: "x") }
    #expect(throws: FieldError.self) {
      var g = f
      try CaseLifecycle.step(&g, to: .inReview, on: day, by: "admin", reason: nil, reopen: true)
    }
    #expect(throws: FieldError.self) {
      var g = f
      try CaseLifecycle.step(&g, to: .granted, on: day, by: "admin", reason: "x", reopen: true)
    }
    try CaseLifecycle.step(&f, to: .inReview, on: day, by: "admin", reason: "Bescheid irrtümlich erfasst", reopen: true)
    #expect(f.status == .inReview)
    #expect(f.decidedOn == nil)
  }

  @Test("a new file's history may start anywhere but every later step must be allowed and end in its status")
  func newHistories() {
    #expect(CaseLifecycle.problems(inNew: file(.inReview, history: [("2025-01-02", .inReview)])).isEmpty)
    let bad = file(.granted, history: [("2025-01-02", .received), ("2025-01-05", .inReview), ("2025-02-01", .granted)])
    #expect(CaseLifecycle.problems(inNew: bad).map(\.path) == ["history[2].status"])
    let mismatch = file(.inReview, history: [("2025-01-02", .received), ("2025-01-05", .documentsRequested)])
    #expect(CaseLifecycle.problems(inNew: mismatch).map(\.path) == ["status"])
    let backwards = file(.inReview, history: [("2025-01-02", .received), ("2024-12-05", .documentsRequested), ("2025-01-06", .inReview)])
    #expect(CaseLifecycle.problems(inNew: backwards).map(\.path) == ["history[1].at"])
  }

  @Test("an office list's starting point (received, then the current stage) is accepted for any stage")
  func importStartingPoint() {
    for status in CaseStatus.allCases where status != .received {
      let f = file(status, history: [("2025-01-02", .received), ("2026-03-02", status)])
      #expect(CaseLifecycle.problems(inNew: f).isEmpty, "\(status)")
    }
  }

  @Test("a change keeps the stored history and may only add allowed steps")
  func changes() {
    let old = file(.inReview, history: [("2025-01-02", .received), ("2025-02-01", .inReview)])
    var ok = old
    ok.status = .decisionPending
    ok.history! += [StatusChange(at: day, status: .decisionPending)]
    #expect(CaseLifecycle.problems(changing: old, to: ok).isEmpty)
    var jump = old
    jump.status = .granted
    jump.history! += [StatusChange(at: day, status: .granted)]
    #expect(CaseLifecycle.problems(changing: old, to: jump).map(\.path) == ["history[2].status"])
    var rewritten = ok
    rewritten.history![0].at = Day(year: 2024, month: 1, day: 1)!
    #expect(CaseLifecycle.problems(changing: old, to: rewritten).map(\.path) == ["history[0]"])
    var silent = old
    silent.status = .granted
    #expect(CaseLifecycle.problems(changing: old, to: silent).map(\.path) == ["status"])
  }
}
