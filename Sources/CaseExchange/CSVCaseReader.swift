import CaseModel
import Foundation

/// Reads the CSV layout (`CSVLayout`): one main file plus group files keyed by `file_no`. Each
/// record is assembled into the same JSON tree as a JSON import and decoded by the same strict
/// decoder, so CSV and JSON are validated alike.
struct CSVCaseReader {
  let paths: [String]

  struct Record {
    var location: SourceLocation
    var members: [String: JSONValue] = [:]
    /// Group path -> items, each with the place it came from.
    var groupItems: [String: [(SourceLocation, JSONValue)]] = [:]
    var declaredCounts: [String: Int] = [:]
  }

  func read(into batch: inout CaseFileBatch) {
    var mains: [(String, CSVTable)] = []
    var groupTables: [(String, CSVLayout.Group, CSVTable)] = []
    for path in paths {
      guard let bytes = CaseFileReader.load(path, into: &batch) else { continue }
      let table: CSVTable
      do { table = try CSVTable(parsing: bytes) } catch {
        batch.report(ImportIssue(location: SourceLocation(file: path, line: 1), reason: .described("\(error)")))
        continue
      }
      if let group = CSVLayout.group(forFileName: path) {
        groupTables.append((path, group, table))
      } else {
        mains.append((path, table))
      }
    }
    if mains.isEmpty, !groupTables.isEmpty {
      batch.report(
        ImportIssue(location: nil, reason: .groupFilesWithoutMain))
      return
    }
    var records: [Record] = []
    var indexByFileNo: [String: Int] = [:]
    for (path, table) in mains {
      readMain(table, path: path, records: &records, index: &indexByFileNo, batch: &batch)
    }
    for (path, group, table) in groupTables {
      readGroup(table, group: group, path: path, records: &records, index: indexByFileNo, batch: &batch)
    }
    for record in records { finish(record, into: &batch) }
  }

  func readMain(
    _ table: CSVTable, path: String, records: inout [Record], index: inout [String: Int],
    batch: inout CaseFileBatch
  ) {
    let known = Set(CSVLayout.caseColumns)
    let unknown = table.header.filter { !known.contains($0) && !$0.isEmpty }
    if !unknown.isEmpty {
      batch.report(
        ImportIssue(
          location: SourceLocation(file: path, line: 1), field: unknown.joined(separator: ", "),
          reason: .unknownColumn))
      return
    }
    let groupColumns = Set(CSVLayout.groups.map(\.countColumn))
    for (line, raw) in table.rows {
      let location = SourceLocation(file: path, line: line)
      let cells = raw.map(FormulaGuard.unguard)  // what the export guarded against formulas
      guard cells.count <= table.header.count else {
        batch.report(
          ImportIssue(location: location, reason: .cellCount(cells: cells.count, columns: table.header.count)))
        continue
      }
      var record = Record(location: location)
      for (column, cell) in zip(table.header, cells) where !cell.isEmpty {
        if groupColumns.contains(column) {
          guard let n = Int(cell.trimmingSpaces()), n >= 0 else {
            batch.report(ImportIssue(location: location, field: column, reason: .expectedItemCount(got: cell)))
            continue
          }
          record.declaredCounts[column] = n
        } else {
          Self.insert(.string(cell), at: column.split(separator: ".").map(String.init), into: &record.members)
        }
      }
      if case .string(let fileNo)? = record.members["file_no"] {
        index[fileNo] = records.count
      }
      records.append(record)
    }
  }

  func readGroup(
    _ table: CSVTable, group: CSVLayout.Group, path: String, records: inout [Record],
    index: [String: Int], batch: inout CaseFileBatch
  ) {
    let allowed = Set(group.columns + ["file_no"])
    let unknown = table.header.filter { !allowed.contains($0) && !$0.isEmpty }
    guard unknown.isEmpty, let keyColumn = table.header.firstIndex(of: "file_no") else {
      batch.report(
        ImportIssue(
          location: SourceLocation(file: path, line: 1),
          field: unknown.isEmpty ? "file_no" : unknown.joined(separator: ", "),
          reason: unknown.isEmpty ? .fileNoColumnRequired : .unknownColumn))
      return
    }
    let key = group.countColumn
    for (line, raw) in table.rows {
      let location = SourceLocation(file: path, line: line)
      let cells = raw.map(FormulaGuard.unguard)
      let fileNo = keyColumn < cells.count ? cells[keyColumn] : ""
      guard let i = index[fileNo] else {
        batch.report(
          ImportIssue(
            location: location, fileNo: fileNo, field: "file_no",
            reason: .notInMainCSV))
        continue
      }
      var item: [String: JSONValue] = [:]
      for (j, (column, cell)) in zip(table.header, cells).enumerated() where j != keyColumn && !cell.isEmpty {
        item[group.field(forColumn: column)] = .string(cell)
      }
      records[i].groupItems[key, default: []].append((location, .object(JSONObject(item))))
    }
  }

  func finish(_ record: Record, into batch: inout CaseFileBatch) {
    var members = record.members
    var fileNo: String?
    if case .string(let s)? = members["file_no"] { fileNo = s }
    for group in CSVLayout.groups {
      let key = group.countColumn
      let items = record.groupItems[key] ?? []
      if let declared = record.declaredCounts[key], declared != items.count {
        batch.report(
          ImportIssue(
            location: record.location, fileNo: fileNo, field: key,
            reason: .itemCountDiffers(declared: declared, group: group.name, found: items.count)))
        return
      }
      if !items.isEmpty || record.declaredCounts[key] != nil {
        Self.insert(.array(items.map(\.1)), at: group.path, into: &members)
      }
    }
    let (file, issues) = CaseFileReader.decode(.object(JSONObject(members)), textScalars: true, at: record.location)
    if let file { batch.files.append(SourcedCaseFile(file: file, location: record.location)) }
    for var issue in issues {
      issue.location = groupLocation(of: issue.field, in: record) ?? issue.location
      batch.report(issue)
    }
  }

  /// Points an error in `stays[2].from` at the line of the stays file that holds that item.
  func groupLocation(of field: String?, in record: Record) -> SourceLocation? {
    guard let field, let open = field.firstIndex(of: "["), let close = field.firstIndex(of: "]"),
      let i = Int(field[field.index(after: open)..<close])
    else { return nil }
    let items = record.groupItems[String(field[..<open])] ?? []
    return i < items.count ? items[i].0 : nil
  }

  static func insert(_ value: JSONValue, at path: [String], into members: inout [String: JSONValue]) {
    guard let head = path.first else { return }
    if path.count == 1 {
      members[head] = value
      return
    }
    var nested: [String: JSONValue] = [:]
    if case .object(let existing)? = members[head] { nested = Dictionary(uniqueKeysWithValues: Array(existing.members)) }
    insert(value, at: Array(path.dropFirst()), into: &nested)
    members[head] = .object(JSONObject(nested))
  }
}
