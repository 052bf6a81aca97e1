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
    catalog: ReportCatalog, document: ReportDocument?, query: ReportQuery, given: Parameters?, error: AppError?,
    municipalities: [String] = [], language: Language
  ) {
    let definition = query.definition
    let t = Strings.table(language)
    let renderer = HTMLRenderer()
    let request = query.request
    let path = "/reports/" + definition.name
    title = document?.title ?? definition.title.pick(.init(language))
    func options(_ values: [String], selected: String?, label: (String) -> String) -> [[String: Any]] {
      values.map { ["value": $0, "label": label($0), "selected": $0 == selected] }
    }
    var d: [String: Any] = [
      "name": definition.name, "path": path, "purpose": definition.purpose.pick(.init(language)),
      "header": renderer.header(document ?? ReportDocument(name: definition.name, title: title, subtitle: "", language: .init(language), sections: [])),
      "sections": document.map { renderer.sections($0) } ?? "", "footer": document.map(renderer.footer) ?? "",
      "overviewHref": "/reports" + (definition.offersOffice ? "?office=" + request.office.rawValue : ""),
      "tabs": catalog.reports.map { other -> [String: Any] in
        ["label": ReportOverviewView.shortTitle(other, language), "href": "/reports/" + other.name + query.string(for: other),
         "current": other.name == definition.name]
      },
      "from": given?.get("from") ?? request.from.iso, "to": given?.get("to") ?? request.to.iso,
      "showOffice": definition.offersOffice, "showTeam": definition.offersTeam,
      "offices": options(Office.allCases.map(\.rawValue), selected: given?.get("office") ?? request.office.rawValue) { t["office_" + $0] ?? $0 },
      "teams": options(Team.allCases.map(\.rawValue), selected: given?.get("team") ?? request.team?.rawValue) { t["reports_team_" + $0] ?? $0 },
      "showMunicipality": definition.offersMunicipality,
      "municipalities": options(
        MunicipalityLoader.choices(configured: municipalities, inData: [given?.get("municipality") ?? request.municipality].compactMap { $0 }),
        selected: given?.get("municipality") ?? request.municipality) { $0 },
      "quick": ReportQuery.quickPeriods(today: request.today).map { p -> [String: Any] in
        ["label": t[p.key] ?? p.key, "href": path + query.string(period: (p.from, p.to)),
         "current": error == nil && request.from == p.from && request.to == p.to]
      },
      "printedOn": language == .de ? request.today.german : request.today.iso, "stylesheets": ["/static/reports.css"],
    ]
    d["hasDownloads"] = document != nil
    d["publishAction"] = path + "/publish" + query.string()
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
