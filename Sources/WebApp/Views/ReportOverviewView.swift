import CaseModel
import Reports

/// The values of `reports.mustache`, the overview of one office: one sentence on where
/// the backlog is going, the key figures (each linking to the report it comes from), three small
/// charts with their tables, and the list of all reports. Counts from 1 to 4 show as "< 5",
/// as everywhere in the reports.
struct ReportOverviewView: PageContent {
  static let template = "reports"

  struct Figure: TemplateValues {
    let label: String
    let value: String
    var warn = false
    let hint: String
    let href: String
  }

  struct Report: TemplateValues {
    let label: String
    let description: String
    let href: String
  }

  let title: String
  let officeLabel: String
  let period: String
  let offices: [NavLink]
  /// The municipality filter: the office shown (kept by the form) and the choices; the period
  /// line under the title names the chosen municipality.
  let officeValue: String
  let municipalities: [Choice]
  let lead: String
  let figures: [Figure]
  /// The charts with their tables (HTML made by the report renderer).
  let charts: String
  let reports: [Report]
  let printedOn: String
  let stylesheets = ["/static/reports.css"]

  /// The name of a report in tabs and lists: the interface's own word for the seven original
  /// ones, else the definition's title.
  static func shortTitle(_ d: ReportDefinition, _ language: Language) -> String {
    Texts.of(language).word(.report, d.name) ?? d.title.pick(.init(language))
  }

  init(_ o: ReportOverview, catalog: ReportCatalog, today: Day, municipalities: [String] = [], language: Language) {
    let t = Texts.of(language)
    let german = language == .de
    let throughput = catalog.report("throughput") ?? ReportDefinition(
      name: "throughput", file: "", title: .init("", ""), purpose: .init("", ""), filters: [.office], sections: [])
    let query = ReportQuery(definition: throughput, request: o.period, from: o.period.from, to: o.period.to)
    func href(_ name: String) -> String {
      guard let d = catalog.report(name) else { return "/reports/" + name }
      return "/reports/" + name + query.string(for: d)
    }
    func count(_ n: Int) -> String { n > 0 && n < CellFormat.smallCountThreshold ? "< 5" : Self.grouped(n, german: german) }
    func date(_ d: Day) -> String { german ? d.german : d.iso }
    let share = o.open > 0 ? Int((Double(o.pastThreeMonths) * 100 / Double(o.open)).rounded()) : 0
    let kimShare = o.closed > 0 ? Int((Double(o.closedKim) * 100 / Double(o.closed)).rounded()) : 0
    let change = o.change
    figures = [
      Figure(label: t[.fig_open], value: count(o.open), hint: t[.reports_as_of] + " " + date(o.period.asOf), href: href("backlog")),
      Figure(label: t[.fig_past_3m], value: count(o.pastThreeMonths), warn: o.pastThreeMonths > 0,
        hint: "\(share)\u{00A0}" + t[.fig_past_3m_hint] + " " + count(o.pastOneYear), href: href("backlog")),
      Figure(label: t[.fig_received], value: count(o.received), hint: t[.reports_since] + " " + date(o.period.from), href: href("throughput")),
      Figure(label: t[.fig_closed], value: count(o.closed), hint: t[.fig_closed_hint] + " " + count(o.closedKim) + " (\(kimShare)\u{00A0}%)",
        href: href("throughput")),
      Figure(label: t[.fig_change], value: (change > 0 ? "+" : change < 0 ? "−" : "± ") + Self.grouped(abs(change), german: german),
        warn: change > 0, hint: count(o.openBefore) + " " + t[.fig_change_hint] + " " + date(o.period.from.adding(days: -1)),
        href: href("throughput")),
      Figure(label: t[.fig_median], value: o.medianDaysToDecision.map { Self.grouped($0, german: german) } ?? "–",
        hint: t[.fig_median_hint] + " " + count(o.decisions), href: href("cycle-time")),
      Figure(label: t[.fig_cleared],
        value: o.trend == "at_target" ? t[.fig_at_target] : o.backlogClearedBy50.map(date) ?? t[.fig_not_in_sight],
        warn: o.trend == "not_shrinking",
        hint: (o.trend == "not_shrinking" ? t[.fig_not_shrinking] + " " : "") + t[.fig_cleared_hint] + " "
          + (o.backlogClearedBy85.map(date) ?? t[.fig_not_in_sight]) + ". " + t[.fig_target_hint].replacingOccurrences(of: "{n}", with: count(o.targetToday)),
        href: href("forecast")),
      Figure(label: t[.fig_todays_files], value: o.clearedBy50.map(date) ?? t[.fig_not_in_sight],
        hint: t[.fig_todays_files_hint] + " " + (o.clearedBy85.map(date) ?? t[.fig_not_in_sight]), href: href("forecast")),
      Figure(label: t[.fig_referrals], value: count(o.referralsSent),
        hint: t[.fig_referrals_hint] + " " + count(o.referralsResolved) + " / " + count(o.referralsOpen), href: href("referrals")),
    ]
    var lead = change < 0 ? t[.lead_shrank] : change > 0 ? t[.lead_grew] : t[.lead_same]
    if o.trend == "not_shrinking" { lead = t[.lead_not_shrinking] + " " + lead }
    let flow = t[.lead_flow].replacingOccurrences(of: "{received}", with: count(o.received))
      .replacingOccurrences(of: "{closed}", with: count(o.closed)).replacingOccurrences(of: "{open}", with: count(o.open))
      .replacingOccurrences(of: "{past}", with: count(o.pastThreeMonths))
    let empty = o.open == 0 && o.received == 0 && o.closed == 0 && o.openBefore == 0
    let doc = o.document(.init(language))
    let renderer = HTMLRenderer()
    officeLabel = t.word(.office, o.office.rawValue) ?? o.office.rawValue
    title = t[.reports_title] + " – " + officeLabel
    self.period = doc.subtitle
    officeValue = o.office.rawValue
    let chosen = o.period.municipality
    self.municipalities = MunicipalityLoader.choices(configured: municipalities, inData: [chosen].compactMap { $0 })
      .map { Choice(value: $0, label: $0, selected: $0 == chosen) }
    offices = Office.allCases.map {
      NavLink(label: t.word(.office, $0.rawValue) ?? $0.rawValue, href: "/reports?office=" + $0.rawValue, current: $0 == o.office)
    }
    self.lead = empty ? t[.lead_empty] : lead.replacingOccurrences(of: "{n}", with: Self.grouped(abs(change), german: german)) + " " + flow
    charts = doc.sections.enumerated().map { i, s in renderer.section(s, id: "o\(i)", language: doc.language, compact: true) }.joined()
    reports = catalog.reports.map {
      Report(label: Self.shortTitle($0, language), description: $0.purpose.pick(.init(language)), href: href($0.name))
    }
    printedOn = date(today)
  }

  /// `2.560` in German, `2,560` in English.
  static func grouped(_ n: Int, german: Bool) -> String {
    let digits = String(abs(n))
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out += german ? "." : "," }
      out.append(c)
    }
    return (n < 0 ? "−" : "") + out
  }
}
