import Eligibility
import Foundation
import Testing

/// The speed benchmark, run only on request:
/// `BACKLOG_BENCH=1000000 swift test -c release --filter BenchmarkTests`.
@Suite struct BenchmarkTests {
  static let files = Int(ProcessInfo.processInfo.environment["BACKLOG_BENCH"] ?? "") ?? 0

  @Test(.enabled(if: files > 0)) func screeningSpeedIsReported() throws {
    for r in try ScreeningBenchmark.run(checklistsDirectory: Support.checklistsDirectory, files: Self.files) {
      print("bench: \(r)")
    }
    let sample = ScreeningBenchmark.generate(count: 20_000)
    print("bench phases (one core): " + ScreeningBenchmark.phases(sample, engine: Support.engine, asOf: Support.day("2026-11-24")).joined(separator: ", "))
  }

  @Test func syntheticInputScreensWithoutInvalidLines() throws {
    let bytes = ScreeningBenchmark.generate(count: 2_000)
    let r = BatchScreener(engine: Support.engine).run(jsonLines: bytes, asOf: Support.day("2026-11-24"), render: { $0.verdict }) { _ in }
    #expect(r.issues.isEmpty, "\(r.issues.prefix(3))")
    #expect(r.files == 2_000)
    #expect(r.verdicts.count >= 4, "a spread of verdicts: \(r.verdicts)")
  }
}
