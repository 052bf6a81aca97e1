import CaseModel
@testable import Eligibility
import Foundation
import Testing

/// The engine's answers beyond single rules: routes, dates, JSON, comparison, rendering.
@Suite struct EngineBehaviourTests {
  static let examples: [CaseFile] = Support.files(jsonl: (try? String(contentsOfFile: Support.examplesFile, encoding: .utf8)) ?? "")
  static func example(_ no: String) -> CaseFile { examples.first { $0.fileNo == no }! }
  let asOf = Support.day("2026-11-24")

  @Test func anABHFileWithoutRouteIsScreenedOnEveryABHRouteAndNamesTheBest() {
    var f = Self.example("ABH-2026-00148")
    f.route = nil
    let all = Support.engine.screen(f, asOf: asOf)
    #expect(all.map(\.route) == [.aufenthG25a, .aufenthG25b, .aufenthG104cFollowup])
    #expect(all.allSatisfy { $0.bestRoute == .aufenthG25b })
    #expect(all.first { $0.route == .aufenthG25b }?.verdict == .eligible)
  }

  @Test func anEBHFileWithoutRouteIsScreenedUnderSectionTen() {
    var f = Self.example("EBH-2024-03112")
    f.route = nil
    #expect(Support.engine.screen(f, asOf: asOf).map(\.route) == [.stag10])
  }

  @Test func theFollowUpFileNamesItsDeadlineAndTheBetterRoute() {
    let s = Support.engine.screen(Self.example("ABH-2025-00907"), asOf: asOf)[0]
    #expect(s.bestRoute == .aufenthG25b)
    #expect(s.eligibleUntil == Support.day("2027-01-31"))
    #expect(s.findings.contains { $0.rule == "AUFG25B-ID" && $0.outcome == .gap && $0.fix == .caseManagement })
  }

  @Test func theScreeningJSONHasTheKeysOfTheContract() throws {
    let s = Support.engine.screen(Self.example("EBH-2025-01990"), asOf: asOf)[0]
    let json = ScreeningJSON.encode(s)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    for key in ["file_no", "route", "as_of", "verdict", "eligible_on", "findings"] { #expect(object[key] != nil, "\(key)") }
    #expect(object["eligible_on"] as? String == "2027-01-17")
    let findings = try #require(object["findings"] as? [[String: Any]])
    let residence = try #require(findings.first { $0["rule"] as? String == "STAG10-RESIDENCE" })
    #expect(residence["outcome"] as? String == "gap")
    #expect(residence["fix"] as? String == "time")
    #expect(residence["until"] as? String == "2027-01-17")
    #expect((residence["reason"] as? String)?.contains("5 years needed") == true)
    #expect((residence["reason_de"] as? String)?.contains("5 Jahre erforderlich") == true)
    #expect(residence["citation"] as? String != nil)
  }

  @Test func comparingWithTheDayBeforeTheReformShowsTheFlippingRules() {
    var f = Self.example("EBH-2024-03112")
    f.fileNo = "CMP-1"
    f.person.nationalities = ["TUR"]
    f.declarations = Declarations(fdgoSignedOn: Support.day("2024-01-10"), historySignedOn: Support.day("2024-01-10"))
    f.civics?.on = Support.day("2024-01-10")  // (a test dated after the as-of day would not count yet)
    let changes = VerdictComparison.compare([f], engine: Support.engine, asOf: Support.day("2024-06-26"), with: Support.day("2024-06-27"))
    #expect(changes.count == 1)
    #expect(changes.first?.from == .gaps && changes.first?.to == .eligible)
    #expect(changes.first?.flips.contains { $0.rule == "STAG10-OLD-NR4" } == true)
    #expect(VerdictComparison.render(changes, from: Support.day("2024-06-26"), to: Support.day("2024-06-27")).contains("STAG10-OLD-NR4"))
  }

  @Test func theTableShowsOpenFindingsInGermanOrEnglish() {
    let s = Support.engine.screen(Self.example("EBH-2025-00871"), asOf: asOf)
    let de = ScreeningTable.render(s, language: .de)
    #expect(de.contains("Lücken") && de.contains("STAG10-LANG") && de.contains("Case Management"))
    #expect(ScreeningTable.render(s, language: .en).contains("B1 needed"))
  }

  @Test func aBatchOfJSONLinesKeepsTheInputOrderAndReportsBadLines() throws {
    var text = try String(contentsOfFile: Support.examplesFile, encoding: .utf8)
    text += "{\"file_no\": 1}\nnot json\n"
    var seen: [String] = []
    let summary = BatchScreener(engine: Support.engine, blockBytes: 900).run(jsonLines: Array(text.utf8), asOf: asOf, render: { $0.fileNo }) {
      seen += $0
    }
    #expect(seen == Self.examples.map(\.fileNo))
    #expect(summary.files == 9)
    #expect(summary.issues.count >= 2)
  }

  @Test func screeningIsPureAndRepeatable() {
    let f = Self.example("ABH-2025-00907")
    #expect(Support.engine.screen(f, asOf: asOf) == Support.engine.screen(f, asOf: asOf))
  }

  @Test func everyFindingCarriesItsRulesetVersionAndCitation() {
    for f in Self.examples {
      for s in Support.engine.screen(f, asOf: asOf) {
        #expect(s.rulesetVersion == Support.checklists.version + "." + Evaluators.codeVersion)
        #expect(s.findings.allSatisfy { !$0.citation.isEmpty && !$0.reasonEN.isEmpty && !$0.reasonDE.isEmpty })
      }
    }
  }
}

@Suite struct BatchFileTests {
  @Test func aJSONLinesFileIsStreamedInChunksWithCorrectLineNumbers() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("engine-batch-\(UInt32.random(in: 0...UInt32.max)).jsonl").path
    var text = try String(contentsOfFile: Support.examplesFile, encoding: .utf8)
    text += "\nnot json\n" + text.split(separator: "\n").first!.replacingOccurrences(of: "EBH-2024-03112", with: "EBH-X") + "\n"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    var seen: [String] = []
    let summary = try BatchScreener(engine: Support.engine, blockBytes: 1500).run(path: path, asOf: Support.day("2026-11-24"), render: { $0.fileNo }) {
      seen += $0
    }
    #expect(summary.files == 10)
    #expect(seen.count == 10 && seen.last == "EBH-X")
    #expect(summary.issues.count == 1)
    #expect(summary.issues.first?.description.contains(":11") == true, "\(summary.issues)")
  }
}

@Suite struct ExampleOutputDump {
  @Test(.enabled(if: ProcessInfo.processInfo.environment["BACKLOG_DUMP"] != nil)) func printExamples() {
    for f in EngineBehaviourTests.examples {
      print(ScreeningTable.render(Support.engine.screen(f, asOf: Support.day("2026-11-24")), language: .en))
    }
    print(ScreeningJSON.encode(Support.engine.screen(EngineBehaviourTests.examples[2], asOf: Support.day("2026-11-24"))[0]))
  }
}

@Suite struct EncodingRangeTests {
  @Test func aDayBeforeTheEncodedLawGoesToReviewInsteadOfLookingEligible() {
    let f = EngineBehaviourTests.examples[0]
    let s = Support.engine.screen(f, asOf: Support.day("2005-01-01"))[0]
    #expect(s.verdict == .review)
    #expect(s.findings.allSatisfy { $0.outcome == .review && $0.legalReviewPending })
  }
}

@Suite struct RescreenTests {
  @Test func changedVerdictsAreCountedAgainstStoredOnes() {
    let files = EngineBehaviourTests.examples
    let now = files.flatMap { Support.engine.screen($0, asOf: Support.day("2026-11-24")) }
    let stored = now.map { (fileNo: $0.fileNo, route: $0.route, verdict: $0.verdict) }
    #expect(VerdictComparison.changedCount(stored: stored, new: now) == 0)
    let later = files.flatMap { Support.engine.screen($0, asOf: Support.day("2027-07-01")) }
    #expect(VerdictComparison.changedCount(stored: stored, new: later) == VerdictComparison.changes(from: now, to: later).count)
  }
}

@Suite struct NotRecordedWordingTests {
  @Test("every fact a rule may find not recorded is named in words, with its path for the clerk")
  func everyMissingFactHasWords() throws {
    let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/Eligibility")
    var named = Set<String>()
    for file in try FileManager.default.contentsOfDirectory(atPath: sources.path) where file.hasSuffix(".swift") {
      let text = try String(contentsOfFile: sources.appendingPathComponent(file).path, encoding: .utf8)
      var rest = Substring(text)
      while let r = rest.range(of: ".missing(\"") {
        let tail = rest[r.upperBound...]
        named.insert(String(tail.prefix { $0 != "\"" }))
        rest = tail
      }
    }
    #expect(!named.isEmpty)
    for fact in named { #expect(Wording.facts[fact] != nil, "no words for \(fact)") }
    #expect(Wording.notRecorded("civics").de.string == "Nicht erfasst: Einbürgerungstest (civics)")
  }
}
