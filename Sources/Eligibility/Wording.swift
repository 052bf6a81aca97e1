import CaseModel

/// Spans of years and months for reasons ("4 Jahre 8 Monate" / "4 years 8 months"; see
/// `Wording.Span` and `ReasonText`).
public enum Wording {
  static func years(_ n: Int) -> Span { Span(years: n, months: 0) }

  /// Whole years and months from `start` (inclusive) through the day before `end`, counted as
  /// `Day.completing` counts them.
  static func elapsed(from start: Day, to end: Day) -> Span {
    guard start < end else { return Span(years: 0, months: 0) }
    let (sy, sm, _) = start.components
    let (ey, em, _) = end.components
    var total = (ey - sy) * 12 + (em - sm)
    while total > 0, start.completing(months: total) > end { total -= 1 }
    return Span(years: total / 12, months: total % 12)
  }
}
