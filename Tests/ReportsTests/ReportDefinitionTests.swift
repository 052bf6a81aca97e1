import CaseModel
import Reports
import Testing

@Suite("Report definitions: reading and the linter")
struct ReportDefinitionTests {
  func lint(_ yaml: String) -> [String] {
    let dir = FileManagerTemp.directory(with: ["r.yaml": yaml])
    return ReportLinter.lint(ReportCatalog.load(directory: dir)).map(\.description)
  }

  static let head = """
    title: {de: Test, en: Test}
    purpose: {de: Zweck, en: purpose}

    """

  @Test("a sound definition passes")
  func sound() {
    #expect(lint(Self.head + "sections:\n  - id: a\n    title: {de: A, en: A}\n    table: [received, closed]\n    chart: {kind: bars, series: [received, closed]}\n") == [])
  }

  @Test("unknown metrics are rejected, with the nearest name suggested")
  func unknownMetric() {
    let p = lint(Self.head + "sections:\n  - id: a\n    title: {de: A, en: A}\n    table: [recieved]\n")
    #expect(p.count == 1 && p[0].contains("unknown metric \"recieved\"") && p[0].contains("did you mean received?") && p[0].hasPrefix("r.yaml:"))
  }

  @Test("missing titles and missing English texts are rejected")
  func missingTitles() {
    #expect(lint("purpose: {de: x, en: y}\nsections:\n  - id: a\n    title: {de: A, en: A}\n    table: [received]\n")[0].contains("title (de, en) is required"))
    #expect(lint("title: {de: T}\npurpose: {de: x, en: y}\nsections: []\n")[0].contains("English text (en) is missing"))
    #expect(lint(Self.head + "sections:\n  - id: a\n    table: [received]\n")[0].contains("section a: title (de, en) is missing"))
    #expect(lint(Self.head + "sections:\n  - id: a\n    title: {de: A, en: A}\n    tabel: [received]\n")[0].contains("unknown key \"tabel\""))
  }

  @Test("every problem of a definition is named, not only the first")
  func everyProblem() {
    let p = lint("title: {de: T}\npurpose: x\norder: first\nsections:\n  - id: a\n    tabel: [received]\n    table: [received]\n")
    #expect(p.count == 4, "\(p)")
    #expect(p[0] == "r.yaml:1: title: the English text (en) is missing")
    #expect(p[1] == "r.yaml:2: purpose must be {de: ..., en: ...}")
    #expect(p[2] == "r.yaml:3: order must be a whole number, got \"first\"")
    #expect(p[3].hasPrefix("r.yaml:6: section: unknown key \"tabel\""))
  }

  @Test("series that do not fit a chart or a table are rejected")
  func misfits() {
    let notInTable = lint(Self.head + "sections:\n  - id: a\n    title: {de: A, en: A}\n    table: [received]\n    chart: {kind: lines, series: [closed]}\n")
    #expect(notInTable.contains { $0.contains("not a column of the table") })
    let units = lint(Self.head + "sections:\n  - id: a\n    title: {de: A, en: A}\n    table: [received, kim_share_percent]\n    chart: {kind: stacked_bars, series: [received, kim_share_percent]}\n")
    #expect(units.contains { $0.contains("different units") })
    let dims = lint(Self.head + "sections:\n  - id: a\n    title: {de: A, en: A}\n    table: [received, age_bands]\n")
    #expect(dims.contains { $0.contains("different rows") })
    let dates = lint(Self.head + "sections:\n  - id: a\n    title: {de: A, en: A}\n    table: [clerks, backlog_cleared_by_50]\n    chart: {kind: bars, series: [backlog_cleared_by_50]}\n")
    #expect(dates.contains { $0.contains("cannot be drawn") })
    let figureInTable = lint(Self.head + "sections:\n  - id: a\n    title: {de: A, en: A}\n    figures: [received]\n")
    #expect(figureInTable.contains { $0.contains("put it in a table") })
    let team = lint(Self.head + "filters: [team]\nsections:\n  - id: a\n    title: {de: A, en: A}\n    figures: [referrals_open]\n")
    #expect(team.contains { $0.contains("knows no teams") })
  }

  @Test("the committee report takes its parts from the other reports")
  func committee() throws {
    let c = try #require(Shipped.catalog.report("committee"))
    #expect(c.cover && c.sections.map(\.id).contains("forecast-outlook"))
    #expect(Shipped.catalog.problems.isEmpty)
  }
}

import Foundation

enum FileManagerTemp {
  static func directory(with files: [String: String]) -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reports-\(UUID().uuidString)").path
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for (name, text) in files { try? text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
    return dir
  }
}
