import CaseModel
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The XML parts of a workbook, each read with Foundation's streaming `XMLParser`.
enum XMLPart {
  /// Runs a delegate over the bytes; a syntax error names the part.
  static func run(_ bytes: [UInt8], _ delegate: some XMLParserDelegate, part: String) throws {
    let parser = XMLParser(data: Data(bytes))
    parser.shouldResolveExternalEntities = false
    parser.delegate = delegate
    guard parser.parse() else {
      throw XLSXReader.WorkbookError(
        message: "\(part) is not valid XML (line \(parser.lineNumber)): \(parser.parserError.map { "\($0)" } ?? "")")
    }
  }

  /// The name without a namespace prefix (`x:row` -> `row`).
  static func local(_ name: String) -> Substring {
    if let colon = name.lastIndex(of: ":") { return name[name.index(after: colon)...] }
    return Substring(name)
  }
}

/// `xl/workbook.xml`: the sheets in order with their relationship ids, and the date system.
struct WorkbookPart {
  struct Sheet { var name: String; var relationId: String }
  var sheets: [Sheet] = []
  var date1904 = false

  static func parse(_ bytes: [UInt8]) throws -> WorkbookPart {
    final class Delegate: NSObject, XMLParserDelegate {
      var result = WorkbookPart()
      func parser(_ p: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String]) {
        switch XMLPart.local(name) {
        case "sheet":
          let rid = a.first(where: { XMLPart.local($0.key) == "id" && $0.key != "sheetId" })?.value ?? ""
          result.sheets.append(Sheet(name: a["name"] ?? "", relationId: rid))
        case "workbookPr":
          result.date1904 = a["date1904"] == "1" || a["date1904"] == "true"
        default: break
        }
      }
    }
    let d = Delegate()
    try XMLPart.run(bytes, d, part: "xl/workbook.xml")
    return d.result
  }
}

/// `xl/_rels/workbook.xml.rels`: relationship id -> target part.
enum RelationshipsPart {
  static func parse(_ bytes: [UInt8]) throws -> [String: String] {
    final class Delegate: NSObject, XMLParserDelegate {
      var targets: [String: String] = [:]
      func parser(_ p: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String]) {
        if XMLPart.local(name) == "Relationship", let id = a["Id"], let t = a["Target"] { targets[id] = t }
      }
    }
    let d = Delegate()
    try XMLPart.run(bytes, d, part: "xl/_rels/workbook.xml.rels")
    return d.targets
  }
}

/// `xl/sharedStrings.xml`: the strings cells refer to by index (rich text runs joined; phonetic
/// runs left out).
enum SharedStringsPart {
  static func parse(_ bytes: [UInt8]) throws -> [String] {
    final class Delegate: NSObject, XMLParserDelegate {
      var strings: [String] = []
      var current = ""
      var inText = false
      var inPhonetic = false
      func parser(_ p: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String]) {
        switch XMLPart.local(name) {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
      }
      func parser(_ p: XMLParser, foundCharacters s: String) { if inText { current += s } }
      func parser(_ p: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch XMLPart.local(name) {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
      }
    }
    let d = Delegate()
    try XMLPart.run(bytes, d, part: "xl/sharedStrings.xml")
    return d.strings
  }
}

/// `xl/styles.xml`: which cell styles (`s` of a cell, an index into `cellXfs`) show a date.
struct StylesPart {
  var dateStyles: Set<Int> = []

  static func parse(_ bytes: [UInt8]) throws -> StylesPart {
    final class Delegate: NSObject, XMLParserDelegate {
      var formats: [Int: String] = [:]
      var xfFormats: [Int] = []
      var inCellXfs = false
      func parser(_ p: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String]) {
        switch XMLPart.local(name) {
        case "numFmt":
          if let id = a["numFmtId"].flatMap(Int.init), let code = a["formatCode"] { formats[id] = code }
        case "cellXfs": inCellXfs = true
        case "xf": if inCellXfs { xfFormats.append(a["numFmtId"].flatMap(Int.init) ?? 0) }
        default: break
        }
      }
      func parser(_ p: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if XMLPart.local(name) == "cellXfs" { inCellXfs = false }
      }
    }
    let d = Delegate()
    try XMLPart.run(bytes, d, part: "xl/styles.xml")
    var styles = StylesPart()
    for (index, id) in d.xfFormats.enumerated() where XLSXReader.isDateFormat(id: id, code: d.formats[id]) {
      styles.dateStyles.insert(index)
    }
    return styles
  }
}

/// A worksheet's rows: each cell at the column its reference names (`C7` -> third column).
enum WorksheetPart {
  static let maxColumns = 1_000
  static let maxRows = 1_048_576

  static func parse(_ bytes: [UInt8], strings: [String], dateStyles: Set<Int>, date1904: Bool) throws -> [ListRow] {
    final class Delegate: NSObject, XMLParserDelegate {
      let strings: [String]
      let dateStyles: Set<Int>
      let date1904: Bool
      var rows: [ListRow] = []
      var cells: [ListCell] = []
      var rowNumber = 0
      var column = 0
      var type = ""
      var style = 0
      var value = ""
      var collecting = false
      var error: String?
      init(strings: [String], dateStyles: Set<Int>, date1904: Bool) {
        self.strings = strings
        self.dateStyles = dateStyles
        self.date1904 = date1904
      }
      func parser(_ p: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String]) {
        switch XMLPart.local(name) {
        case "row":
          rowNumber = a["r"].flatMap(Int.init) ?? rowNumber + 1
          cells.removeAll(keepingCapacity: true)
          column = 0
        case "c":
          if let r = a["r"], let c = WorksheetPart.column(of: r) { column = c }
          type = a["t"] ?? "n"
          style = a["s"].flatMap(Int.init) ?? 0
          value = ""
        case "v", "t": collecting = true
        default: break
        }
      }
      func parser(_ p: XMLParser, foundCharacters s: String) { if collecting { value += s } }
      func parser(_ p: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch XMLPart.local(name) {
        case "v", "t": collecting = false
        case "c":
          guard column < WorksheetPart.maxColumns else {
            error = "row \(rowNumber) has cells beyond column \(WorksheetPart.maxColumns)"
            p.abortParsing()
            return
          }
          if cells.count < column { cells += Array(repeating: .empty, count: column - cells.count) }
          let cell = makeCell()
          if cells.count == column { cells.append(cell) } else { cells[column] = cell }
          column += 1
        case "row":
          let row = ListRow(line: rowNumber, cells: cells)
          if !row.isBlank { rows.append(row) }
        default: break
        }
      }
      func makeCell() -> ListCell {
        switch type {
        case "s":
          guard let i = Int(value), strings.indices.contains(i) else { return .empty }
          return strings[i].isEmpty ? .empty : .text(strings[i])
        case "inlineStr", "str", "e": return value.isEmpty ? .empty : .text(value)
        case "b": return .bool(value == "1" || value == "true")
        case "d": return Day(iso: value.prefix(10)).map(ListCell.date) ?? .text(value)
        default:
          guard let n = Double(value) else { return value.isEmpty ? .empty : .text(value) }
          if dateStyles.contains(style), let day = XLSXReader.day(serial: n, date1904: date1904) { return .date(day) }
          return .number(n)
        }
      }
    }
    let d = Delegate(strings: strings, dateStyles: dateStyles, date1904: date1904)
    let parser = XMLParser(data: Data(bytes))
    parser.shouldResolveExternalEntities = false
    parser.delegate = d
    let ok = parser.parse()
    if let e = d.error { throw XLSXReader.WorkbookError(message: e) }
    guard ok else {
      throw XLSXReader.WorkbookError(message: "the sheet is not valid XML (line \(parser.lineNumber))")
    }
    return d.rows
  }

  /// The 0-based column of a cell reference such as `AB12`.
  static func column(of reference: String) -> Int? {
    var n = 0
    var letters = 0
    for u in reference.utf8 {
      guard u >= 65 && u <= 90 || u >= 97 && u <= 122 else { break }
      n = n * 26 + Int((u | 0x20) - 96)
      letters += 1
      if letters > 3 { return nil }
    }
    return letters == 0 ? nil : n - 1
  }
}
