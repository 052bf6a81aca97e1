// Plausible ranges for the dates and numbers of a case file. A value of the right type can still
// be absurd (a marriage since 9999-12-31, an income of 1e21 euros, a sentence of 2^63 months):
// such a value is a typing or export error, and the screening and reports must never see it.
// Kept apart from `validate()`'s consistency checks so each set of checks stays readable.

extension CaseFile {
  /// The range every date of a file must lie in.
  public static let plausibleDays = Day(year: 1900, month: 1, day: 1)!...Day(year: 2100, month: 12, day: 31)!
  /// Euros a month (income, need): a generous bound far above any salary seen in these files.
  public static let plausibleMonthlyEuros = 0.0...1_000_000.0
  /// Months of a sentence (§ 38 StGB: at most 15 years, or life; 100 years covers every record).
  public static let plausibleSentenceMonths = 0.0...1_200.0
  /// Daily rates of a fine (§ 40 Abs. 1 StGB: up to 360, up to 720 for a total fine, § 54 Abs. 2).
  public static let plausibleDailyRates = 0...720
  /// Years of school in Germany, counts of spouses and minor children.
  public static let plausibleSchoolYears = 0.0...30.0
  public static let plausibleSpouses = 0...10
  public static let plausibleChildren = 0...30

  /// Every date and number outside its plausible range, with the field named.
  public func plausibilityErrors() -> [FieldError] {
    var errors: [FieldError] = []
    func number(_ path: @autoclosure () -> String, _ value: Double?, _ range: ClosedRange<Double>) {
      if let value, !(value.isFinite && range.contains(value)) {
        errors.append(FieldError(path: path(), reason: .plausibleRange(Self.plain(range.lowerBound), Self.plain(range.upperBound), got: "\(value)")))
      }
    }
    func count(_ path: @autoclosure () -> String, _ value: Int?, _ range: ClosedRange<Int>) {
      if let value, !range.contains(value) {
        errors.append(FieldError(path: path(), reason: .plausibleRange("\(range.lowerBound)", "\(range.upperBound)", got: "\(value)")))
      }
    }
    forEachDate { path, value, _ in
      if let value, !Self.plausibleDays.contains(value) {
        errors.append(FieldError(path: path(), reason: .plausibleDate(value)))
      }
    }
    for (i, c) in (convictions ?? []).enumerated() {
      count("convictions[\(i)].daily_rates", c.dailyRates, Self.plausibleDailyRates)
      number("convictions[\(i)].months", c.months, Self.plausibleSentenceMonths)
    }
    count("spouses_count", spousesCount, Self.plausibleSpouses)
    count("household.minor_children", household?.minorChildren, Self.plausibleChildren)
    number("school.years_attended_in_germany", school?.yearsAttendedInGermany, Self.plausibleSchoolYears)
    number("livelihood.income_monthly", livelihood?.incomeMonthly, Self.plausibleMonthlyEuros)
    number("livelihood.need_monthly", livelihood?.needMonthly, Self.plausibleMonthlyEuros)
    return errors
  }

  static func plain(_ v: Double) -> String { Int(exactly: v).map(String.init) ?? String(v) }
}
