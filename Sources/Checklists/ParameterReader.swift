import CaseModel
import Yams

/// Reads `parameters/*.yaml`: a mapping of parameter names to description, reference and dated values.
enum ParameterReader {
  static func read(_ root: Node, file: String) throws -> [Parameter] {
    guard let m = root.mapping else {
      throw ChecklistError(file: file, line: nil, message: "expected a mapping of parameter names")
    }
    var out: [Parameter] = []
    for (key, node) in m {
      let name = key.string ?? ""
      let r = YAMLReader(file: file, node: node, context: "parameter \(name)")
      try r.onlyKeys(["description", "reference", "unverified", "note", "values"])
      var values: [(from: Day, value: ParameterValue)] = []
      for item in try r.list("values") {
        let v = r.child(item, "parameter \(name), value")
        try v.onlyKeys(["from", "value"])
        guard let raw = v["value"] else { throw v.fail("\"value\" is required") }
        values.append((try v.day("from"), try value(raw, v)))
      }
      out.append(
        Parameter(
          name: name, description: try r.optionalString("description") ?? "",
          reference: try r.optionalString("reference") ?? "", unverified: try r.bool("unverified"),
          note: try r.optionalString("note"), values: values, file: file, line: r.line))
    }
    return out
  }

  static func value(_ node: Node, _ r: YAMLReader) throws -> ParameterValue {
    switch node {
    case .sequence(let seq):
      return .list(try seq.map { item in
        guard let s = item.string else { throw r.fail("lists hold text values", at: item) }
        return s
      })
    case .scalar(let s):
      switch ScalarKind(s) {
      case .int: return .int(Int(s.string) ?? 0)
      case .float: return .number(Double(s.string) ?? 0)
      case .bool: return .bool(s.string.lowercased() == "true")
      default:
        if let d = Day(iso: s.string) { return .date(d) }
        return .text(s.string)
      }
    default: throw r.fail("a value is a number, a date, true/false, text or a list", at: node)
    }
  }
}
