import CaseModel

/// A report ready for people: a title, the period, and sections of one table each, optionally
/// drawn as a chart above it (the table always comes with the chart, so it reads without colour
/// and with a screen reader). Holds aggregates only.
public struct ReportDocument: Sendable {
  public var name: String
  public var title: String
  public var subtitle: String
  public var sections: [Section]
  public var language: Language
  /// Every figure defined in words, printed under the report.
  public var footnotes: [String] = []
  /// The cover page of a report for a committee.
  public var cover: Cover?
  /// The filter that limits the report to part of the files, in words ("Kommune: Siegburg"),
  /// printed as the CSV's first line; nil for all files.
  public var filter: String?

  public struct Cover: Sendable {
    public var authority: String
    public var address: [String]
    public var title: String
    public var period: String
    public var date: String
    public var author: String
    /// Period, date and author labels in the report's language.
    public var labels: (period: String, date: String, author: String)
  }

  public init(name: String, title: String, subtitle: String, language: Language, sections: [Section]) {
    self.name = name
    self.title = title
    self.subtitle = subtitle
    self.sections = sections
    self.language = language
  }

  public struct Section: Sendable {
    /// File-safe id, used for one-CSV-per-table output (`throughput-months.csv`).
    public var id: String
    public var title: String
    public var notes: [String]
    public var table: Table
    public var chart: Chart?

    public init(id: String, title: String, notes: [String] = [], table: Table, chart: Chart? = nil) {
      self.id = id
      self.title = title
      self.notes = notes
      self.table = table
      self.chart = chart
    }
  }

  public struct Table: Sendable {
    public var columns: [String]
    public var rows: [[Cell]]
    public init(columns: [String], rows: [[Cell]]) {
      self.columns = columns
      self.rows = rows
    }
  }

  /// A chart of some numeric columns of the section's table against its first column.
  public struct Chart: Sendable {
    public enum Kind: Sendable { case bars, stackedBars, lines, stackedArea }
    public var kind: Kind
    public var series: [Int]
    public var xLabel: String
    public var yLabel: String
    public init(_ kind: Kind, series: [Int], xLabel: String, yLabel: String) {
      self.kind = kind
      self.series = series
      self.xLabel = xLabel
      self.yLabel = yLabel
    }
  }
}

/// One table cell. `count` is a number of files (small ones are suppressed in exports);
/// `number` any other quantity (days, weeks, rates).
public enum Cell: Sendable, Equatable {
  case text(String)
  case count(Int)
  case number(Double, digits: Int)
  case day(Day)
  case month(Month)
  case empty

  /// The value a chart draws.
  var value: Double? {
    switch self {
    case .count(let n): Double(n)
    case .number(let x, _): x
    default: nil
    }
  }
}

/// The language of labels: German by default, English on request.
public enum Language: String, Sendable, CaseIterable {
  case de, en
  public func pick(_ german: String, _ english: String) -> String { self == .de ? german : english }
}
