/// The reports of `backlog report NAME` and `GET /api/v1/reports/NAME`.
public enum ReportName: String, CaseIterable, Sendable {
  case throughput, backlog
  case cycleTime = "cycle-time"
  case forecast, screening, abh
  /// Reserved for the referral feature: the name is known, the report is not built yet.
  case referrals

  public static var list: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// A report that cannot be made: unknown name, not yet available, or bad input.
public struct ReportError: Error, CustomStringConvertible, Sendable {
  public var description: String
  public init(_ description: String) { self.description = description }
}
