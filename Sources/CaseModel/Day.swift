/// A calendar date without time of day (Europe/Berlin civil date), stored as days since 1970-01-01
/// in the proleptic Gregorian calendar. All legal periods are computed on `Day`s, never on `Date`.
public struct Day: Hashable, Comparable, Sendable {
  /// Days since 1970-01-01.
  public let ordinal: Int32

  public init(ordinal: Int32) { self.ordinal = ordinal }

  /// Returns nil for an impossible date such as 2023-02-29.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year),
      (1...9999).contains(year)
    else { return nil }
    ordinal = Int32(Day.daysFromCivil(year: year, month: month, day: day))
  }

  /// Parses exactly `YYYY-MM-DD`.
  public init?(iso text: some StringProtocol) {
    let parsed = text.utf8.withContiguousStorageIfAvailable { Day(isoBytes: $0) }
      ?? Array(text.utf8).withUnsafeBufferPointer { Day(isoBytes: $0) }
    guard let parsed else { return nil }
    self = parsed
  }

  /// Parses exactly `YYYY-MM-DD` from UTF-8 bytes (the JSON reader's path: no `String` made).
  public init?(isoBytes u: UnsafeBufferPointer<UInt8>) {
    guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
    var digits: UInt = 0  // 1 once a byte is not a digit
    @inline(__always) func digit(_ i: Int) -> Int {
      let d = UInt(u[i]) &- 48
      if d > 9 { digits |= 1 }
      return Int(bitPattern: d)
    }
    let y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
    let m = digit(5) * 10 + digit(6)
    let d = digit(8) * 10 + digit(9)
    guard digits == 0 else { return nil }
    self.init(year: y, month: m, day: d)
  }

  public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

  public var components: (year: Int, month: Int, day: Int) { Day.civil(fromDays: Int(ordinal)) }
  public var year: Int { components.year }
  public var month: Int { components.month }

  public var iso: String { format(german: false) }

  /// `DD.MM.YYYY`, the German form.
  public var german: String { format(german: true) }

  func format(german: Bool) -> String {
    String(unsafeUninitializedCapacity: 10) { b in
      write(to: b.baseAddress!, german: german)
      return 10
    }
  }

  /// Writes the 10 bytes of `YYYY-MM-DD` (`german`: `DD.MM.YYYY`) to `b`.
  public func write(to b: UnsafeMutablePointer<UInt8>, german: Bool) {
    let (y, m, d) = components
    func put(_ i: Int, _ v: Int) { b[i] = UInt8(truncatingIfNeeded: 48 + v) }
    if german {
      put(0, d / 10); put(1, d % 10); b[2] = 46; put(3, m / 10); put(4, m % 10); b[5] = 46
      put(6, y / 1000 % 10); put(7, y / 100 % 10); put(8, y / 10 % 10); put(9, y % 10)
    } else {
      put(0, y / 1000 % 10); put(1, y / 100 % 10); put(2, y / 10 % 10); put(3, y % 10); b[4] = 45
      put(5, m / 10); put(6, m % 10); b[7] = 45; put(8, d / 10); put(9, d % 10)
    }
  }

  /// The first and last day a `Day` can be (the years `YYYY` can write). Arithmetic that would
  /// leave this range stops at its ends instead of trapping: a date far out is already refused by
  /// the case-file validation, but a stored file or a query must never kill the process.
  public static let min = Day(ordinal: Int32(daysFromCivil(year: 1, month: 1, day: 1)))
  public static let max = Day(ordinal: Int32(daysFromCivil(year: 9999, month: 12, day: 31)))

  /// The day for a count of days since 1970-01-01, clamped to `Day.min...Day.max`.
  public init(clampingOrdinal n: Int) {
    self.init(ordinal: Int32(Swift.min(Swift.max(n, Int(Day.min.ordinal)), Int(Day.max.ordinal))))
  }

  /// The day for a year, month and day that may lie outside 1...9999 (clamped to the ends).
  static func clamped(year: Int, month: Int, day: Int) -> Day {
    if year < 1 { return .min }
    if year > 9999 { return .max }
    return Day(year: year, month: month, day: Swift.min(day, daysIn(month: month, year: year))) ?? .max
  }

  public func adding(days: Int) -> Day {
    let (sum, overflow) = Int(ordinal).addingReportingOverflow(days)
    return overflow ? (days < 0 ? .min : .max) : Day(clampingOrdinal: sum)
  }

  /// Adds calendar months; a day that does not exist in the target month is clamped to its last day
  /// (2024-01-31 + 1 month = 2024-02-29).
  public func adding(months: Int) -> Day {
    let (y, m, d) = components
    guard let total = Self.monthIndex(y, m, plus: months) else { return months < 0 ? .min : .max }
    return Day.clamped(year: total.floorDiv12, month: total.mod12 + 1, day: d)
  }

  public func adding(years: Int) -> Day {
    let (months, overflow) = years.multipliedReportingOverflow(by: 12)
    return overflow ? (years < 0 ? .min : .max) : adding(months: months)
  }

  /// `y * 12 + (m - 1) + more`, or nil when it overflows.
  static func monthIndex(_ y: Int, _ m: Int, plus more: Int) -> Int? {
    let (total, overflow) = (y * 12 + (m - 1)).addingReportingOverflow(more)
    return overflow ? nil : total
  }

  /// The first day after a period of `years` years and `months` months that begins on this day
  /// (§ 187 Abs. 2, § 188 Abs. 2 and 3 BGB): the day on which the period is complete.
  /// Five years begun on 2022-04-01 are complete on 2027-04-01; a period begun on 29 February (or on
  /// the 31st) whose corresponding day does not exist in the last month is complete on the first of
  /// the following month, since it ends with the last day of that month (§ 188 Abs. 3 BGB).
  public func completing(years: Int = 0, months: Int = 0) -> Day {
    let (y, m, d) = components
    let (yearMonths, o1) = years.multipliedReportingOverflow(by: 12)
    let (more, o2) = yearMonths.addingReportingOverflow(months)
    guard !o1, !o2, let total = Self.monthIndex(y, m, plus: more) else { return years < 0 || months < 0 ? .min : .max }
    let ny = total.floorDiv12
    let nm = total.mod12 + 1
    if d <= Day.daysIn(month: nm, year: ny) { return Day.clamped(year: ny, month: nm, day: d) }
    let next = total + 1
    return Day.clamped(year: next.floorDiv12, month: next.mod12 + 1, day: 1)
  }

  public func days(until other: Day) -> Int { Int(other.ordinal) - Int(ordinal) }

  /// Whole years of age on `date` for someone born on `self` (a birthday on 29 February counts as
  /// reached on 1 March in common years, § 188 Abs. 3 BGB).
  public func age(on date: Day) -> Int {
    let (by, bm, bd) = components
    let (y, m, d) = date.components
    var age = y - by
    if (m, d) < (bm, bd) { age -= 1 }
    return age
  }

  /// The day on which the person turns `years` old.
  public func birthday(turning years: Int) -> Day {
    let (by, bm, bd) = components
    let (y, overflow) = by.addingReportingOverflow(years)
    if overflow { return years < 0 ? .min : .max }
    if bm == 2, bd == 29, !Day.isLeap(y) { return Day.clamped(year: y, month: 3, day: 1) }
    return Day.clamped(year: y, month: bm, day: bd)
  }

  /// First of the month containing this day.
  public var startOfMonth: Day { Day.clamped(year: year, month: month, day: 1) }

  // MARK: - Calendar arithmetic (H. Hinnant's civil-from-days algorithms)

  public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  static func civil(fromDays z0: Int) -> (Int, Int, Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  static func pad(_ v: Int, _ width: Int) -> String {
    let s = String(v)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }
}

extension Int {
  /// Floor division and remainder by 12 (months before year 0 stay in 1...12).
  var floorDiv12: Int { self >= 0 ? self / 12 : (self - 11) / 12 }
  var mod12: Int { self - floorDiv12 * 12 }
}

extension Day: Codable {
  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    let text = try c.decode(String.self)
    guard let day = Day(iso: text) else {
      throw FieldError.invalid(path: decoder.codingPath, reason: .expected(.date, got: .text(text)))
    }
    self = day
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(iso)
  }
}

extension Day: CustomStringConvertible {
  public var description: String { iso }
}
