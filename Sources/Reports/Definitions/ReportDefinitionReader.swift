import Yams

/// A problem in a report definition, with the file and line it comes from.
public struct ReportDefinitionError: Error, Sendable, CustomStringConvertible, Equatable {
  public var file: String
  public var line: Int?
  public var message: String
  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }
  public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}

/// Reads one `reports/*.yaml` strictly: unknown keys are errors (a typo never drops a figure),
/// required keys must be there, values must be of the allowed kinds. Whether the metrics exist
/// and fit is the linter's question.
struct ReportDefinitionReader {
  let file: String

  func fail(_ message: String, _ node: Node?) -> ReportDefinitionError {
    ReportDefinitionError(file: file, line: node?.mark.map { $0.line }, message: message)
  }

  func read(_ source: String, name: String) throws -> ReportDefinition {
    let root: Node?
    do { root = try Yams.compose(yaml: source) } catch { throw ReportDefinitionError(file: file, line: nil, message: "not valid YAML: \(error)") }
    guard let root, let map = root.mapping else { throw fail("expected a mapping at the top", root) }
    try only(map, ["name", "title", "purpose", "audience", "period", "shows", "filters", "json", "order", "cover", "sections"], "report")
    let reportName = try string(map["name"], "name") ?? name
    guard reportName.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), !reportName.isEmpty else {
      throw fail("name: letters, digits, - and _ only, got \"\(reportName)\"", map["name"])
    }
    guard let title = try text(map["title"], "title") else { throw fail("title (de, en) is required", root) }
    guard let purpose = try text(map["purpose"], "purpose") else { throw fail("purpose (de, en) is required", root) }
    let audience = try list(map["audience"], "audience").map { node -> ReportDefinition.Audience in
      try choice(node, "audience", ReportDefinition.Audience.self)
    }
    let filters = try list(map["filters"], "filters").map { try choice($0, "filters", ReportDefinition.Filter.self) }
    let json = try map["json"].map { node -> ReportName in try choice(node, "json", ReportName.self) }
    guard let sectionNodes = map["sections"], let sections = sectionNodes.sequence, !sections.isEmpty else {
      throw fail("sections: a list of at least one section is required", map["sections"] ?? root)
    }
    return ReportDefinition(
      name: reportName, file: file, title: title, purpose: purpose, audience: audience.isEmpty ? [.management, .admin] : audience,
      period: try map["period"].map { try choice($0, "period", ReportDefinition.DefaultPeriod.self) } ?? .last24Months,
      shows: try map["shows"].map { try choice($0, "shows", ReportDefinition.Shows.self) } ?? .period,
      filters: Set(filters), json: json, order: try int(map["order"], "order") ?? 100, cover: try bool(map["cover"], "cover") ?? false,
      sections: try sections.enumerated().map { try section($1, index: $0) })
  }

  func section(_ node: Node, index: Int) throws -> SectionDefinition {
    guard let map = node.mapping else { throw fail("sections[\(index)]: expected a mapping", node) }
    try only(map, ["id", "title", "figures", "table", "include", "chart", "notes"], "section")
    let kinds = ["figures", "table", "include"].filter { map[$0] != nil }
    guard kinds.count == 1 else { throw fail("section: exactly one of figures, table or include", node) }
    let line = node.mark.map { $0.line } ?? 0
    let content: SectionDefinition.Content
    var id = try string(map["id"], "id")
    switch kinds[0] {
    case "figures": content = .figures(try list(map["figures"], "figures").map(column))
    case "table": content = .table(try list(map["table"], "table").map(column))
    default:
      guard let inc = map["include"], let m = inc.mapping else { throw fail("include: {report: NAME, section: ID}", map["include"]) }
      try only(m, ["report", "section"], "include")
      guard let report = try string(m["report"], "report"), let sec = try string(m["section"], "section") else {
        throw fail("include needs report and section", inc)
      }
      content = .include(report: report, section: sec)
      id = id ?? report + "-" + sec
    }
    guard let id, !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
      throw fail("section: id (letters, digits, - and _) is required", node)
    }
    let notes = try list(map["notes"], "notes").map { n -> NoteDefinition in
      guard let m = n.mapping else { throw fail("notes: each note is a mapping {de, en, if?, unless?}", n) }
      try only(m, ["de", "en", "if", "unless"], "note")
      guard let text = try text(n, "note") else { throw fail("note needs de and en", n) }
      if let c = try string(m["if"], "if") { return NoteDefinition(text: text, condition: .init(metric: c, whenNonZero: true)) }
      if let c = try string(m["unless"], "unless") { return NoteDefinition(text: text, condition: .init(metric: c, whenNonZero: false)) }
      return NoteDefinition(text: text)
    }
    return SectionDefinition(id: id, title: try text(map["title"], "title"), content: content, chart: try chart(map["chart"]), notes: notes, line: line)
  }

  func column(_ node: Node) throws -> ColumnDefinition {
    if let s = node.scalar?.string { return ColumnDefinition(metric: s) }
    guard let m = node.mapping else { throw fail("a column is a metric name or {metric, label}", node) }
    try only(m, ["metric", "label"], "column")
    guard let metric = try string(m["metric"], "metric") else { throw fail("column: metric is required", node) }
    return ColumnDefinition(metric: metric, label: try text(m["label"], "label"))
  }

  func chart(_ node: Node?) throws -> ChartDefinition? {
    guard let node else { return nil }
    guard let m = node.mapping else { throw fail("chart: {kind, series}", node) }
    try only(m, ["kind", "series", "y_label"], "chart")
    let kinds: [String: ReportDocument.Chart.Kind] = ["bars": .bars, "stacked_bars": .stackedBars, "lines": .lines, "stacked_area": .stackedArea]
    guard let k = try string(m["kind"], "kind"), let kind = kinds[k] else {
      throw fail("chart: kind must be one of \(kinds.keys.sorted().joined(separator: ", "))", m["kind"] ?? node)
    }
    let series = try list(m["series"], "series").map { n -> String in
      guard let s = n.scalar?.string else { throw fail("chart: series are metric names", n) }
      return s
    }
    return ChartDefinition(kind: kind, series: series, yLabel: try text(m["y_label"], "y_label"))
  }

  // MARK: values

  func only(_ map: Node.Mapping, _ allowed: Set<String>, _ what: String) throws {
    for key in map.keys {
      guard let k = key.string, allowed.contains(k) else {
        throw fail("\(what): unknown key \"\(key.string ?? "?")\"; allowed: \(allowed.sorted().joined(separator: ", "))", key)
      }
    }
  }

  func string(_ node: Node?, _ key: String) throws -> String? {
    guard let node else { return nil }
    guard let s = node.scalar?.string else { throw fail("\(key) must be text", node) }
    return s
  }

  func int(_ node: Node?, _ key: String) throws -> Int? {
    guard let s = try string(node, key) else { return nil }
    guard let n = Int(s) else { throw fail("\(key) must be a whole number, got \"\(s)\"", node) }
    return n
  }

  func bool(_ node: Node?, _ key: String) throws -> Bool? {
    guard let s = try string(node, key) else { return nil }
    switch s.lowercased() {
    case "true", "yes": return true
    case "false", "no": return false
    default: throw fail("\(key) must be true or false, got \"\(s)\"", node)
    }
  }

  /// `{de: ..., en: ...}`; both languages are required.
  func text(_ node: Node?, _ key: String) throws -> LocalizedText? {
    guard let node else { return nil }
    guard let m = node.mapping else { throw fail("\(key) must be {de: ..., en: ...}", node) }
    guard let de = try string(m["de"], key + ".de"), !de.isEmpty else { throw fail("\(key): the German text (de) is missing", node) }
    guard let en = try string(m["en"], key + ".en"), !en.isEmpty else { throw fail("\(key): the English text (en) is missing", node) }
    return LocalizedText(de, en)
  }

  func list(_ node: Node?, _ key: String) throws -> [Node] {
    guard let node else { return [] }
    guard let s = node.sequence else { throw fail("\(key) must be a list", node) }
    return Array(s)
  }

  func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ key: String, _: T.Type) throws -> T where T.RawValue == String {
    guard let s = node.scalar?.string, let v = T(rawValue: s) else {
      throw fail("\(key) must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), got \"\(node.scalar?.string ?? "?")\"", node)
    }
    return v
  }
}
