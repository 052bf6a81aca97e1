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
