import Eligibility
import Foundation
import Testing

/// The nine shared examples (Tests/Fixtures/examples/README.md, a copy of the project-wide examples) as of 2026-11-24.
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

/// `backlog screen --input` as the CLI will call it, checked the way the project's stop hook checks it.
@Suite struct ScreenInputTests {
  @Test func screeningTheExamplesFileAsJSONGivesEveryExpectedVerdict() throws {
    var output = ""
    var errors = ""
    let code = ScreenInput.run(.init(paths: [Support.examplesFile], asOf: Support.day("2026-11-24"), json: true),
                               engine: Support.engine, out: { output += $0 }, err: { errors += $0 })
    #expect(code == 0, "\(errors)")
    var got: [String: (String, String?)] = [:]
    for line in output.split(separator: "\n") {
      let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      got["\(o["file_no"]!) \(o["route"]!)"] = (o["verdict"] as! String, o["eligible_on"] as? String)
    }
    for (no, route, verdict, eligibleOn) in ExampleCasesTests.expected {
      #expect(got["\(no) \(route)"]?.0 == verdict, "\(no)")
      if let eligibleOn { #expect(got["\(no) \(route)"]?.1 == eligibleOn, "\(no)") }
    }
  }

  @Test func theDefaultOutputIsAGermanTable() {
    var output = ""
    let code = ScreenInput.run(.init(paths: [Support.examplesFile], asOf: Support.day("2026-11-24")),
                               engine: Support.engine, out: { output += $0 }, err: { _ in })
    #expect(code == 0)
    #expect(output.contains("Aktenzeichen") && output.contains("EBH-2025-01990") && output.contains("9 Prüfungen"))
  }

  @Test func compareShowsWhatTheFirstOfJulyTwentyTwentySevenDoesToTheBacklog() {
    var output = ""
    let code = ScreenInput.run(.init(paths: [Support.examplesFile], asOf: Support.day("2026-11-24"), compareWith: Support.day("2027-07-01")),
                               engine: Support.engine, out: { output += $0 }, err: { _ in })
    #expect(code == 0)
    #expect(output.contains("verdicts change between 2026-11-24 and 2027-07-01"))
    #expect(output.contains("EBH-2025-01990 StAG-10: gaps -> eligible"))
  }

  @Test func aBadRecordIsReportedAndGivesExitCodeOne() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("engine-bad-\(UInt32.random(in: 0...UInt32.max)).jsonl").path
    try "{\"file_no\": \"X\", \"colour\": 1}\n".write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    var errors = ""
    let code = ScreenInput.run(.init(paths: [path], asOf: Support.day("2026-11-24"), json: true), engine: Support.engine, out: { _ in }, err: { errors += $0 })
    #expect(code == 1)
    #expect(errors.contains(":1"))
  }
}
