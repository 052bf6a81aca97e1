import CaseModel
import Foundation
import Reports
import Testing

/// The figures of every report's tables on the golden district, one line per row (text cells
/// as `T`, the rest in ISO form, exact): what the golden figures tests compare.
enum GoldenFigures {
  static let runs: [(name: String, office: Office, from: String, to: String)] = [
    ("throughput", .EBH, "2024-12-01", "2026-11-24"), ("backlog", .EBH, "2024-12-01", "2026-11-24"),
    ("cycle-time", .EBH, "2024-12-01", "2026-11-24"), ("forecast", .EBH, "2024-12-01", "2026-11-24"),
    ("screening", .EBH, "2024-12-01", "2026-11-24"), ("referrals", .EBH, "2024-12-01", "2026-11-24"),
    ("abh", .ABH, "2024-12-01", "2026-11-24"), ("screening", .EBH, "2024-01-01", "2025-11-24"),
    ("throughput", .ABH, "2021-01-01", "2026-11-24"),
  ]

  static func lines(_ doc: ReportDocument) -> [String] {
    let format = CellFormat(german: false, suppressSmallCounts: false)
    return doc.sections.flatMap { s in
      ["## " + s.id] + s.table.rows.map { row in
        row.map { cell -> String in if case .text = cell { return "T" } else { return format.text(cell) } }.joined(separator: "|")
      }
    }
  }

  static var directory: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
  }

  static func fileName(_ i: Int) -> String {
    let r = runs[i]
    return "\(r.name)-\(r.office.rawValue)-\(r.from)-\(r.to).txt"
  }
}

@Suite("Golden figures: capture")
struct GoldenDump {
  @Test("writes the figures of the reports as they are (only with BACKLOG_GOLDEN_WRITE=1)")
  func dump() throws {
    guard ProcessInfo.processInfo.environment["BACKLOG_GOLDEN_WRITE"] == "1" else { return }
    try FileManager.default.createDirectory(at: GoldenFigures.directory, withIntermediateDirectories: true)
    for (i, r) in GoldenFigures.runs.enumerated() {
      let request = ReportRequest(office: r.office, from: Day(iso: r.from)!, to: Day(iso: r.to)!, today: GoldenDistrict.today)
      let content = try ReportMaker.make(ReportName(rawValue: r.name)!, request: request, store: GoldenDistrict.store)
      let text = GoldenFigures.lines(content.document(.en)).joined(separator: "\n") + "\n"
      try Data(text.utf8).write(to: GoldenFigures.directory.appendingPathComponent(GoldenFigures.fileName(i)))
    }
  }
}
