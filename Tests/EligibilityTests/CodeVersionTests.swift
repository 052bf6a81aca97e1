@testable import Eligibility
import Foundation
import Testing

/// The rule-set version covers the evaluators' code (issue 10/11): a change of what an evaluator
/// answers must change `Evaluators.codeVersion`, so stored screenings are redone. This test holds
/// a fingerprint of the sources that decide answers for each code version: when they change
/// without a new `codeVersion`, it fails and says what to do.
@Suite("The evaluators' code version")
struct CodeVersionTests {
  /// `codeVersion` -> FNV-1a fingerprint of `fingerprintedSources`. Add a line when you bump it.
  static let recorded: [String: String] = [
    "e2026-12-07b": "50d3edbcf61f5ef2",
    "e2026-12-07c": "9db0384cd412efb6",
  ]

  /// The files whose text decides what the engine answers (wording files are left out).
  static let fingerprintedSources = [
    "CheckResult.swift", "CompiledChecklists.swift", "EvalContext.swift", "Evaluators+104c.swift",
    "Evaluators+ABHConditions.swift", "Evaluators+ABHStatus.swift", "Evaluators+StAGLivelihood.swift",
    "Evaluators+StAGPenal.swift", "Evaluators+StAGPersonal.swift", "Evaluators+StAGResidence.swift",
    "ResidenceCounter.swift", "ScreeningEngine.swift",
  ]

  static func fingerprint() throws -> String {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/Eligibility")
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for name in fingerprintedSources {
      for byte in try Data(contentsOf: dir.appendingPathComponent(name)) where byte != 0x0D {
        hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
      }
    }
    return String(hash, radix: 16)
  }

  @Test("the evaluator sources match the fingerprint recorded for the current codeVersion")
  func bumped() throws {
    let now = try Self.fingerprint()
    #expect(
      Self.recorded[Evaluators.codeVersion] == now,
      "The evaluators' code changed (fingerprint \(now)): change Evaluators.codeVersion (Sources/Eligibility/Evaluator.swift) and record \"<new version>\": \"\(now)\" in CodeVersionTests.recorded.")
  }

  @Test("the rule-set version of a compiled set ends with the code version")
  func inVersion() throws {
    #expect(Support.engine.rulesetVersion.hasSuffix("." + Evaluators.codeVersion))
  }
}
