/// Checks report definitions against the metric library (`backlog reports lint`): unknown
/// metrics, missing titles or definitions, figures where a table is needed and back, tables
/// mixing dimensions, charts whose series do not fit (not in the table, not drawable, units that
/// share no axis), filters the data cannot honour.
public enum ReportLinter {
  public static func lint(_ catalog: ReportCatalog) -> [ReportDefinitionError] {
    catalog.problems + catalog.reports.flatMap(lint)
  }

  public static func lint(_ d: ReportDefinition) -> [ReportDefinitionError] {
    var out: [ReportDefinitionError] = []
    func problem(_ line: Int?, _ message: String) { out.append(.init(file: d.file, line: line, message: message)) }
    var ids = Set<String>()
    for s in d.sections {
      let at = s.line
      if !ids.insert(s.id).inserted { problem(at, "section \(s.id): the id is used twice") }
      if s.title == nil { problem(at, "section \(s.id): title (de, en) is missing") }
      for name in s.metricNames where MetricLibrary.metric(name) == nil {
        problem(at, "section \(s.id): unknown metric \"\(name)\"" + (suggestion(name).map { "; did you mean \($0)?" } ?? ""))
      }
      for text in [s.title].compactMap({ $0 }) + s.notes.map(\.text) {
        for name in Placeholders.names(in: text.de) + Placeholders.names(in: text.en) {
          if let m = MetricLibrary.metric(name), m.shape != .figure { problem(at, "section \(s.id): {\(name)} is not a single figure and cannot stand in a text") }
        }
        if Set(Placeholders.names(in: text.de)) != Set(Placeholders.names(in: text.en)) {
          problem(at, "section \(s.id): the German and English texts name different figures")
        }
      }
      for c in s.notes.compactMap(\.condition) {
        if let m = MetricLibrary.metric(c.metric), m.shape != .figure { problem(at, "section \(s.id): the condition \(c.metric) is not a single figure") }
      }
      let metrics = s.columns.compactMap { MetricLibrary.metric($0.metric) }
      switch s.content {
      case .figures(let columns):
        if columns.isEmpty { problem(at, "section \(s.id): figures: name at least one metric") }
        for m in metrics where m.shape != .figure { problem(at, "section \(s.id): \(m.name) is a series or a list; put it in a table, not in figures") }
        if s.chart != nil { problem(at, "section \(s.id): a list of figures has no chart; put the series in a table") }
      case .table(let columns):
        if columns.isEmpty { problem(at, "section \(s.id): table: name at least one metric") }
        let lists = metrics.filter { $0.shape == .list }
        if !lists.isEmpty, columns.count > 1 { problem(at, "section \(s.id): \(lists[0].name) is a table of its own and stands alone") }
        for m in metrics where m.shape == .figure { problem(at, "section \(s.id): \(m.name) is a single figure; put it in figures") }
        let dims = Set(metrics.compactMap { m -> Dimension? in if case .series(let d) = m.shape { return d } else { return nil } })
        if dims.count > 1 {
          problem(at, "section \(s.id): the columns have different rows (\(dims.map(\.rawValue).sorted().joined(separator: ", "))); one table has one dimension")
        }
        if let chart = s.chart { lintChart(chart, section: s, lists: !lists.isEmpty, problem: { problem(at, $0) }) }
      case .include(let report, let section):
        problem(at, "section \(s.id): include \(report)/\(section) was not resolved")
      }
    }
    let sets = d.dataSets
    if d.offersTeam, let bad = sets.first(where: { !$0.supportsTeam }) {
      problem(nil, "filters: team, but the data of \(bad.rawValue) knows no teams (teams apply to throughput, backlog and cycle-time data)")
    }
    if d.offersMunicipality, let bad = sets.first(where: { !$0.supportsMunicipality }) {
      problem(nil, "filters: municipality, but the data of \(bad.rawValue) knows no municipalities")
    }
    if d.offersOffice, !sets.isEmpty, sets.allSatisfy({ !$0.supportsOffice }) {
      problem(nil, "filters: office, but all its data is the immigration office's")
    }
    if let json = d.json, !sets.contains(json) { problem(nil, "json: \(json.rawValue), but no metric of the report reads that data") }
    return out
  }

  static func lintChart(_ chart: ChartDefinition, section s: SectionDefinition, lists: Bool, problem: (String) -> Void) {
    if lists { problem("section \(s.id): a table of its own cannot be drawn"); return }
    if chart.series.isEmpty { problem("section \(s.id): chart: name the series to draw") }
    let columns = Set(s.columns.map(\.metric))
    var units = Set<Metric.Unit>()
    for name in chart.series {
      guard let m = MetricLibrary.metric(name) else { continue }
      if !columns.contains(name) { problem("section \(s.id): chart series \(name) is not a column of the table (a chart draws its table)") }
      if !m.unit.drawable { problem("section \(s.id): chart series \(name) is a \(m.unit.rawValue), which cannot be drawn") }
      units.insert(m.unit)
    }
    if units.count > 1 {
      problem("section \(s.id): chart series of different units (\(units.map(\.rawValue).sorted().joined(separator: ", "))) do not fit one axis")
    }
  }

  /// The library's metric nearest to a misspelt name (by edit distance, at most 3).
  static func suggestion(_ name: String) -> String? {
    func distance(_ a: [Character], _ b: [Character]) -> Int {
      var row = Array(0...b.count)
      for i in 1...max(a.count, 1) where !a.isEmpty {
        var prev = row[0]
        row[0] = i
        for j in 1...max(b.count, 1) where !b.isEmpty {
          let old = row[j]
          row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1))
          prev = old
        }
      }
      return row[b.count]
    }
    let a = Array(name)
    return MetricLibrary.all.map { ($0.name, distance(a, Array($0.name))) }.filter { $0.1 <= 3 }.min { $0.1 < $1.1 }?.0
  }
}
