import CaseModel
import Foundation

/// Writes case files in the contract's formats. The canonical JSON of a file (fields in contract
/// order, no whitespace, unknown facts omitted) is also what the database stores and compares.
public struct CaseFileWriter: Sendable {
  public init() {}

  public func canonicalJSON(_ file: CaseFile) throws -> String {
    JSONWriter.encode(file)
  }

  /// JSON Lines: one canonical object per line.
  public func jsonLines(_ files: [CaseFile]) throws -> String {
    var out = ""
    for f in files {
      out += try canonicalJSON(f)
      out += "\n"
    }
    return out
  }

  /// The CSV data set: file name -> content (German Excel friendly: `;`, UTF-8 with BOM).
  public func csvFiles(_ files: [CaseFile]) throws -> [(name: String, content: String)] {
    var mainRows: [[String]] = []
    var groupRows: [String: [[String]]] = [:]
    for file in files {
      let value = try JSONParser.parse(try canonicalJSON(file))
      guard case .object(let members) = value else { continue }
      var flat: [String: String] = [:]
      Self.flatten(members, prefix: "", into: &flat)
      for group in CSVLayout.groups {
        guard case .array(let items)? = Self.lookup(group.path, in: members) else { continue }
        flat[group.countColumn] = String(items.count)
        for item in items {
          guard case .object(let fields) = item else { continue }
          let row = [file.fileNo] + group.columns.map { Self.cell(fields[group.field(forColumn: $0)]) }
          groupRows[group.name, default: []].append(row)
        }
      }
      mainRows.append(CSVLayout.caseColumns.map { flat[$0] ?? "" })
    }
    var out = [(name: "cases.csv", content: CSVTable.render(header: CSVLayout.caseColumns, rows: mainRows))]
    for group in CSVLayout.groups {
      out.append(
        (
          name: "\(group.name).csv",
          content: CSVTable.render(header: ["file_no"] + group.columns, rows: groupRows[group.name] ?? [])
        ))
    }
    return out
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
