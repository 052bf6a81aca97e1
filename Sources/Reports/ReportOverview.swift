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
  /// When today's open files are decided (no new intake), 50 % and 85 %.
  public var clearedBy50: Day?
  public var clearedBy85: Day?
  /// When the backlog meets the target with intake and closures together (50 %, 85 %), and
  /// where it goes: `at_target`, `shrinking`, `not_shrinking`.
  public var backlogClearedBy50: Day?
  public var backlogClearedBy85: Day?
  public var trend: String
  public var targetToday: Int
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
    let backlogCurrent = forecast.backlogScenarios.first { $0.scenario == "current" }
    backlogClearedBy50 = backlogCurrent?.clearedBy50.flatMap { Day(iso: $0) }
    backlogClearedBy85 = backlogCurrent?.clearedBy85.flatMap { Day(iso: $0) }
    trend = forecast.trend
    targetToday = forecast.targetToday
    referralsSent = referrals.totals.sent
    referralsResolved = referrals.totals.resolved
    referralsOpen = referrals.open
  }

  /// Files open at the end of the period less those open before it: negative when the backlog shrank.
  public var change: Int { (throughput.months.last?.openAtEnd ?? open) - openBefore }

  /// The three small charts, each with the table of its numbers: intake and closures per month,
  /// open files at each month's end, the age of the open files (metrics of the library).
  public func document(_ l: Language) -> ReportDocument {
    let definition = ReportDefinition(
      name: "overview", file: "", title: LocalizedText("Berichte", "Reports"), purpose: LocalizedText("Überblick", "Overview"),
      sections: [
        SectionDefinition(
          id: "months", title: LocalizedText("Eingänge und Erledigungen je Monat", "Received and closed per month"),
          content: .table([.init(metric: "received"), .init(metric: "closed")]), chart: .init(kind: .bars, series: ["received", "closed"])),
        SectionDefinition(
          id: "open", title: LocalizedText("Offener Bestand am Monatsende", "Open files at month end"),
          content: .table([.init(metric: "open_at_end")]), chart: .init(kind: .lines, series: ["open_at_end"])),
        SectionDefinition(
          id: "age", title: LocalizedText("Alter der offenen Akten", "Age of open files"),
          content: .table([.init(metric: "age_bands")]), chart: .init(kind: .bars, series: ["age_bands"])),
      ])
    var request = period
    request.from = Day(iso: throughput.from) ?? period.from
    var doc = DefinedReport(definition: definition, request: request, data: [.throughput: throughput, .backlog: backlog]).document(l)
    doc.footnotes = []
    return doc
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
