import CaseModel
import CaseStore

/// The values of `published.mustache`: the published reports, newest first.
struct PublishedListView: PageContent {
  static let template = "published"

  struct Item: TemplateValues {
    let id: Int64
    let title: String
    let office: String
    let team: String
    let period: String
    let asOf: String
    let publishedAt: String
    let publishedBy: String
    let href: String
  }

  let items: [Item]
  let empty: Bool
  let stylesheets = ["/static/reports.css"]

  init(_ reports: [PublishedReport], language: Language) {
    let german = language == .de
    func day(_ iso: String) -> String { german ? Day(iso: iso)?.german ?? iso : iso }
    items = reports.map { r in
      Item(
        id: r.id, title: r.title, office: r.office, team: [r.team, r.municipality].compactMap { $0 }.joined(separator: ", "),
        period: day(r.from) + " – " + day(r.to), asOf: day(r.asOf),
        publishedAt: BerlinTime.text(r.publishedAt, german: german), publishedBy: r.publishedBy,
        href: "/reports/published/\(r.id)")
    }
    empty = reports.isEmpty
  }
}

/// The values of `published_report.mustache`: one published report as it went out, what froze
/// it (period, filters, data time, publisher, rule set) and its downloads.
struct PublishedReportView: PageContent {
  static let template = "published_report"

  let title: String
  /// The stored page's body (HTML made by the report renderer).
  let body: String
  let saved: Bool
  let facts: [String]
  let downloads: [NavLink]
  let stylesheets = ["/static/reports.css"]

  init(_ r: PublishedReport, saved: Bool, texts t: Texts) {
    let german = t.isGerman
    func time(_ iso: String) -> String { BerlinTime.text(iso, german: german) }
    title = r.title
    body = Self.body(of: r.html)
    self.saved = saved
    facts = [
      [t[.published_period], (german ? Day(iso: r.from)?.german : nil) ?? r.from, (german ? Day(iso: r.to)?.german : nil) ?? r.to]
        .joined(separator: " "),
      t[.reports_office] + ": " + r.office + (r.team.map { ", " + t[.reports_team] + ": " + $0 } ?? "")
        + (r.municipality.map { ", " + t[.reports_municipality] + ": " + $0 } ?? ""),
      t[.published_data_as_of] + ": " + time(r.dataAsOf),
      t[.published_by] + ": " + r.publishedBy + ", " + time(r.publishedAt),
      t[.published_ruleset] + ": " + (r.rulesetVersion ?? "–"),
    ]
    let downloads: [(String, StringKey)] = [
      ("html", .published_html), ("csv", .reports_csv_excel), ("csv-plain", .reports_csv_plain), ("json", .reports_json),
    ]
    self.downloads = downloads.map { NavLink(label: t[$0.1], href: "/reports/published/\(r.id)?format=\($0.0)") }
  }

  /// The page's body as stored (the self-contained page's `<body>`; its inline style is left
  /// out, the page's stylesheet draws the same classes).
  static func body(of html: String) -> String {
    guard let open = html.range(of: "<body class=\"report\">"), let close = html.range(of: "</body>", options: .backwards) else { return "" }
    return String(html[open.upperBound..<close.lowerBound])
  }
}
