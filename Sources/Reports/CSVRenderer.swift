import CaseModel

/// CSV for German Excel (`;`, UTF-8 with BOM, `DD.MM.YYYY`, decimal comma) or, with `plain`, in
/// ISO form (`,`, no BOM, `YYYY-MM-DD`, decimal point).
///
/// A report of several tables is either one text with each table under a title line and the
/// tables separated by a blank line (`render`), or one file per table (`files`).
public struct CSVRenderer: Sendable {
  public var plain: Bool
  public init(plain: Bool = false) { self.plain = plain }

  var separator: String { plain ? "," : ";" }
  var format: CellFormat { CellFormat(german: !plain) }
  var bom: String { plain ? "" : "\u{FEFF}" }

  public func render(_ doc: ReportDocument) -> String {
    bom + filterLine(doc) + doc.sections.map { line([$0.title]) + table($0.table) }.joined(separator: "\r\n")
  }

  /// `(file name, content)` per table: `throughput-months.csv`; each under the same filter line
  /// as the whole report's CSV, so a table read alone still says which files it counts.
  public func files(_ doc: ReportDocument) -> [(name: String, content: String)] {
    doc.sections.map { ("\(doc.name)-\($0.id).csv", bom + filterLine(doc) + table($0.table)) }
  }

  /// "Kommune: Siegburg" and a blank line when the report covers part of the files; else nothing.
  func filterLine(_ doc: ReportDocument) -> String {
    doc.filter.map { line([FormulaGuard.guarded($0)]) + "\r\n" } ?? ""
  }

  func table(_ t: ReportDocument.Table) -> String {
    line(t.columns.map(FormulaGuard.guarded)) + t.rows.map { line($0.map(text)) }.joined()
  }

  /// A cell's text; text cells (file numbers, names of things) are guarded against formulas,
  /// numbers stay numbers (`-18`, `-1,5`).
  func text(_ cell: Cell) -> String {
    if case .text(let s) = cell { return FormulaGuard.guarded(s) }
    return format.text(cell)
  }

  func line(_ fields: [String]) -> String { fields.map(quote).joined(separator: separator) + "\r\n" }

  func quote(_ field: String) -> String {
    guard field.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" || String($0) == separator }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
