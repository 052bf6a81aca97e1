import CaseModel
import Foundation
import Reports
import Testing

/// The figures of every original report's tables on the golden district, captured from the Swift
/// documents before the reports became data (`Golden/*.txt`: one line per row, text cells as
/// `T`, the rest exact in ISO form). The definitions in `reports/` must give the same figures:
/// every section with the same rows, each row beginning with the same cells (a definition may
/// add columns, as the forecast's weekly intake).
@Suite("Golden figures: the reports as data give the figures the Swift reports gave")
struct GoldenFiguresTests {
  static let runs: [(name: String, office: Office, from: String, to: String)] = [
    ("throughput", .EBH, "2024-12-01", "2026-11-24"), ("backlog", .EBH, "2024-12-01", "2026-11-24"),
    ("cycle-time", .EBH, "2024-12-01", "2026-11-24"), ("forecast", .EBH, "2024-12-01", "2026-11-24"),
    ("screening", .EBH, "2024-12-01", "2026-11-24"), ("referrals", .EBH, "2024-12-01", "2026-11-24"),
    ("abh", .ABH, "2024-12-01", "2026-11-24"), ("screening", .EBH, "2024-01-01", "2025-11-24"),
    ("throughput", .ABH, "2021-01-01", "2026-11-24"),
  ]

  static func lines(_ doc: ReportDocument) -> [String: [String]] {
    let format = CellFormat(german: false, suppressSmallCounts: false)
    return Dictionary(uniqueKeysWithValues: doc.sections.map { s in
      (s.id, s.table.rows.map { row in
        row.map { cell -> String in if case .text = cell { return "T" } else { return format.text(cell) } }.joined(separator: "|")
      })
    })
  }

  static func golden(_ file: String) throws -> [String: [String]] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden").appendingPathComponent(file)
    var out: [String: [String]] = [:], current = ""
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true) {
      if line.hasPrefix("## ") { current = String(line.dropFirst(3)); out[current] = [] } else { out[current, default: []].append(String(line)) }
    }
    return out
  }

  @Test("each of the seven reports gives its golden figures, section by section", arguments: 0..<runs.count)
  func sameFigures(_ i: Int) async throws {
    let run = Self.runs[i]
    let definition = try #require(Shipped.catalog.report(run.name))
    let request = ReportRequest(office: run.office, from: day(run.from), to: day(run.to), today: GoldenDistrict.today)
    let now = Self.lines(try await ReportMaker.make(definition, request: request, store: GoldenDistrict.store).document(.en))
    let before = try Self.golden("\(run.name)-\(run.office.rawValue)-\(run.from)-\(run.to).txt")
    #expect(!before.isEmpty)
    for (section, rows) in before {
      let new = try #require(now[section], "\(run.name): section \(section) is gone")
      #expect(new.count == rows.count, "\(run.name)/\(section): \(new.count) rows, were \(rows.count)")
      for (old, row) in zip(rows, new) {
        #expect(row == old || row.hasPrefix(old + "|"), "\(run.name)/\(section): \(row) was \(old)")
      }
    }
  }

  @Test("the shipped definitions pass the linter and every metric of the library is defined in both languages")
  func lint() {
    #expect(ReportLinter.lint(Shipped.catalog).map(\.description) == [])
    #expect(Shipped.catalog.reports.count >= 8)
    for m in MetricLibrary.all {
      #expect(!m.label.de.isEmpty && !m.label.en.isEmpty && m.definition.de.count > 10 && m.definition.en.count > 10, "\(m.name)")
    }
    #expect(Set(MetricLibrary.all.map(\.name)).count == MetricLibrary.all.count)
  }
}
