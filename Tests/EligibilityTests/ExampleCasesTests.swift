import Eligibility
import Foundation
import Testing

/// The nine shared examples (../shared/examples/README.md) as of 2026-11-24.
@Suite struct ExampleCasesTests {
  static let expected: [(String, String, String, String?)] = [
    ("EBH-2024-03112", "StAG-10", "eligible", nil),
    ("EBH-2025-00871", "StAG-10", "gaps", nil),
    ("EBH-2025-01990", "StAG-10", "gaps", "2027-01-17"),
    ("EBH-2023-04410", "StAG-10", "eligible", nil),
    ("EBH-2024-02277", "StAG-10", "excluded", nil),
    ("EBH-2025-00302", "StAG-10", "suspended", nil),
    ("EBH-2025-00555", "StAG-10", "incomplete", nil),
    ("ABH-2026-00148", "AufenthG-25b", "eligible", nil),
    ("ABH-2025-00907", "AufenthG-104c-followup", "gaps", nil),
  ]

  @Test func everySharedExampleGetsItsExpectedVerdict() throws {
    let text = try String(contentsOfFile: Support.examplesFile, encoding: .utf8)
    let files = Support.files(jsonl: text)
    #expect(files.count == 9)
    let asOf = Support.day("2026-11-24")
    var got: [String: Screening] = [:]
    for f in files { for s in Support.engine.screen(f, asOf: asOf) { got[s.fileNo + " " + s.route.rawValue] = s } }
    for (fileNo, route, verdict, eligibleOn) in Self.expected {
      let s = try #require(got[fileNo + " " + route], "\(fileNo) not screened")
      #expect(s.verdict.rawValue == verdict, "\(fileNo): \(s.findings.filter { $0.outcome != .met }.map { "\($0.rule) \($0.outcome) \($0.reasonEN)" })")
      if let eligibleOn { #expect(s.eligibleOn?.iso == eligibleOn, "\(fileNo)") }
    }
  }
}
