import Foundation

/// A parsed CSV file: header and rows, each row with the line it starts on.
/// UTF-8 with or without BOM; the delimiter (`,` or `;`) is taken from the header line.
public struct CSVTable: Sendable {
  public var header: [String]
  public var rows: [(line: Int, cells: [String])]
  public var delimiter: UInt8

  public struct SyntaxError: Error, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
  }

  public init(header: [String], rows: [(line: Int, cells: [String])], delimiter: UInt8) {
    self.header = header
    self.rows = rows
    self.delimiter = delimiter
  }

  public init(parsing bytes: [UInt8]) throws {
    var start = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
    let delimiter = CSVTable.detectDelimiter(bytes, from: start)
    var records: [(line: Int, cells: [String])] = []
    var cells: [String] = []
    var field: [UInt8] = []
    var line = 1
    var recordLine = 1
    var inQuotes = false
    var wasQuoted = false
    var i = start
    func endField() {
      cells.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
      wasQuoted = false
    }
    while i < bytes.count {
      let c = bytes[i]
      if inQuotes {
        if c == UInt8(ascii: "\"") {
          if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") {
            field.append(c)
            i += 1
          } else {
            inQuotes = false
          }
        } else {
          if c == 0x0A { line += 1 }
          field.append(c)
        }
      } else if c == UInt8(ascii: "\"") && field.isEmpty && !wasQuoted {
        inQuotes = true
        wasQuoted = true
      } else if c == delimiter {
        endField()
      } else if c == 0x0A || c == 0x0D {
        endField()
        if !(cells.count == 1 && cells[0].isEmpty) { records.append((recordLine, cells)) }
        cells.removeAll(keepingCapacity: true)
        if c == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
        line += 1
        recordLine = line
      } else {
        field.append(c)
      }
      i += 1
    }
    if inQuotes { throw SyntaxError(line: recordLine, message: "a quoted field is never closed") }
    if !field.isEmpty || !cells.isEmpty {
      endField()
      records.append((recordLine, cells))
    }
    guard let first = records.first else { throw SyntaxError(line: 1, message: "the file is empty") }
    self.header = first.cells.map { $0.trimmingSpaces() }
    self.rows = Array(records.dropFirst())
    self.delimiter = delimiter
  }

  static func detectDelimiter(_ bytes: [UInt8], from start: Int) -> UInt8 {
    var commas = 0
    var semicolons = 0
    var inQuotes = false
    var i = start
    while i < bytes.count, bytes[i] != 0x0A || inQuotes {
      switch bytes[i] {
      case UInt8(ascii: "\""): inQuotes.toggle()
      case UInt8(ascii: ","): if !inQuotes { commas += 1 }
      case UInt8(ascii: ";"): if !inQuotes { semicolons += 1 }
      default: break
      }
      i += 1
    }
    return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
  }

  /// One cell: quoted (quotes doubled) when it holds the delimiter, a quote or a line break.
  static func appendCell(_ bytes: some Collection<UInt8>, delimiter d: UInt8, to out: inout [UInt8]) {
    if bytes.contains(where: { $0 == d || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
      out.append(0x22)
      for c in bytes {
        if c == 0x22 { out.append(0x22) }
        out.append(c)
      }
      out.append(0x22)
    } else {
      out.append(contentsOf: bytes)
    }
  }

  /// Renders rows as CSV text with the given delimiter, quoting where needed (CRLF line ends).
  public static func render(
    header: [String], rows: [[String]], delimiter: Character = ";", bom: Bool = true
  ) -> String {
    let d = delimiter.asciiValue ?? UInt8(ascii: ";")
    var out: [UInt8] = bom ? [0xEF, 0xBB, 0xBF] : []
    out.reserveCapacity(rows.count * 128)
    func line(_ cells: [String]) {
      for (i, cell) in cells.enumerated() {
        if i > 0 { out.append(d) }
        appendCell(cell.utf8, delimiter: d, to: &out)
      }
      out.append(contentsOf: [0x0D, 0x0A])
    }
    line(header)
    rows.forEach(line)
    return String(decoding: out, as: UTF8.self)
  }
}

