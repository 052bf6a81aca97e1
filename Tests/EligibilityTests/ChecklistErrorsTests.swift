import Checklists
import Foundation
import Testing

@Suite("Reading checklists: every malformed entry named")
struct ChecklistErrorsTests {
  /// A copy of the repository's checklists with `edits` (file -> (old, new)) applied.
  static func copy(_ edits: [(String, String, String)]) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("checklists-\(UUID().uuidString)").path
    try FileManager.default.copyItem(atPath: Support.checklistsDirectory, toPath: dir)
    for (file, old, new) in edits {
      let path = dir + "/" + file
      let text = try String(contentsOfFile: path, encoding: .utf8)
      #expect(text.contains(old), "\(file) has no \(old)")
      try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }
    return dir
  }

  @Test("problems in several rules and files are all named, with file and line")
  func everyProblem() throws {
    let dir = try Self.copy([
      ("stag-10/rules.yaml", "    citation: § 12a Abs. 3 StAG\n", "    citation: § 12a Abs. 3 StAG\n    colour: red\n"),
      ("stag-10/rules.yaml", "        unmet: suspend\n", "        unmet: later\n"),
      ("stag-8/rules.yaml", "routes: [", "routez: ["),
    ])
    defer { try? FileManager.default.removeItem(atPath: dir) }
    do {
      _ = try ChecklistLoader.load(directory: dir)
      Issue.record("expected errors")
    } catch let e as ChecklistErrors {
      let lines = e.errors.map(\.description)
      #expect(lines.contains { $0.hasPrefix("stag-10/rules.yaml:8: rule STAG12A-PENDING: unknown key \"colour\"; allowed: citation") })
      #expect(lines.contains {
        $0.hasPrefix("stag-10/rules.yaml:") && $0.contains("\"unmet\" must be one of gap, excluded, review, suspend, missing; got \"later\"")
      })
      #expect(lines.contains { $0.hasPrefix("stag-8/rules.yaml:") && $0.contains("unknown key \"routez\"") })
      #expect(e.description == lines.joined(separator: "\n"))
    }
  }
}
