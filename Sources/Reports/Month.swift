import CaseModel

/// A calendar month, counted as `year * 12 + (month - 1)` so months subtract and compare.
public struct Month: Hashable, Comparable, Sendable, Strideable {
  public let index: Int

  public init(index: Int) { self.index = index }
  public init(_ day: Day) {
    let c = day.components
    index = c.year * 12 + c.month - 1
  }

  public var year: Int { index / 12 }
  public var month: Int { index % 12 + 1 }
  public var firstDay: Day { Day(year: year, month: month, day: 1)! }
  public var lastDay: Day { Day(year: year, month: month, day: Day.daysIn(month: month, year: year))! }
  /// `2022-01`
  public var iso: String { String(year) + "-" + (month < 10 ? "0" : "") + String(month) }
  /// `01.2022`
  public var german: String { (month < 10 ? "0" : "") + String(month) + "." + String(year) }
  /// `2022-Q1`, the quarter this month lies in.
  public var quarter: String { String(year) + "-Q" + String((month - 1) / 3 + 1) }

  public static func < (a: Month, b: Month) -> Bool { a.index < b.index }
  public func advanced(by n: Int) -> Month { Month(index: index + n) }
  public func distance(to other: Month) -> Int { other.index - index }
}

/// What every report is asked: which office, which period, and the date it is made on (the
/// injected clock; nothing in this module reads the system clock).
public struct ReportRequest: Sendable, Hashable {
  public var office: Office
  public var from: Day
  public var to: Day
  /// The day the snapshot reports (backlog, screening, forecast) describe: `to`, but never after
  /// today.
  public var asOf: Day
  /// The day the report is made on (the snapshot of today's open files is cheapest).
  public var today: Day

  public init(office: Office = .EBH, from: Day? = nil, to: Day? = nil, today: Day) {
    self.office = office
    self.today = today
    let end = to ?? today
    self.to = end
    self.from = from ?? Month(end).advanced(by: -23).firstDay
    asOf = min(end, today)
  }

  public var months: ClosedRange<Month> { Month(from)...Month(max(from, to)) }
}
