import CaseExchange
import CaseModel
import Eligibility
import Foundation
import Testing

/// `backlog screen --input` without `--json` streams its table (written block by block, never
/// built whole): the same rows and counts as the table of stored files, in input order.
@Suite("Streamed screening table")
struct StreamedTableTests {
  @Test("every file of the input gets its rows in input order, and the summary counts as the whole table does")
  func streamedTable() throws {
    let day = Support.day("2026-11-24")
    let text = try String(contentsOfFile: Support.examplesFile, encoding: .utf8)
    let files = Support.files(jsonl: text)
    try #require(files.count == 9)
    final class Collected: @unchecked Sendable { var text = "" }
    let collected = Collected()
    let code = ScreenInput.run(
      .init(paths: [Support.examplesFile], asOf: day, language: .de), engine: Support.engine,
      out: { collected.text += $0 }, err: { Issue.record("unexpected problem: \($0)") },
      write: { collected.text += String(decoding: $0, as: UTF8.self) })
    #expect(code == 0)
    let lines = collected.text.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("Aktenzeichen") == true)
    let screenings = files.flatMap { Support.engine.screen($0, asOf: day) }
    let whole = ScreeningTable.render(screenings, language: .de)
    #expect(lines.last == whole.split(separator: "\n").last.map(String.init))
    let rowFiles = lines.dropFirst().dropLast().filter { !$0.hasPrefix(" ") }.map { String($0.prefix { $0 != " " }) }
    #expect(rowFiles == screenings.map(\.fileNo))
  }
}
