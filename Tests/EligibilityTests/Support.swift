import CaseExchange
import Checklists
import Eligibility
import Foundation

/// Shared fixtures: the repository's checklists and the shared examples, found from this file.
enum Support {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let checklistsDirectory = root.appendingPathComponent("checklists").path
  static let examplesFile = root.appendingPathComponent("Tests/Fixtures/examples/cases.jsonl").path

  static let checklists: ChecklistSet = try! ChecklistLoader.load(directory: checklistsDirectory)
  static let engine: ScreeningEngine = try! ScreeningEngine(checklists: checklists)

  static func day(_ s: String) -> Day { Day(iso: s)! }

  /// Reads case files from JSON Lines text.
  static func files(jsonl text: String) -> [CaseFile] {
    var out: [CaseFile] = []
    CaseFileReader.forEachLine(Array(text.utf8)) { line, number in
      let value = try! line.withUnsafeBufferPointer { try JSONParser.parse(bytes: $0) }
      let (file, issues) = CaseFileReader.decode(value, textScalars: false, at: SourceLocation(file: "test", line: number))
      precondition(issues.isEmpty, "\(issues)")
      out.append(file!)
    }
    return out
  }
}
