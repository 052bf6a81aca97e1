import CaseModel
import Foundation
@testable import OfficeLists

enum ListFixtures {
  /// `Tests/Fixtures/lists/` in this clone.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/lists")

  static func bytes(_ name: String) -> [UInt8] {
    (try? [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))) ?? []
  }

  static let today = Day(year: 2026, month: 12, day: 7)!

  /// Reads a fixture and recognises it.
  static func recognised(_ name: String, sheet: String? = nil, profile: ListProfile = ListProfile()) throws
    -> (ListTable, ListMapping)
  {
    let s = try ListReader.read(bytes(name), source: name, sheet: sheet)
    return ListMapping.recognise(s, profile: profile, today: today)
  }

  /// A text list from lines joined with newlines, recognised.
  static func list(_ lines: [String], profile: ListProfile = ListProfile()) throws -> (ListTable, ListMapping) {
    let s = try ListReader.read(Array(lines.joined(separator: "\n").utf8), source: "list.csv")
    return ListMapping.recognise(s, profile: profile, today: today)
  }

  static func records(_ lines: [String], profile: ListProfile = ListProfile()) throws -> RowReader.Result {
    let (t, m) = try list(lines, profile: profile)
    return RowReader(table: t, mapping: m, today: today).read()
  }
}

extension ListMapping {
  func field(_ header: String) -> ListField? { columns.first { $0.header == header }?.field }
}
