import StrictYAML

/// The sections of a report definition: figures, tables, includes, charts and notes.
extension ReportDefinitionReader {
  func section(_ node: YAMLValue, index: Int) -> SectionDefinition? {
    guard node.isMapping else {
      node.report(.other("sections[\(index)]: expected a mapping"))
      return nil
    }
    let map = node.labelled("section")
    map.only(["id", "title", "figures", "table", "include", "chart", "notes"])
    let kinds = ["figures", "table", "include"].filter { key in map.entries?.contains { $0.key == key } == true }
    guard kinds.count == 1 else {
      map.report(.other("section: exactly one of figures, table or include"))
      return nil
    }
    var id = map.string("id")
    var content: SectionDefinition.Content?
    switch kinds[0] {
    case "figures", "table":
      let nodes = map.list(kinds[0]) ?? []
      let columns = nodes.compactMap(column)
      if columns.count == nodes.count { content = kinds[0] == "figures" ? .figures(columns) : .table(columns) }
    default:
      guard let inc = map["include"]?.labelled("include"), inc.isMapping else {
        (map["include"] ?? map).report(.other("include: {report: NAME, section: ID}"))
        return nil
      }
      inc.only(["report", "section"])
      guard let report = inc.string("report"), let sec = inc.string("section") else {
        inc.report(.other("include needs report and section"))
        return nil
      }
      content = .include(report: report, section: sec)
      id = id ?? report + "-" + sec
    }
    guard let id, !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
      map.report(.other("section: id (letters, digits, - and _) is required"))
      return nil
    }
    let notes = (map.list("notes") ?? []).map(note)
    let title = text(map, "title")
    let chart = map["chart"].flatMap(chart)
    guard let content, notes.allSatisfy({ $0 != nil }) else { return nil }
    return SectionDefinition(id: id, title: title, content: content, chart: chart, notes: notes.compactMap { $0 }, line: map.line ?? 0)
  }

  func note(_ n: YAMLValue) -> NoteDefinition? {
    guard n.isMapping else {
      n.report(.other("notes: each note is a mapping {de, en, if?, unless?}"))
      return nil
    }
    let m = n.labelled("note")
    m.only(["de", "en", "if", "unless"])
    guard let text = text(m) else { return nil }
    if let c = m.string("if") { return NoteDefinition(text: text, condition: .init(metric: c, whenNonZero: true)) }
    if let c = m.string("unless") { return NoteDefinition(text: text, condition: .init(metric: c, whenNonZero: false)) }
    return NoteDefinition(text: text)
  }

  func column(_ node: YAMLValue) -> ColumnDefinition? {
    if let s = node.scalar?.text { return ColumnDefinition(metric: s) }
    guard node.isMapping else {
      node.report(.other("a column is a metric name or {metric, label}"))
      return nil
    }
    let m = node.labelled("column")
    m.only(["metric", "label"])
    guard let metric = m.string("metric") else {
      m.report(.other("column: metric is required"))
      return nil
    }
    return ColumnDefinition(metric: metric, label: text(m, "label"))
  }

  static let chartKinds: [String: ReportDocument.Chart.Kind] = [
    "bars": .bars, "stacked_bars": .stackedBars, "lines": .lines, "stacked_area": .stackedArea,
  ]

  func chart(_ node: YAMLValue) -> ChartDefinition? {
    guard node.isMapping else {
      node.report(.other("chart: {kind, series}"))
      return nil
    }
    let m = node.labelled("chart")
    m.only(["kind", "series", "y_label"])
    let kind = m.string("kind").flatMap { Self.chartKinds[$0] }
    if kind == nil {
      (m["kind"] ?? m).report(.other("chart: kind must be one of \(Self.chartKinds.keys.sorted().joined(separator: ", "))"))
    }
    let series = (m.list("series") ?? []).compactMap { n -> String? in
      guard let s = n.scalar?.text else {
        n.report(.other("chart: series are metric names"))
        return nil
      }
      return s
    }
    guard let kind else { return nil }
    return ChartDefinition(kind: kind, series: series, yLabel: text(m, "y_label"))
  }

  /// `{de: ..., en: ...}` under `key` (or the value itself); both languages are required.
  func text(_ parent: YAMLValue, _ key: String? = nil) -> LocalizedText? {
    let name = key ?? parent.context
    let value: YAMLValue? = if let key { parent[key] } else { parent }
    guard let node = value else { return nil }
    guard node.isMapping else {
      node.report(.other("\(name) must be {de: ..., en: ...}"))
      return nil
    }
    var texts: [String] = []
    for (language, words) in [("de", "German"), ("en", "English")] {
      guard let v = node[language] else {
        node.report(.other("\(name): the \(words) text (\(language)) is missing"))
        return nil
      }
      guard let s = v.scalar?.text else {
        v.report(.other("\(name).\(language) must be text"))
        return nil
      }
      guard !s.isEmpty else {
        node.report(.other("\(name): the \(words) text (\(language)) is missing"))
        return nil
      }
      texts.append(s)
    }
    return LocalizedText(texts[0], texts[1])
  }
}
