import CaseModel

/// The CSV data set of spec section 2 written straight from canonical JSON texts: each text is
/// parsed into a tape, its members are matched to the columns of `CSVLayout`, and the cells are
/// copied from the JSON bytes into the rows, quoted for CSV where needed. No value tree,
/// dictionary or `String` per cell is made (the export of 100,000 files was mostly that).
///
/// The rules are those of the value-tree version it replaced: nested objects become dotted
/// columns, lists of values are joined with `|`, lists of objects are the group files (their
/// item count in the main file's group column); unknown names are left out; `;`, BOM, CRLF.
enum CSVExport {
  static func files(canonicalJSON texts: [String]) -> [(name: String, content: String)] {
    let chunkSize = 512
    let chunks = Parallel.map(Array(stride(from: 0, to: texts.count, by: chunkSize)), chunkSize: 1) { start in
      var out = Rows()
      for i in start..<min(texts.count, start + chunkSize) { out.add(texts[i]) }
      return out
    }
    var main = header(CSVLayout.caseColumns)
    var groups = CSVLayout.groups.map { header(["file_no"] + $0.columns) }
    for c in chunks {
      main += c.main
      for g in groups.indices { groups[g] += c.groups[g] }
    }
    return [(name: "cases.csv", content: String(decoding: main, as: UTF8.self))]
      + zip(CSVLayout.groups, groups).map { (name: "\($0.name).csv", content: String(decoding: $1, as: UTF8.self)) }
  }

  static func header(_ names: [String]) -> [UInt8] {
    var out: [UInt8] = [0xEF, 0xBB, 0xBF]
    for (i, n) in names.enumerated() {
      if i > 0 { out.append(UInt8(ascii: ";")) }
      Rows.cell(Array(n.utf8), into: &out)
    }
    out += [0x0D, 0x0A]
    return out
  }

  /// Column names of the main file as bytes, found by a hash of the dotted name.
  static let columns: [UInt64: Int] = {
    var table: [UInt64: Int] = [:]
    for (i, c) in CSVLayout.caseColumns.enumerated() { table[hash(Array(c.utf8))] = i }
    return table
  }()
  static let columnBytes = CSVLayout.caseColumns.map { Array($0.utf8) }
  static let groupFields = CSVLayout.groups.map { g in g.columns.map { Array(g.field(forColumn: $0).utf8) } }
  static let groupPaths = CSVLayout.groups.map { g in g.path.map { Array($0.utf8) } }
  static let countColumns = CSVLayout.groups.map { g in CSVLayout.caseColumns.firstIndex(of: g.countColumn) }
  static let fileNoColumn = CSVLayout.caseColumns.firstIndex(of: "file_no")!

  static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
  }

  /// The rows of some files: the main file's and each group file's, as CSV bytes.
  struct Rows: Sendable {
    var main: [UInt8] = []
    var groups = [[UInt8]](repeating: [], count: CSVLayout.groups.count)

    /// What a main-file cell holds: a value token, a list of values, or a group's item count.
    enum Cell {
      case empty, value(Int), joined(Int), count(Int)
    }

    mutating func add(_ text: String) {
      var text = text
      text.withUTF8 { buf in
        guard let tape = try? JSONTape.parse(buf), tape.tokens.first?.kind == .object else {
          main += [0x0D, 0x0A]  // (an unreadable text gives an empty row, as before)
          return
        }
        tape.tokens.withUnsafeBufferPointer { tokens in
          File(bytes: buf, tokens: tokens).write(into: &self)
        }
      }
    }

    static func cell(_ bytes: some Collection<UInt8>, into out: inout [UInt8]) {
      CSVTable.appendCell(bytes, delimiter: UInt8(ascii: ";"), to: &out)
    }
  }

  /// One canonical JSON text on its tape.
  struct File {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<JSONTape.Token>

    func write(into rows: inout Rows) {
      var cells = [Rows.Cell](repeating: .empty, count: CSVLayout.caseColumns.count)
      var name: [UInt8] = []
      flatten(0, name: &name, into: &cells)
      for (g, path) in CSVExport.groupPaths.enumerated() {
        guard let list = lookup(path), tokens[list].kind == .array else { continue }
        var n = 0
        var k = list + 1
        while k < Int(tokens[list].next) {
          n += 1
          if tokens[k].kind == .object { groupRow(g, item: k, fileNo: cells[CSVExport.fileNoColumn], into: &rows.groups[g]) }
          k = Int(tokens[k].next)
        }
        if let c = CSVExport.countColumns[g] { cells[c] = .count(n) }
      }
      for (c, cell) in cells.enumerated() {
        if c > 0 { rows.main.append(UInt8(ascii: ";")) }
        write(cell, into: &rows.main)
      }
      rows.main += [0x0D, 0x0A]
    }

    /// The members of the object at `object` into `cells`: objects by their dotted names, lists
    /// of values joined; lists holding an object are left to the group files.
    func flatten(_ object: Int, name: inout [UInt8], into cells: inout [Rows.Cell]) {
      let prefix = name.count
      var k = object + 1
      while k < Int(tokens[object].next) {
        let value = k + 1
        name.removeSubrange(prefix...)
        if prefix > 0 { name.append(UInt8(ascii: ".")) }
        withKey(k) { name.append(contentsOf: $0) }
        switch tokens[value].kind {
        case .object: flatten(value, name: &name, into: &cells)
        case .array:
          if !items(value).contains(where: { tokens[$0].kind == .object }) { set(name, .joined(value), &cells) }
        default: set(name, .value(value), &cells)
        }
        k = Int(tokens[value].next)
      }
      name.removeSubrange(prefix...)
    }

    func set(_ name: [UInt8], _ cell: Rows.Cell, _ cells: inout [Rows.Cell]) {
      guard let c = CSVExport.columns[CSVExport.hash(name)], CSVExport.columnBytes[c] == name else { return }
      cells[c] = cell
    }

    /// Calls `body` with a member's name (unescaped) or a value's cell text: text unescaped,
    /// numbers as written, true/false; anything else empty.
    func withKey<R>(_ k: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
      let t = tokens[k]
      let raw = UnsafeBufferPointer(rebasing: bytes[Int(t.start)..<Int(t.end)])
      switch t.kind {
      case .string, .number: return body(raw)
      case .escapedString:
        var s = JSONTape.unescape(raw)
        return s.withUTF8(body)
      case .true: return ("true" as StaticString).withUTF8Buffer(body)
      case .false: return ("false" as StaticString).withUTF8Buffer(body)
      case .null, .object, .array: return body(UnsafeBufferPointer(start: nil, count: 0))
      }
    }

    func keyIs(_ k: Int, _ name: [UInt8]) -> Bool { withKey(k) { $0.elementsEqual(name) } }

    func items(_ list: Int) -> [Int] {
      var out: [Int] = []
      var k = list + 1
      while k < Int(tokens[list].next) {
        out.append(k)
        k = Int(tokens[k].next)
      }
      return out
    }

    /// The value at a path of member names from the top object (the first member of each name).
    func lookup(_ path: [[UInt8]]) -> Int? {
      var object = 0
      for (i, part) in path.enumerated() {
        guard tokens[object].kind == .object else { return nil }
        var k = object + 1
        var found: Int?
        while k < Int(tokens[object].next) {
          if keyIs(k, part) {
            found = k + 1
            break
          }
          k = Int(tokens[k + 1].next)
        }
        guard let found else { return nil }
        if i == path.count - 1 { return found }
        object = found
      }
      return nil
    }

    func groupRow(_ g: Int, item: Int, fileNo: Rows.Cell, into out: inout [UInt8]) {
      write(fileNo, into: &out)
      for field in CSVExport.groupFields[g] {
        out.append(UInt8(ascii: ";"))
        var k = item + 1
        while k < Int(tokens[item].next) {
          if keyIs(k, field) {
            write(.value(k + 1), into: &out)
            break
          }
          k = Int(tokens[k + 1].next)
        }
      }
      out += [0x0D, 0x0A]
    }

    func write(_ cell: Rows.Cell, into out: inout [UInt8]) {
      switch cell {
      case .empty: break
      case .count(let n): out += Array(String(n).utf8)
      case .value(let v):
        // text is guarded against formulas; numbers and true/false are written as they are
        let text = tokens[v].kind == .string || tokens[v].kind == .escapedString
        withKey(v) { bytes in
          if text, let first = bytes.first, FormulaGuard.needsGuard(first) {
            Rows.cell(FormulaGuard.guarded(bytes), into: &out)
          } else {
            Rows.cell(bytes, into: &out)
          }
        }
      case .joined(let list):
        var joined: [UInt8] = []
        for (i, item) in items(list).enumerated() {
          if i > 0 { joined.append(UInt8(ascii: "|")) }
          withKey(item) { joined.append(contentsOf: $0) }
        }
        Rows.cell(FormulaGuard.guarded(joined), into: &out)
      }
    }

  }
}
