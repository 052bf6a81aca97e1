/// The reports of `backlog report NAME` and `GET /api/v1/reports/NAME`.
public enum ReportName: String, CaseIterable, Sendable {
  case throughput, backlog
  case cycleTime = "cycle-time"
  case forecast, screening, referrals, abh

  public static var list: String { allCases.map(\.rawValue).joined(separator: ", ") }

  /// The reports that count files by their team (`--team kim|regular`): the flow reports over
  /// the files' histories. The forecast draws on every clerk's closures, the snapshots and the
  /// referrals know no team.
  public var supportsTeam: Bool { self == .throughput || self == .backlog || self == .cycleTime }

  /// The reports that can be limited to the files of one municipality (`--municipality`): all.
  /// The flow reports and the forecast count that municipality's files (the forecast's clerks
  /// are those who closed its files), the snapshots its open files, the referrals those of its
  /// files.
  public var supportsMunicipality: Bool { true }

  /// Whether the report reads every file's status history (`HistoryLoader`): the flow reports
  /// always, the snapshots of open files when they describe a day before today.
  public func readsHistories(_ request: ReportRequest) -> Bool {
    switch self {
    case .throughput, .backlog, .cycleTime, .forecast: true
    case .screening, .abh: request.asOf < request.today
    case .referrals: false
    }
  }

  /// Every report but `abh` (the immigration office's Duldung caseload) is made for one office.
  public var supportsOffice: Bool { self != .abh }
}

/// A report that cannot be made: unknown name, a filter it does not support, or bad input.
public struct ReportError: Error, CustomStringConvertible, Sendable {
  public var description: String
  /// The parameter at fault (`team`, `from`), if one is.
  public var field: String?
  public init(_ description: String, field: String? = nil) {
    self.description = description
    self.field = field
  }
}
