import CaseModel
import Foundation

/// A report of `reports/` made for one request: the data sets its metrics read, computed once,
/// turned into a `ReportDocument` (HTML, CSV) or JSON. The JSON is the named data set's own
/// (`json:` in the definition, the API's form of the original reports) or that of the sections.
public struct DefinedReport: ReportContent {
  public let definition: ReportDefinition
  public let request: ReportRequest
  public let data: [ReportName: any ReportContent]
  /// The cover page's details, for definitions with `cover: true`.
  public var cover: ReportCover?

  public init(definition: ReportDefinition, request: ReportRequest, data: [ReportName: any ReportContent], cover: ReportCover? = nil) {
    self.definition = definition
    self.request = request
    self.data = data
    self.cover = cover
  }

  /// The value of one metric, nil when the library has no such metric.
  public func value(_ name: String, _ l: Language) -> MetricValue? {
    guard let metric = MetricLibrary.metric(name), let content = data[metric.data] else { return nil }
    return metric.value(content, l)
  }

  public func document(_ l: Language) -> ReportDocument {
    DocumentBuilder(report: self, language: l).build()
  }

  // MARK: JSON

  public func encode(to encoder: any Encoder) throws {
    if let set = definition.json, let content = data[set] {
      try content.encode(to: encoder)
      // The data set knows no municipality: the filter is added beside its figures.
      if let m = request.municipality {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.encode(m, forKey: "municipality")
      }
      return
    }
    let doc = document(.en)
    var c = encoder.container(keyedBy: JSONKey.self)
    try c.encode(definition.name, forKey: "report")
    try c.encode(definition.title.en, forKey: "title")
    try c.encode(definition.fixedOffice ?? request.office.rawValue, forKey: "office")
    try c.encode(request.from.iso, forKey: "from")
    try c.encode(request.to.iso, forKey: "to")
    try c.encode(request.asOf.iso, forKey: "as_of")
    if let team = request.team { try c.encode(team.rawValue, forKey: "team") }
    if let m = request.municipality { try c.encode(m, forKey: "municipality") }
    try c.encode(doc.sections.map(JSONSection.init), forKey: "sections")
    try c.encode(doc.footnotes, forKey: "definitions")
  }

  struct JSONKey: CodingKey, ExpressibleByStringLiteral {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
    init(stringLiteral value: String) { stringValue = value }
  }

  struct JSONSection: Encodable {
    var id: String
    var title: String
    var columns: [String]
    var rows: [[JSONCell]]
    init(_ s: ReportDocument.Section) {
      id = s.id
      title = s.title
      columns = s.table.columns
      rows = s.table.rows.map { $0.map(JSONCell.init) }
    }
  }

  /// Exact values: counts unsuppressed, dates in ISO form, empty as null.
  struct JSONCell: Encodable {
    var cell: Cell
    init(_ cell: Cell) { self.cell = cell }
    func encode(to encoder: any Encoder) throws {
      var c = encoder.singleValueContainer()
      switch cell {
      case .text(let s): try c.encode(s)
      case .count(let n): try c.encode(n)
      case .number(let x, _): try c.encode(x)
      case .day(let d): try c.encode(d.iso)
      case .month(let m): try c.encode(m.iso)
      case .empty: try c.encodeNil()
      }
    }
  }
}

/// The authority, period, date and author on a report's cover page.
public struct ReportCover: Sendable, Equatable {
  public var authority: String
  public var address: [String]
  public var author: String
  public var date: Day
  public init(authority: String, address: [String] = [], author: String, date: Day) {
    self.authority = authority
    self.address = address
    self.author = author
    self.date = date
  }
}

/// Builds the document of a defined report in one language.
struct DocumentBuilder {
  let report: DefinedReport
  let language: Language
  var l: Language { language }
  var definition: ReportDefinition { report.definition }
  var format: CellFormat { CellFormat(german: l == .de) }

  func build() -> ReportDocument {
    var doc = ReportDocument(
      name: definition.name, title: definition.title.pick(l), subtitle: subtitle(), language: l,
      sections: definition.sections.map(section))
    doc.footnotes = footnotes()
    doc.filter = report.request.municipality.map { l.pick("Kommune: ", "Municipality: ") + $0 }
    if definition.cover, let cover = report.cover {
      doc.cover = .init(
        authority: cover.authority, address: cover.address, title: definition.title.pick(l), period: period(),
        date: l == .de ? cover.date.german : cover.date.iso, author: cover.author,
        labels: (l.pick("Zeitraum", "Period"), l.pick("Stand", "Date"), l.pick("Verfasst von", "Author")))
    }
    return doc
  }

  func day(_ d: Day) -> String { l == .de ? d.german : d.iso }

  func period() -> String { day(report.request.from) + " – " + day(report.request.to) }

  func subtitle() -> String {
    let r = report.request
    var parts = [definition.fixedOffice ?? r.office.rawValue]
    if let team = r.team { parts.append(Labels.team(team.rawValue, l)) }
    if let m = r.municipality { parts.append(l.pick("Kommune ", "municipality ") + m) }
    if definition.shows != .asOf { parts.append(period()) }
    var text = parts.joined(separator: ", ")
    if definition.shows != .period { text += l.pick(", Stand ", ", as of ") + day(r.asOf) }
    return text
  }

  /// A figure's value as text, for `{placeholders}`.
  func figureText(_ name: String) -> String? {
    guard case .figure(let cell)? = report.value(name, l) else { return nil }
    return format.text(cell)
  }

  func fill(_ text: LocalizedText) -> String { Placeholders.fill(text.pick(l), figureText) }

  func holds(_ condition: NoteDefinition.Condition) -> Bool {
    guard case .figure(let cell)? = report.value(condition.metric, l) else { return !condition.whenNonZero }
    let nonZero: Bool
    switch cell {
    case .count(let n): nonZero = n != 0
    case .number(let x, _): nonZero = x != 0
    case .empty: nonZero = false
    case .text(let s): nonZero = !s.isEmpty
    default: nonZero = true
    }
    return nonZero == condition.whenNonZero
  }

  func label(_ column: ColumnDefinition) -> String {
    column.label?.pick(l) ?? MetricLibrary.metric(column.metric)?.label.pick(l) ?? column.metric
  }

  func section(_ s: SectionDefinition) -> ReportDocument.Section {
    let table: ReportDocument.Table
    var dimension: Dimension?
    switch s.content {
    case .figures(let columns):
      table = .init(
        columns: [l.pick("Kennzahl", "Measure"), l.pick("Wert", "Value")],
        rows: columns.map { c in
          guard case .figure(let cell)? = report.value(c.metric, l) else { return [.text(label(c)), .empty] }
          return [.text(label(c)), cell]
        })
    case .table(let columns):
      if let first = columns.first, case .list(let t)? = report.value(first.metric, l) {
        table = t
      } else {
        (table, dimension) = seriesTable(columns)
      }
    case .include:
      table = .init(columns: [], rows: [])
    }
    var chart: ReportDocument.Chart?
    if let c = s.chart {
      let indices = c.series.compactMap { name in s.columns.firstIndex { $0.metric == name }.map { $0 + 1 } }
      let unit = c.series.first.flatMap { MetricLibrary.metric($0)?.unit } ?? .files
      chart = .init(
        c.kind, series: indices, xLabel: (dimension?.label ?? Dimension.month.label).pick(l), yLabel: (c.yLabel ?? unit.label).pick(l))
    }
    let notes = s.notes.filter { $0.condition.map(holds) ?? true }.map { fill($0.text) }
    return .init(id: s.id, title: s.title.map(fill) ?? s.id, notes: notes, table: table, chart: chart)
  }

  /// The series of one dimension side by side: a row per key, in the order keys first appear.
  func seriesTable(_ columns: [ColumnDefinition]) -> (ReportDocument.Table, Dimension?) {
    var keys: [String] = [], labels: [String: Cell] = [:]
    var values: [[String: Cell]] = []
    var dimension: Dimension?
    for c in columns {
      if case .series(let d)? = MetricLibrary.metric(c.metric)?.shape { dimension = dimension ?? d }
      var column: [String: Cell] = [:]
      if case .series(let points)? = report.value(c.metric, l) {
        for p in points {
          if labels[p.key] == nil {
            keys.append(p.key)
            labels[p.key] = p.label
          }
          column[p.key] = p.value
        }
      }
      values.append(column)
    }
    let head = (dimension ?? .month).label.pick(l)
    return (
      .init(columns: [head] + columns.map(label), rows: keys.map { k in [labels[k] ?? .text(k)] + values.map { $0[k] ?? .empty } }), dimension
    )
  }

  /// Every metric the report shows, defined in words (in order of first use).
  func footnotes() -> [String] {
    var seen = Set<String>()
    let shown = definition.sections.flatMap { s in
      s.columns.map(\.metric) + ([s.title].compactMap { $0 } + s.notes.map(\.text)).flatMap { Placeholders.names(in: $0.pick(l)) }
    }
    return shown.compactMap { name -> String? in
      guard let m = MetricLibrary.metric(name), m.unit != .text || m.shape == .list else { return nil }
      let text = m.label.pick(l) + ": " + m.definition.pick(l)
      return seen.insert(text).inserted ? text : nil
    }
  }
}
