import CaseModel

/// Short German and English phrases for reasons ("4 Jahre 8 Monate" / "4 years 8 months").
enum Wording {
  static func duration(years: Int, months: Int) -> (de: String, en: String) {
    var de: [String] = []
    var en: [String] = []
    if years > 0 || months == 0 {
      de.append("\(years) \(years == 1 ? "Jahr" : "Jahre")")
      en.append("\(years) \(years == 1 ? "year" : "years")")
    }
    if months > 0 {
      de.append("\(months) \(months == 1 ? "Monat" : "Monate")")
      en.append("\(months) \(months == 1 ? "month" : "months")")
    }
    return (de.joined(separator: " "), en.joined(separator: " "))
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
