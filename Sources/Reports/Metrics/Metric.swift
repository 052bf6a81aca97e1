import CaseModel

/// One figure of the metric library: a named, defined quantity that a report definition in
/// `reports/` may show. It reads one data set (`data`, computed once per report) and gives a
/// single value (`figure`, for key-figure lists), a value per row of a dimension (`series`, for
/// tables and charts), or a complete table of its own (`list`, such as the oldest files).
public struct Metric: Sendable {
  public enum Shape: Sendable, Equatable {
    case figure
    case series(Dimension)
    case list
  }

  /// What a value counts: charts only stack values of one unit; dates and texts are not drawn.
  public enum Unit: String, Sendable {
    case files, referrals, days, weeks, percent, date, clerks, text, number
    public var drawable: Bool { self != .date && self != .text }
    public var label: LocalizedText {
      switch self {
      case .files: LocalizedText("Akten", "Files")
      case .referrals: LocalizedText("Vermittlungen", "Referrals")
      case .days: LocalizedText("Tage", "Days")
      case .weeks: LocalizedText("Wochen", "Weeks")
      case .percent: LocalizedText("Prozent", "Per cent")
      case .date: LocalizedText("Datum", "Date")
      case .clerks: LocalizedText("Sachbearbeitungen", "Clerks")
      case .text: LocalizedText("Text", "Text")
      case .number: LocalizedText("Wert", "Value")
      }
    }
  }

  public let name: String
  public let data: ReportName
  public let shape: Shape
  public let unit: Unit
  public let label: LocalizedText
  public let definition: LocalizedText
  let compute: @Sendable (any ReportContent, Language) -> MetricValue

  init(
    _ name: String, _ data: ReportName, _ shape: Shape, _ unit: Unit, label: LocalizedText, definition: LocalizedText,
    compute: @escaping @Sendable (any ReportContent, Language) -> MetricValue
  ) {
    self.name = name
    self.data = data
    self.shape = shape
    self.unit = unit
    self.label = label
    self.definition = definition
    self.compute = compute
  }

  public func value(_ content: any ReportContent, _ l: Language) -> MetricValue { compute(content, l) }
}

/// The rows of a table: what the first column shows and what every series is keyed by.
public enum Dimension: String, Sendable, CaseIterable {
  case month, quarter, year, week, age, stage, team, scenario, horizon, outcome, rule, municipality, route

  public var label: LocalizedText {
    switch self {
    case .month: LocalizedText("Monat", "Month")
    case .quarter: LocalizedText("Quartal", "Quarter")
    case .year: LocalizedText("Jahr", "Year")
    case .week: LocalizedText("Woche bis", "Week ending")
    case .age: LocalizedText("Alter seit Antrag", "Age since application")
    case .stage: LocalizedText("Bearbeitungsstand", "Stage")
    case .team: LocalizedText("Team", "Team")
    case .scenario: LocalizedText("Annahme", "Scenario")
    case .horizon: LocalizedText("Zeitpunkt", "Horizon")
    case .outcome: LocalizedText("Ergebnis", "Outcome")
    case .rule: LocalizedText("Regel", "Rule")
    case .municipality: LocalizedText("Kommune", "Municipality")
    case .route: LocalizedText("Weg", "Route")
    }
  }
}

/// A metric's value for one report.
public enum MetricValue: Sendable {
  case figure(Cell)
  case series([SeriesPoint])
  case list(ReportDocument.Table)
}

/// One row's value of a series: `key` joins the series of one table (`2026-01`), `label` is
/// what the first column shows.
public struct SeriesPoint: Sendable {
  public var key: String
  public var label: Cell
  public var value: Cell
  public init(_ key: String, _ label: Cell, _ value: Cell) {
    self.key = key
    self.label = label
    self.value = value
  }
}

extension Metric {
  /// A single value of data set `T`.
  static func figure<T: ReportContent>(
    _ name: String, _ data: ReportName, _ unit: Unit, _ label: LocalizedText, _ definition: LocalizedText,
    _ f: @escaping @Sendable (T) -> Cell
  ) -> Metric {
    Metric(name, data, .figure, unit, label: label, definition: definition) { content, _ in
      guard let t = content as? T else { return .figure(.empty) }
      return .figure(f(t))
    }
  }

  /// A single value of data set `T` in words of the report's language.
  static func localizedFigure<T: ReportContent>(
    _ name: String, _ data: ReportName, _ unit: Unit, _ label: LocalizedText, _ definition: LocalizedText,
    _ f: @escaping @Sendable (T, Language) -> Cell
  ) -> Metric {
    Metric(name, data, .figure, unit, label: label, definition: definition) { content, l in
      guard let t = content as? T else { return .figure(.empty) }
      return .figure(f(t, l))
    }
  }

  /// A value per row of `dimension` from data set `T`.
  static func series<T: ReportContent>(
    _ name: String, _ data: ReportName, _ dimension: Dimension, _ unit: Unit, _ label: LocalizedText, _ definition: LocalizedText,
    _ f: @escaping @Sendable (T, Language) -> [SeriesPoint]
  ) -> Metric {
    Metric(name, data, .series(dimension), unit, label: label, definition: definition) { content, l in
      guard let t = content as? T else { return .series([]) }
      return .series(f(t, l))
    }
  }

  /// A table of its own from data set `T`.
  static func list<T: ReportContent>(
    _ name: String, _ data: ReportName, _ label: LocalizedText, _ definition: LocalizedText,
    _ f: @escaping @Sendable (T, Language) -> ReportDocument.Table
  ) -> Metric {
    Metric(name, data, .list, .text, label: label, definition: definition) { content, l in
      guard let t = content as? T else { return .list(.init(columns: [], rows: [])) }
      return .list(f(t, l))
    }
  }
}

/// Short constructor for the library's texts.
func L(_ de: String, _ en: String) -> LocalizedText { LocalizedText(de, en) }
