import BacklogCommands
import CaseStore
import Foundation
import Testing

/// Issue 11 point 15 on `backlog import`: JSON Lines and CSV with an event date after today
/// (2026-11-24 by the commands' clock) import nothing and exit 1; today imports.
@Suite("backlog import refuses future event dates", .serialized)
struct FutureDateImportTests {
  let dir: String = {
    let d = NSTemporaryDirectory() + "backlog-future-\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
    return d
  }()

  func run(_ args: String...) async -> Int32 {
    await CommandEnvironment.$current.withValue(CommandLineTests.environment) { await Backlog.run(arguments: args) }
  }

  static func line(_ no: String, german on: String) -> String {
    #"{"file_no": ""# + no + #"", "office": "EBH", "received_on": "2026-01-05", "status": "received", "person": {"family_name": "X"}, "german": {"level": "B1", "proof": "certificate", "on": ""# + on + #""}}"#
  }

  @Test("JSON Lines: two records with tomorrow's date import nothing (exit 1); today imports")
  func jsonLines() async throws {
    let db = dir + "/a.sqlite"
    let bad = dir + "/bad.jsonl"
    try [Self.line("E-1", german: "2026-11-25"), Self.line("E-2", german: "2026-11-24"), Self.line("E-3", german: "2027-01-01")]
      .joined(separator: "\n").write(toFile: bad, atomically: true, encoding: .utf8)
    #expect(await run("import", bad, "--db", db) == 1)
    #expect(try await CommandLineTests.open(db).caseFileCount() == 0)
    let good = dir + "/good.jsonl"
    try Self.line("E-2", german: "2026-11-24").write(toFile: good, atomically: true, encoding: .utf8)
    #expect(await run("import", good, "--db", db) == 0)
    #expect(try await CommandLineTests.open(db).caseFileCount() == 1)
  }

  @Test("CSV: a record with tomorrow's civics date imports nothing (exit 1); today imports")
  func csv() async throws {
    let db = dir + "/c.sqlite"
    func write(_ on: String) throws -> String {
      let path = dir + "/cases-\(on).csv"
      try "file_no;office;received_on;status;person.family_name;civics.passed;civics.proof;civics.on\nE-5;EBH;2026-01-05;received;X;true;einbuergerungstest;\(on)\n"
        .write(toFile: path, atomically: true, encoding: .utf8)
      return path
    }
    #expect(await run("import", try write("2026-11-25"), "--db", db) == 1)
    #expect(try await CommandLineTests.open(db).caseFileCount() == 0)
    #expect(await run("import", try write("2026-11-24"), "--db", db) == 0)
    #expect(try await CommandLineTests.open(db).caseFileCount() == 1)
  }
}
