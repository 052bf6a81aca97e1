import CaseModel
import Hummingbird
import Reports

/// Turns one report into the values of `report.mustache`: the document's header and sections
/// (the same HTML as `backlog report --format html`), the tabs to the other reports, the period
/// picker and filters the report supports, the download links and the line printed on paper.
struct ReportPageView {
  let title: String
  let data: [String: Any]

  /// `given`: the query as typed, shown again in the form when it gave no report (`error`).
  init(
    name: ReportName, document: ReportDocument?, query: ReportQuery, given: Parameters?, error: AppError?, language: Language
  ) {
    let t = Strings.table(language)
    let renderer = HTMLRenderer()
    let request = query.request
    let path = "/reports/" + name.rawValue
    title = document?.title ?? t["report_" + name.rawValue] ?? name.rawValue
    func options(_ values: [String], selected: String?, label: (String) -> String) -> [[String: Any]] {
      values.map { ["value": $0, "label": label($0), "selected": $0 == selected] }
    }
    var d: [String: Any] = [
      "name": name.rawValue, "path": path,
      "header": renderer.header(document ?? ReportDocument(name: name.rawValue, title: title, subtitle: "", language: .init(language), sections: [])),
      "sections": document.map { renderer.sections($0) } ?? "", "footer": document.map(renderer.footer) ?? "",
      "overviewHref": "/reports" + (name.supportsOffice ? "?office=" + request.office.rawValue : ""),
      "tabs": ReportName.allCases.map { other -> [String: Any] in
        ["label": t["report_" + other.rawValue] ?? other.rawValue, "href": "/reports/" + other.rawValue + query.string(for: other),
         "current": other == name]
      },
      "from": given?.get("from") ?? request.from.iso, "to": given?.get("to") ?? request.to.iso,
      "showOffice": name.supportsOffice, "showTeam": name.supportsTeam,
      "offices": options(Office.allCases.map(\.rawValue), selected: given?.get("office") ?? request.office.rawValue) { t["office_" + $0] ?? $0 },
      "teams": options(Team.allCases.map(\.rawValue), selected: given?.get("team") ?? request.team?.rawValue) { t["reports_team_" + $0] ?? $0 },
      "quick": ReportQuery.quickPeriods(today: request.today).map { p -> [String: Any] in
        ["label": t[p.key] ?? p.key, "href": path + query.string(period: (p.from, p.to)),
         "current": error == nil && request.from == p.from && request.to == p.to]
      },
      "printedOn": language == .de ? request.today.german : request.today.iso, "stylesheets": ["/static/reports.css"],
    ]
    d["hasDownloads"] = document != nil
    if document != nil {
      d["downloads"] = [
        ["label": t["reports_csv_excel"]!, "href": path + query.string(extra: [("format", "csv")])],
        ["label": t["reports_csv_plain"]!, "href": path + query.string(extra: [("format", "csv-plain")])],
        ["label": t["reports_json"]!, "href": path + query.string(extra: [("format", "json")])],
      ]
    }
    if let error {
      d["error"] = ["message": t["reports_bad_query"]!, "details": error.details.map { ($0.field.map { $0 + ": " } ?? "") + $0.reason }]
    }
    data = d
  }
}
