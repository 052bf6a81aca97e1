import CaseModel

/// One cell of a list: text from a CSV or a workbook, or a typed value from a workbook.
public enum ListCell: Sendable, Hashable {
  case empty
  case text(String)
  case number(Double)
  /// A workbook number whose cell format is a date format.
  case date(Day)
  case bool(Bool)

  /// The cell as the clerk sees it (dates in German form), trimmed.
  public var text: String {
    switch self {
    case .empty: return ""
    case .text(let s): return s.trimmedCell
    case .number(let n):
      if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
      return String(n)
    case .date(let d): return d.german
    case .bool(let b): return b ? "WAHR" : "FALSCH"
    }
  }

  public var isEmpty: Bool { text.isEmpty }
}

/// A row of a list with the line (CSV) or row number (workbook) the clerk sees.
public struct ListRow: Sendable {
  public var line: Int
  public var cells: [ListCell]
  public init(line: Int, cells: [ListCell]) {
    self.line = line
    self.cells = cells
  }
  public subscript(column: Int) -> ListCell { column < cells.count ? cells[column] : .empty }
  public var isBlank: Bool { cells.allSatisfy(\.isEmpty) }
}

/// A list as read: every non-blank row, before the header is chosen.
public struct ListSheet: Sendable {
  public var source: String
  /// The workbook sheet, nil for text lists.
  public var sheet: String?
  /// How the text was read (`UTF-8`, `Windows-1252`, ...) or `xlsx`.
  public var format: String
  /// `;`, `,` or a tab for text lists.
  public var delimiter: Character?
  public var rows: [ListRow]
}

/// A list with its header row chosen: the header cells and the data rows below it.
public struct ListTable: Sendable {
  public var source: String
  public var sheet: String?
  public var format: String
  public var delimiter: Character?
  public var headerLine: Int
  public var header: [String]
  public var rows: [ListRow]

  public init(
    source: String, sheet: String? = nil, format: String = "UTF-8", delimiter: Character? = nil, headerLine: Int = 1,
    header: [String], rows: [ListRow]
  ) {
    self.source = source
    self.sheet = sheet
    self.format = format
    self.delimiter = delimiter
    self.headerLine = headerLine
    self.header = header
    self.rows = rows
  }

  /// The non-empty cells of a column, for decisions by values.
  public func values(_ column: Int, limit: Int = 500) -> [ListCell] {
    var out: [ListCell] = []
    for row in rows where !row[column].isEmpty {
      out.append(row[column])
      if out.count == limit { break }
    }
    return out
  }
}

extension String {
  /// Trimmed of spaces, tabs, line breaks and no-break spaces (Excel pads cells with them).
  var trimmedCell: String {
    let ws: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" }
    guard let first = firstIndex(where: { !ws($0) }), let last = lastIndex(where: { !ws($0) }) else { return "" }
    return String(self[first...last])
  }
}
