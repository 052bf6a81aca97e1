/// A text list (CSV or tab-separated) split into rows and cells: `;`, `,` or tab, detected from
/// the first lines; cells may be quoted (`"a;b"`, `""` for a quote) and span lines.
public enum DelimitedText {
  public struct SyntaxError: Error, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
  }

  /// Limits that keep a broken or hostile file from exhausting memory.
  static let maxCellBytes = 64 * 1024
  static let maxColumns = 1_000

  public static func read(_ bytes: [UInt8], source: String) throws -> ListSheet {
    let (utf8, encoding) = try ListText.decode(bytes)
    let delimiter = detectDelimiter(utf8)
    let rows = try split(utf8, delimiter: delimiter)
    return ListSheet(
      source: source, sheet: nil, format: encoding.rawValue, delimiter: Character(Unicode.Scalar(delimiter)), rows: rows)
  }

  /// The delimiter that splits the first lines most evenly into the most columns: a header line
  /// "Name, Vorname;Geb.-Datum" has a comma but is split by semicolons on every line.
  static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
    let candidates: [UInt8] = [UInt8(ascii: ";"), 0x09, UInt8(ascii: ",")]
    var counts: [[Int]] = Array(repeating: [], count: candidates.count)
    var current = Array(repeating: 0, count: candidates.count)
    var inQuotes = false
    var lines = 0
    for b in bytes.prefix(64 * 1024) {
      if b == 0x22 { inQuotes.toggle(); continue }
      if inQuotes { continue }
      if b == 0x0A {
        if current.contains(where: { $0 > 0 }) {
          for k in candidates.indices { counts[k].append(current[k]) }
          lines += 1
        }
        current = Array(repeating: 0, count: candidates.count)
        if lines == 20 { break }
        continue
      }
      if let k = candidates.firstIndex(of: b) { current[k] += 1 }
    }
    if current.contains(where: { $0 > 0 }) { for k in candidates.indices { counts[k].append(current[k]) } }
    var best = 0
    var bestScore = -1
    for k in candidates.indices {
      let c = counts[k]
      guard let header = c.first, header > 0 else { continue }
      // Lines that agree with the header line count; a delimiter on every line wins over one in a few cells.
      let agreeing = c.filter { $0 == header }.count
      let score = agreeing * 1_000 + header
      if score > bestScore {
        bestScore = score
        best = k
      }
    }
    return bestScore < 0 ? UInt8(ascii: ";") : candidates[best]
  }

  static func split(_ bytes: [UInt8], delimiter: UInt8) throws -> [ListRow] {
    var rows: [ListRow] = []
    var cells: [ListCell] = []
    var field: [UInt8] = []
    var line = 1
    var recordLine = 1
    var inQuotes = false
    var wasQuoted = false
    func endField() throws {
      if cells.count >= maxColumns { throw SyntaxError(line: recordLine, message: "more than \(maxColumns) columns") }
      let text = String(decoding: field, as: UTF8.self)
      cells.append(text.isEmpty ? .empty : .text(text))
      field.removeAll(keepingCapacity: true)
      wasQuoted = false
    }
    func endRecord() {
      let row = ListRow(line: recordLine, cells: cells)
      if !row.isBlank { rows.append(row) }
      cells.removeAll(keepingCapacity: true)
    }
    var i = 0
    let n = bytes.count
    while i < n {
      let c = bytes[i]
      if inQuotes {
        if c == 0x22 {
          if i + 1 < n, bytes[i + 1] == 0x22 {
            field.append(c)
            i += 1
          } else {
            inQuotes = false
          }
        } else {
          if c == 0x0A { line += 1 }
          field.append(c)
        }
      } else if c == 0x22 && field.allSatisfy({ $0 == 0x20 }) && !wasQuoted {
        field.removeAll(keepingCapacity: true)
        inQuotes = true
        wasQuoted = true
      } else if c == delimiter {
        try endField()
      } else if c == 0x0A || c == 0x0D {
        try endField()
        endRecord()
        if c == 0x0D, i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
        line += 1
        recordLine = line
      } else {
        field.append(c)
      }
      if field.count > maxCellBytes {
        throw SyntaxError(line: recordLine, message: "a cell longer than \(maxCellBytes / 1024) KB (a quote never closed?)")
      }
      i += 1
    }
    if inQuotes { throw SyntaxError(line: recordLine, message: "a quoted cell is never closed") }
    if !field.isEmpty || !cells.isEmpty {
      try endField()
      endRecord()
    }
    return rows
  }
}
