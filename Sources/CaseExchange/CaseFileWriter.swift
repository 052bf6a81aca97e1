import CaseModel
import Foundation

/// Writes case files in the contract's formats. The canonical JSON of a file (fields in contract
/// order, no whitespace, unknown facts omitted) is also what the database stores and compares.
public struct CaseFileWriter: Sendable {
  public init() {}

  public func canonicalJSON(_ file: CaseFile) -> String {
    JSONWriter.encode(file)
  }

  /// JSON Lines: one canonical object per line.
  public func jsonLines(_ files: [CaseFile]) throws -> String {
    var out = ""
    for f in files {
      out += canonicalJSON(f)
      out += "\n"
    }
    return out
  }

  /// The CSV data set: file name -> content (German Excel friendly: `;`, UTF-8 with BOM).
  public func csvFiles(_ files: [CaseFile]) throws -> [(name: String, content: String)] {
    csvFiles(canonicalJSON: files.map { JSONWriter.encode($0) })
  }

  /// The CSV data set from canonical JSON texts (as stored); rows are built in parallel.
  public func csvFiles(canonicalJSON texts: [String]) -> [(name: String, content: String)] {
    CSVExport.files(canonicalJSON: texts)
  }

  /// One file's row of `cases.csv` and its rows of every group file (in `CSVLayout.groups` order).
  static func csvRows(ofCanonicalJSON text: String) -> (main: [String], groups: [[[String]]]) {
    guard case .object(let members)? = try? JSONParser.parse(text) else {
      return ([], CSVLayout.groups.map { _ in [] })
    }
    var flat: [String: String] = [:]
    flatten(members, prefix: "", into: &flat)
    let fileNo = flat["file_no"] ?? ""
    var groups: [[[String]]] = []
    for group in CSVLayout.groups {
      var groupRows: [[String]] = []
      if case .array(let items)? = lookup(group.path, in: members) {
        flat[group.countColumn] = String(items.count)
        for case .object(let fields) in items {
          groupRows.append([fileNo] + group.columns.map { cell(fields[group.field(forColumn: $0)]) })
        }
      }
      groups.append(groupRows)
    }
    return (CSVLayout.caseColumns.map { flat[$0] ?? "" }, groups)
  }

  static func lookup(_ path: [String], in members: JSONObject) -> JSONValue? {
    guard let head = path.first, let v = members[head] else { return nil }
    if path.count == 1 { return v }
    guard case .object(let nested) = v else { return nil }
    return lookup(Array(path.dropFirst()), in: nested)
  }

  static func flatten(_ members: JSONObject, prefix: String, into flat: inout [String: String]) {
    for (key, value) in members.members {
      let name = prefix.isEmpty ? key : prefix + "." + key
      switch value {
      case .object(let nested): flatten(nested, prefix: name, into: &flat)
      case .array(let items):
        if items.allSatisfy({ if case .object = $0 { return false } else { return true } }) {
          flat[name] = items.map { cell($0) }.joined(separator: "|")
        }
      default: flat[name] = cell(value)
      }
    }
  }

  static func cell(_ value: JSONValue?) -> String {
    switch value {
    case .string(let s)?: return s
    case .number(let n)?: return n
    case .bool(let b)?: return b ? "true" : "false"
    default: return ""
    }
  }
}
