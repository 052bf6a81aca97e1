import CaseModel

/// One report of `reports/` as data: what it is called, for whom, which period and filters it
/// offers, and its sections, each naming metrics of the `MetricLibrary`. Read by
/// `ReportDefinitionReader`, checked by `ReportLinter`, made by `DefinedReport`.
public struct ReportDefinition: Sendable {
  public enum Audience: String, Sendable, CaseIterable { case management, admin }
  public enum Filter: String, Sendable, CaseIterable { case office, team, municipality }
  /// What the subtitle shows: the period, the as-of day of snapshots, or both.
  public enum Shows: String, Sendable, CaseIterable {
    case period, asOf = "as_of", both
  }
  /// The period a report covers when none is asked for.
  public enum DefaultPeriod: String, Sendable, CaseIterable {
    case last12Months = "last_12_months", last24Months = "last_24_months", thisYear = "this_year", lastYear = "last_year"
  }

  public var name: String
  /// The file it was read from (relative to `reports/`).
  public var file: String
  public var title: LocalizedText
  public var purpose: LocalizedText
  public var audience: [Audience]
  public var period: DefaultPeriod
  public var shows: Shows
  public var filters: Set<Filter>
  /// The data set whose complete JSON the JSON download gives (the API's form of the seven
  /// original reports); nil: the JSON of the sections.
  public var json: ReportName?
  /// Position in lists (smaller first, then by title).
  public var order: Int
  /// A cover page (authority, period, date, author) before the first section.
  public var cover: Bool
  public var sections: [SectionDefinition]

  public init(
    name: String, file: String, title: LocalizedText, purpose: LocalizedText, audience: [Audience] = [.management, .admin],
    period: DefaultPeriod = .last24Months, shows: Shows = .period, filters: Set<Filter> = [], json: ReportName? = nil, order: Int = 100,
    cover: Bool = false, sections: [SectionDefinition]
  ) {
    self.name = name
    self.file = file
    self.title = title
    self.purpose = purpose
    self.audience = audience
    self.period = period
    self.shows = shows
    self.filters = filters
    self.json = json
    self.order = order
    self.cover = cover
    self.sections = sections
  }

  public var offersOffice: Bool { filters.contains(.office) }
  public var offersTeam: Bool { filters.contains(.team) }
  public var offersMunicipality: Bool { filters.contains(.municipality) }

  /// Every metric the report names, in order of first use.
  public var metricNames: [String] {
    var seen = Set<String>()
    return sections.flatMap(\.metricNames).filter { seen.insert($0).inserted }
  }

  /// The data sets its metrics read.
  public var dataSets: [ReportName] {
    var seen = Set<ReportName>()
    return metricNames.compactMap { MetricLibrary.metric($0)?.data }.filter { seen.insert($0).inserted }
  }

  /// Whether making it reads every file's status history (see `ReportName.readsHistories`).
  public func readsHistories(_ request: ReportRequest) -> Bool { dataSets.contains { $0.readsHistories(request) } }

  /// The office a report without the office filter is about: the immigration office when all
  /// its data is the Duldung caseload's.
  public var fixedOffice: String? {
    guard !offersOffice, !dataSets.isEmpty, dataSets.allSatisfy({ !$0.supportsOffice }) else { return nil }
    return "ABH"
  }
}

/// One section of a report: a list of key figures, or a table (with an optional chart) of
/// series of one dimension or of one list metric, or a section of another report.
public struct SectionDefinition: Sendable {
  public enum Content: Sendable {
    case figures([ColumnDefinition])
    case table([ColumnDefinition])
    case include(report: String, section: String)
  }

  public var id: String
  public var title: LocalizedText?
  public var content: Content
  public var chart: ChartDefinition?
  public var notes: [NoteDefinition]
  /// Line in the file, for messages.
  public var line: Int

  public init(id: String, title: LocalizedText?, content: Content, chart: ChartDefinition? = nil, notes: [NoteDefinition] = [], line: Int = 0) {
    self.id = id
    self.title = title
    self.content = content
    self.chart = chart
    self.notes = notes
    self.line = line
  }

  public var columns: [ColumnDefinition] {
    switch content {
    case .figures(let c), .table(let c): c
    case .include: []
    }
  }

  /// The metrics named in columns, chart, and in `{placeholders}` and conditions of title and notes.
  public var metricNames: [String] {
    var names = columns.map(\.metric) + (chart?.series ?? [])
    for text in [title].compactMap({ $0 }) + notes.map(\.text) { names += Placeholders.names(in: text.de) + Placeholders.names(in: text.en) }
    names += notes.compactMap { $0.condition?.metric }
    return names
  }
}

public struct ColumnDefinition: Sendable {
  public var metric: String
  /// Overrides the metric's label in this table.
  public var label: LocalizedText?
  public init(metric: String, label: LocalizedText? = nil) {
    self.metric = metric
    self.label = label
  }
}

public struct ChartDefinition: Sendable {
  public var kind: ReportDocument.Chart.Kind
  public var series: [String]
  public var yLabel: LocalizedText?
  public init(kind: ReportDocument.Chart.Kind, series: [String], yLabel: LocalizedText? = nil) {
    self.kind = kind
    self.series = series
    self.yLabel = yLabel
  }
}

/// A note under a section; shown only `if` a figure is not zero, or `unless` it is.
public struct NoteDefinition: Sendable {
  public struct Condition: Sendable {
    public var metric: String
    public var whenNonZero: Bool
  }
  public var text: LocalizedText
  public var condition: Condition?
  public init(text: LocalizedText, condition: Condition? = nil) {
    self.text = text
    self.condition = condition
  }
}

/// `{metric}` in titles and notes: replaced by the figure's value.
enum Placeholders {
  static func names(in text: String) -> [String] {
    var out: [String] = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      let name = rest[rest.index(after: open)..<close]
      if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { out.append(String(name)) }
      rest = rest[rest.index(after: close)...]
    }
    return out
  }

  static func fill(_ text: String, _ value: (String) -> String?) -> String {
    var out = text
    for name in names(in: text) {
      if let v = value(name) { out = out.replacingOccurrences(of: "{" + name + "}", with: v) }
    }
    return out
  }
}

extension ReportDefinition.DefaultPeriod {
  /// The period as of `today`: the last 12 or 24 months up to today (whole months from the
  /// first), this calendar year up to today, or the whole last year.
  public func range(today: Day) -> (from: Day, to: Day) {
    let year = Month(today).year
    switch self {
    case .last12Months: return (Month(today).advanced(by: -11).firstDay, today)
    case .last24Months: return (Month(today).advanced(by: -23).firstDay, today)
    case .thisYear: return (Day(year: year, month: 1, day: 1) ?? today, today)
    case .lastYear: return (Day(year: year - 1, month: 1, day: 1) ?? today, Day(year: year - 1, month: 12, day: 31) ?? today)
    }
  }
}
