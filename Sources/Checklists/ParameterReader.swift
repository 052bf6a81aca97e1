import CaseModel
import StrictYAML

/// Reads `parameters/*.yaml`: a mapping of parameter names to description, reference and dated values.
enum ParameterReader {
  static func read(_ root: YAMLValue, file: String) -> [Parameter] {
    guard let entries = root.entries else {
      root.fileProblem("expected a mapping of parameter names")
      return []
    }
    return entries.map { name, node in
      let r = node.labelled("parameter \(name)")
      r.only(["description", "reference", "unverified", "note", "values"])
      var values: [(from: Day, value: ParameterValue)] = []
      for item in r.list("values") ?? [] {
        let v = item.labelled("parameter \(name), value")
        v.only(["from", "value"])
        let from = v.day("from", required: true)
        guard let raw = v["value"] else {
          v.report(.required, key: "value")
          continue
        }
        if let from, let value = value(raw, v) { values.append((from, value)) }
      }
      return Parameter(
        name: name, description: r.string("description") ?? "", reference: r.string("reference") ?? "",
        unverified: r.bool("unverified") ?? false, note: r.string("note"), values: values, file: file, line: r.line ?? 0)
    }
  }

  static func value(_ node: YAMLValue, _ r: YAMLValue) -> ParameterValue? {
    if let items = node.items {
      return .list(items.compactMap { item in
        guard let s = item.scalar?.text else {
          r.report(.other("lists hold text values"), at: item)
          return nil
        }
        return s
      })
    }
    guard let s = node.scalar else {
      r.report(.other("a value is a number, a date, true/false, text or a list"), at: node)
      return nil
    }
    switch s.kind {
    case .int: return .int(Int(s.text) ?? 0)
    case .float: return .number(Double(s.text) ?? 0)
    case .bool: return .bool(s.text.lowercased() == "true")
    default:
      if let d = Day(iso: s.text) { return .date(d) }
      return .text(s.text)
    }
  }
}
