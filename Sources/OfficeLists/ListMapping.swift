import CaseModel

/// How each column of a list is read: its field, and how that was decided.
public struct ColumnMapping: Sendable, Equatable {
  public enum Source: String, Sendable {
    case header, profile, values, unknown, duplicate
  }
  public var index: Int
  public var header: String
  public var field: ListField?
  public var source: Source
  /// Why a column was read otherwise than its header says, or why it is not imported.
  public var note: String?
  public var samples: [String]

  /// `A`, `B`, ... `AA`: the column as a spreadsheet names it.
  public var letter: String { ColumnMapping.letter(index) }

  static func letter(_ index: Int) -> String {
    var n = index + 1
    var s = ""
    while n > 0 {
      let r = (n - 1) % 26
      s = String(UnicodeScalar(UInt8(65 + r))) + s
      n = (n - 1) / 26
    }
    return s
  }
}

/// The recognised mapping of a list: every column, and the profile it came with.
public struct ListMapping: Sendable {
  public var columns: [ColumnMapping]
  public var profile: ListProfile

  public func columns(for field: ListField) -> [ColumnMapping] { columns.filter { $0.field == field } }
  public func has(_ field: ListField) -> Bool { columns.contains { $0.field == field } }

  /// Chooses the header row and recognises every column, deciding ambiguous headers by values.
  public static func recognise(_ sheet: ListSheet, profile: ListProfile = ListProfile(), today: Day) -> (ListTable, ListMapping) {
    let headerIndex = headerRowIndex(sheet, profile: profile)
    let headerRow = sheet.rows.indices.contains(headerIndex) ? sheet.rows[headerIndex] : ListRow(line: 1, cells: [])
    let header = headerRow.cells.map(\.text)
    let table = ListTable(
      source: sheet.source, sheet: sheet.sheet, format: sheet.format, delimiter: sheet.delimiter, headerLine: headerRow.line,
      header: header, rows: Array(sheet.rows.dropFirst(headerIndex + 1)))
    return (table, recognise(table, profile: profile, today: today))
  }

  /// The row among the first fifteen with the most recognised headers (a title line such as
  /// "Offene Verfahren, Stand 01.12.2026" may stand above it); the first row when none has two.
  static func headerRowIndex(_ sheet: ListSheet, profile: ListProfile) -> Int {
    if let wanted = profile.headerRow {
      return sheet.rows.firstIndex { $0.line >= wanted } ?? 0
    }
    var best = 0
    var bestCount = 1
    for (i, row) in sheet.rows.prefix(15).enumerated() {
      let count = Set(row.cells.compactMap { cell -> ListField? in
        guard case .text(let t) = cell else { return nil }
        return profile.columns[Normalize.compact(t)] ?? HeaderRecognition.field(for: t)
      }).count
      if count > bestCount {
        best = i
        bestCount = count
      }
    }
    return best
  }

  public static func recognise(_ table: ListTable, profile: ListProfile, today: Day) -> ListMapping {
    var columns: [ColumnMapping] = []
    for (i, h) in table.header.enumerated() {
      let samples = Array(Set(table.values(i, limit: 50).map(\.text))).sorted().prefix(3).map { String($0.prefix(40)) }
      if let f = profile.columns[Normalize.compact(h)] {
        columns.append(ColumnMapping(index: i, header: h, field: f, source: .profile, samples: samples))
      } else if let f = HeaderRecognition.field(for: h) {
        columns.append(ColumnMapping(index: i, header: h, field: f, source: .header, samples: samples))
      } else {
        columns.append(
          ColumnMapping(
            index: i, header: h, field: nil, source: .unknown,
            note: h.isEmpty ? "no header" : "not recognised: not imported (name it in a profile)", samples: samples))
      }
    }
    var mapping = ListMapping(columns: columns, profile: profile)
    mapping.decideByValues(table, today: today)
    mapping.dropDuplicates()
    return mapping
  }

  /// Headers that say less than their values: "Stand" holding dates is the list's as-of date;
  /// "Name" holding "Nachname, Vorname" (and no given-names column) is split at the comma; "Ort"
  /// beside a street or postal code is the address's town.
  mutating func decideByValues(_ table: ListTable, today: Day) {
    let hasGiven = has(.givenNames)
    let hasAddress = has(.street) || has(.postalCode)
    for k in columns.indices where columns[k].source == .header {
      let values = table.values(columns[k].index, limit: 200)
      guard !values.isEmpty else { continue }
      let share = { (test: (ListCell) -> Bool) -> Double in Double(values.filter(test).count) / Double(values.count) }
      let isDate = { (c: ListCell) -> Bool in GermanDate.parse(c, today: today) != nil }
      switch columns[k].field {
      case .stage where share(isDate) >= 0.8:
        columns[k].field = .asOf
        columns[k].source = .values
        columns[k].note = "holds dates: the date of the stage (Stand), not the stage"
      case .asOf where share(isDate) < 0.5 && share({ StageWords.status($0.text) != nil }) >= 0.5:
        columns[k].field = .stage
        columns[k].source = .values
        columns[k].note = "holds stage words"
      case .familyName where !hasGiven && share({ $0.text.contains(",") }) >= 0.5:
        columns[k].field = .fullName
        columns[k].source = .values
        columns[k].note = "holds \"Nachname, Vorname\": split at the comma"
      case .fullName where hasGiven && share({ $0.text.contains(",") }) < 0.5:
        columns[k].field = .familyName
        columns[k].source = .values
        columns[k].note = "no comma in the names and a given-names column beside it: the family name"
      case .municipality where hasAddress && Normalize.compact(columns[k].header) == "ort":
        columns[k].field = .city
        columns[k].source = .values
        columns[k].note = "beside street and postal code: the address's town"
      case .nationality where share({ NationalityWords.code($0.text) != nil }) < 0.3
        && share({ ProcedureWords.procedure($0.text) != nil }) >= 0.5:
        columns[k].field = .procedure
        columns[k].source = .values
        columns[k].note = "holds procedures, not countries"
      default: break
      }
    }
  }

  /// A field read from two columns keeps the first (nationalities and phones add up).
  mutating func dropDuplicates() {
    var seen: [ListField: String] = [:]
    for k in columns.indices {
      guard let f = columns[k].field, !f.allowsSeveralColumns else { continue }
      if let first = seen[f] {
        columns[k].field = nil
        columns[k].source = .duplicate
        columns[k].note = "\(f.rawValue) is already read from \"\(first)\": not imported"
      } else {
        seen[f] = columns[k].header
      }
    }
    // One name column split in two, and separate name columns: the separate ones win.
    if has(.fullName) && has(.familyName) {
      for k in columns.indices where columns[k].field == .fullName {
        columns[k].field = nil
        columns[k].source = .duplicate
        columns[k].note = "the family name has its own column: not imported"
      }
    }
  }
}
