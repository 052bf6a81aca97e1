import CaseModel

/// A calendar month, counted as `year * 12 + (month - 1)` so months subtract and compare.
public struct Month: Hashable, Comparable, Sendable, Strideable {
  public let index: Int

  public init(index: Int) { self.index = index }
  public init(_ day: Day) {
    let i = Int(day.ordinal) - Self.tableStart
    if i >= 0, i < Self.table.count {
      index = Int(Self.table[i])
    } else {
      let c = day.components
      index = c.year * 12 + c.month - 1
    }
  }

  /// The month of every day from 1970 to 2199, looked up by the reports (a million times a
  /// report) instead of computed from the day's ordinal each time.
  static let tableStart = 0
  static let table: [Int32] = {
    var out: [Int32] = []
    let end = Day(year: 2199, month: 12, day: 31).map { Int($0.ordinal) } ?? 0
    out.reserveCapacity(end + 1)
    var index = 1970 * 12
    while out.count <= end {
      let days = Day.daysIn(month: index % 12 + 1, year: index / 12)
      out.append(contentsOf: repeatElement(Int32(index), count: min(days, end + 1 - out.count)))
      index += 1
    }
    return out
  }()

  /// `2022-01` back into a month; nil for anything else.
  public init?(iso: some StringProtocol) {
    let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]),
      (1...9999).contains(y), (1...12).contains(m)
    else { return nil }
    index = y * 12 + m - 1
  }

  public var year: Int { index / 12 }
  public var month: Int { index % 12 + 1 }
  public var firstDay: Day { Day(year: year, month: month, day: 1) ?? (index < 12 ? .min : .max) }
  public var lastDay: Day {
    Day(year: year, month: month, day: Day.daysIn(month: month, year: year)) ?? (index < 12 ? .min : .max)
  }
  /// `2022-01` (the year with four digits, also before 1000, so it reads back)
  public var iso: String { Self.year4(year) + "-" + (month < 10 ? "0" : "") + String(month) }
  /// `01.2022`
  public var german: String { (month < 10 ? "0" : "") + String(month) + "." + Self.year4(year) }

  static func year4(_ y: Int) -> String {
    let s = String(y)
    return y >= 0 && s.count < 4 ? String(repeating: "0", count: 4 - s.count) + s : s
  }
  /// `2022-Q1`, the quarter this month lies in.
  public var quarter: String { String(year) + "-Q" + String((month - 1) / 3 + 1) }

  public static func < (a: Month, b: Month) -> Bool { a.index < b.index }
  public func advanced(by n: Int) -> Month { Month(index: index + n) }
  public func distance(to other: Month) -> Int { other.index - index }
}
