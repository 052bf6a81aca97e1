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

  /// Whole years and months from `start` (inclusive) through the day before `end`.
  static func elapsed(from start: Day, to end: Day) -> (years: Int, months: Int) {
    guard start < end else { return (0, 0) }
    var y = 0
    while start.completing(years: y + 1) <= end { y += 1 }
    let base = start.completing(years: y)
    var m = 0
    while m < 12, base.completing(months: m + 1) <= end { m += 1 }
    return (y, m)
  }

  static func elapsedText(from start: Day, to end: Day) -> (de: String, en: String) {
    let e = elapsed(from: start, to: end)
    return duration(years: e.years, months: e.months)
  }
}
