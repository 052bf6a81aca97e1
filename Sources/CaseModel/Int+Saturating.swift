extension Int {
  /// A whole number from a `Double` that can be anything (a fact of a stored file, a product of
  /// two facts): `Int(_:)` traps on NaN, infinities and values beyond `Int`'s range; this stops at
  /// the range's ends and reads NaN as 0.
  public init(saturating value: Double) {
    if value.isNaN {
      self = 0
    } else if value >= 9_223_372_036_854_775_807.0 {
      self = .max
    } else if value <= -9_223_372_036_854_775_808.0 {
      self = .min
    } else {
      self = Int(value)
    }
  }

  /// `self + other`, stopping at `Int.max` / `Int.min` instead of trapping (sums of facts).
  public func saturatingAdding(_ other: Int) -> Int {
    let (sum, overflow) = addingReportingOverflow(other)
    return overflow ? (other < 0 ? .min : .max) : sum
  }
}
