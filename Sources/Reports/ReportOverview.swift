import CaseModel

/// The state of one office's backlog at a glance (the web application's `/reports`): the open
/// files and how many are past three months (§ 75 VwGO), intake and closures over the last 12
/// months and what they did to the backlog, the median time to decision, the forecast clearing
/// dates, the referrals; and three small charts. Made from the same reports as the report
/// pages, so every figure agrees with them.
public struct ReportOverview: Sendable {
  public var office: Office
  /// The 12 months: from the first day of the month eleven months back to the as-of day.
  public var period: ReportRequest
  public var open: Int
  public var pastThreeMonths: Int
  public var pastOneYear: Int
  public var received: Int
  public var closed: Int
  public var closedKim: Int
  /// Files open at the end of the month before the 12 months.
  public var openBefore: Int
  public var medianDaysToDecision: Int?
  public var decisions: Int
  public var clearedBy50: Day?
  public var clearedBy85: Day?
  public var referralsSent: Int
  public var referralsResolved: Int
  public var referralsOpen: Int
  /// The 12 months' intake and closures and the backlog's ages, for the charts.
  public var throughput: ThroughputReport
  public var backlog: BacklogReport

  /// The period of the overview for a day: the current month and the eleven before it.
  public static func period(office: Office, today: Day) -> ReportRequest {
    ReportRequest(office: office, from: Month(today).advanced(by: -11).firstDay, to: today, today: today)
  }

  /// `throughput` covers one month more than `period` (the month before), for `openBefore`.
  init(period: ReportRequest, throughput: ThroughputReport, backlog: BacklogReport, cycleTime: CycleTimeReport,
       forecast: ForecastReport, referrals: ReferralsReport) {
    office = period.office
    self.period = period
    var months = throughput.months
    openBefore = months.isEmpty ? 0 : months.removeFirst().openAtEnd
    var shown = throughput
    shown.months = months
    shown.from = period.from.iso
    self.throughput = shown
    self.backlog = backlog
    open = backlog.open
    pastThreeMonths = backlog.pastThreeMonths
    pastOneYear = backlog.pastOneYear
    received = months.reduce(0) { $0 + $1.received }
    closed = months.reduce(0) { $0 + $1.closed }
    closedKim = months.reduce(0) { $0 + $1.closedByTeam.kim }
    medianDaysToDecision = cycleTime.overall.median
    decisions = cycleTime.overall.count
    let current = forecast.scenarios.first { $0.scenario == "current" }
    clearedBy50 = current?.clearedBy50.flatMap { Day(iso: $0) }
    clearedBy85 = current?.clearedBy85.flatMap { Day(iso: $0) }
    referralsSent = referrals.totals.sent
    referralsResolved = referrals.totals.resolved
    referralsOpen = referrals.open
  }

  /// Files open at the end of the period less those open before it: negative when the backlog shrank.
  public var change: Int { (throughput.months.last?.openAtEnd ?? open) - openBefore }

  /// The three small charts, each with the table of its numbers: intake and closures per month,
  /// open files at each month's end, the age of the open files.
  public func document(_ l: Language) -> ReportDocument {
    let flow = throughput.document(l), ages = backlog.document(l)
    func section(_ doc: ReportDocument, _ id: String) -> ReportDocument.Section? { doc.sections.first { $0.id == id } }
    return ReportDocument(
      name: "overview", title: l.pick("Berichte", "Reports"), subtitle: flow.subtitle, language: l,
      sections: [
        section(flow, "months")?.keeping(columns: [1, 2]), section(flow, "open"), section(ages, "age"),
      ].compactMap { $0 }.map { var s = $0; s.notes = []; return s })
  }
}

extension ReportDocument.Section {
  /// The section with only some of its table's columns (the first, the rows' label, always
  /// stays); its chart draws the series among them.
  public func keeping(columns kept: [Int]) -> Self {
    let all = [0] + kept
    var copy = self
    copy.table = .init(columns: all.map { table.columns[$0] }, rows: table.rows.map { row in all.map { row[$0] } })
    if var chart {
      chart.series = chart.series.compactMap { all.firstIndex(of: $0) }
      copy.chart = chart.series.isEmpty ? nil : chart
    }
    return copy
  }
}
