import CaseModel
import CaseStore

/// Intake, closures and the open backlog per month (spec section 7, report `throughput`).
///
/// - `received`: files whose `received_on` lies in the month.
/// - `closed`: entries that move a file from an open status into granted, refused or withdrawn,
///   by the entry's date; a reopened file that closes again counts again.
/// - `closed_by_team`: the same closures by the file's team (`kim` = module-3 clerks); files
///   without a team count in `closed` only.
/// - `open_at_end`: files received on or before the month's last day whose status at its end
///   is not closed (a reopened file counts as open again).
public struct ThroughputReport: ReportContent, Codable, Sendable, Equatable {
  public struct MonthRow: Codable, Sendable, Equatable {
    public var month: String
    public var received: Int
    public var closed: Int
    public var granted: Int
    public var refused: Int
    public var withdrawn: Int
    public var closedByTeam: TeamCounts
    public var openAtEnd: Int

    enum CodingKeys: String, CodingKey {
      case month, received, closed, granted, refused, withdrawn
      case closedByTeam = "closed_by_team", openAtEnd = "open_at_end"
    }
  }

  public struct TeamCounts: Codable, Sendable, Equatable {
    public var kim: Int
    public var regular: Int
  }

  public var report = "throughput"
  public var office: String
  public var from: String
  public var to: String
  /// The team the report is limited to (absent: all files).
  public var team: String?
  public var months: [MonthRow]

  public init(_ histories: [FileHistory], request: ReportRequest) {
    let flow = MonthlyFlow(histories, months: request.months)
    office = request.office.rawValue
    from = request.from.iso
    to = request.to.iso
    team = request.team?.rawValue
    months = flow.months.indices.map { i in
      MonthRow(
        month: flow.months[i].iso, received: flow.received[i], closed: flow.closed[i],
        granted: flow.closedAs[i][CaseStatus.granted.index], refused: flow.closedAs[i][CaseStatus.refused.index],
        withdrawn: flow.closedAs[i][CaseStatus.withdrawn.index],
        closedByTeam: TeamCounts(kim: flow.closedKim[i], regular: flow.closedRegular[i]),
        openAtEnd: flow.openAtEnd(i))
    }
  }

  /// Sums over the months whose `YYYY` prefix is `year`.
  public func total(_ year: Int, _ value: (MonthRow) -> Int) -> Int {
    months.filter { Month(iso: $0.month)?.year == year }.reduce(0) { $0 + value($1) }
  }
}
