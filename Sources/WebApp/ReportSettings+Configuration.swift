import BacklogConfig
import Reports

extension ReportSettings {
  /// The authority, its address, the forecast target and the municipalities from the configuration file, where the
  /// settings do not name them themselves.
  public func completed(by config: BacklogConfiguration) -> ReportSettings {
    var s = self
    if s.authority.isEmpty, let office = config.office {
      s.authority = [office.name, office.unit].compactMap { $0 }.joined(separator: ", ")
      if s.address.isEmpty, let a = office.address { s.address = [a.street, a.postalCode + " " + a.city] }
    }
    if s.target == .default { s.target = ForecastTarget(config.forecast.target) }
    if s.municipalities.isEmpty { s.municipalities = config.municipalities.map(\.name) }
    return s
  }
}

extension ForecastTarget {
  public init(_ t: ForecastSettings.Target) {
    switch t {
    case .intakeOfLastWeeks(let w): self = .intakeOfLast(weeks: w)
    case .openAtMost(let n): self = .openAtMost(n)
    }
  }
}
