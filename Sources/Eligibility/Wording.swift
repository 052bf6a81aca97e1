import CaseModel

/// Short German and English phrases for reasons ("4 Jahre 8 Monate" / "4 years 8 months").
enum Wording {
  static func duration(years: Int, months: Int) -> (de: String, en: String) {
    let y = years > 0 || months == 0
    let yde = y ? "\(years) \(years == 1 ? "Jahr" : "Jahre")" : ""
    let yen = y ? "\(years) \(years == 1 ? "year" : "years")" : ""
    guard months > 0 else { return (yde, yen) }
    let mde = "\(months) \(months == 1 ? "Monat" : "Monate")"
    let men = "\(months) \(months == 1 ? "month" : "months")"
    return y ? (yde + " " + mde, yen + " " + men) : (mde, men)
  }

  static func years(_ n: Int) -> (de: String, en: String) { duration(years: n, months: 0) }

  /// Whole years and months from `start` (inclusive) through the day before `end`, counted as
  /// `Day.completing` counts them.
  static func elapsed(from start: Day, to end: Day) -> (years: Int, months: Int) {
    guard start < end else { return (0, 0) }
    let (sy, sm, _) = start.components
    let (ey, em, _) = end.components
    var total = (ey - sy) * 12 + (em - sm)
    while total > 0, start.completing(months: total) > end { total -= 1 }
    return (total / 12, total % 12)
  }

  static func elapsedText(from start: Day, to end: Day) -> (de: String, en: String) {
    let e = elapsed(from: start, to: end)
    return duration(years: e.years, months: e.months)
  }
}
