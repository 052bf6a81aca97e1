import CaseModel

/// What every report is asked: which office, which period, optionally which team, and the date
/// it is made on (the injected clock; nothing in this module reads the system clock).
public struct ReportRequest: Sendable, Hashable {
  public var office: Office
  public var from: Day
  public var to: Day
  /// The day the snapshot reports (backlog, screening, forecast) describe: `to`, but never after
  /// today.
  public var asOf: Day
  /// The day the report is made on (the snapshot of today's open files is cheapest).
  public var today: Day
  /// Only the files of this team (`kim` = module-3 clerks), for the reports that support it
  /// (`ReportName.supportsTeam`); nil for all files.
  public var team: Team?
  /// Only the files of this municipality (`person.municipality` as stored: the configured name),
  /// for the reports that support it (`ReportName.supportsMunicipality`); nil for all files.
  public var municipality: String?
  /// When the forecast counts the backlog as cleared (the office's configuration).
  public var forecastTarget: ForecastTarget = .default

  public init(office: Office = .EBH, from: Day? = nil, to: Day? = nil, team: Team? = nil, municipality: String? = nil, today: Day) {
    self.office = office
    self.today = today
    self.team = team
    self.municipality = municipality
    let end = to ?? today
    self.to = end
    self.from = from ?? Month(end).advanced(by: -23).firstDay
    asOf = min(end, today)
  }

  public var months: ClosedRange<Month> { Month(from)...Month(max(from, to)) }
}
