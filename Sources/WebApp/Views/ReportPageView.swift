import CaseModel
import Hummingbird
import Reports

/// The values of `report.mustache`, one report: the document's header and sections (the same
/// HTML as `backlog report --format html`), the tabs to the other reports, the period picker and
/// filters the report supports, the download links and the line printed on paper.
struct ReportPageView: PageContent {
  static let template = "report"

  /// Why the query gave no report, with each problem.
  struct QueryError: TemplateValues {
    let message: String
    let details: [String]
  }

  let title: String
  let name: String
  let path: String
  let purpose: String
  /// The document's parts (HTML made by the report renderer).
  let header: String
  let sections: String
  let footer: String
  let overviewHref: String
  let tabs: [NavLink]
  let from: String
  let to: String
  let showOffice: Bool
  let showTeam: Bool
  let showMunicipality: Bool
  let offices: [Choice]
  let teams: [Choice]
  let municipalities: [Choice]
  let quick: [NavLink]
  let printedOn: String
  let hasDownloads: Bool
  let publishAction: String
  let downloads: [NavLink]?
  let error: QueryError?
  let stylesheets = ["/static/reports.css"]

  /// `given`: the query as typed, shown again in the form when it gave no report (`error`).
  init(
    catalog: ReportCatalog, document: ReportDocument?, query: ReportQuery, given: Parameters?, error: AppError?,
    municipalities: [String] = [], language: Language
  ) {
    let definition = query.definition
    let t = Texts.of(language)
    let renderer = HTMLRenderer()
    let request = query.request
    let path = "/reports/" + definition.name
    let title = document?.title ?? definition.title.pick(.init(language))
    func options(_ values: [String], selected: String?, label: (String) -> String) -> [Choice] {
      values.map { Choice(value: $0, label: label($0), selected: $0 == selected) }
    }
    self.title = title
    self.path = path
    name = definition.name
    purpose = definition.purpose.pick(.init(language))
    header = renderer.header(
      document ?? ReportDocument(name: definition.name, title: title, subtitle: "", language: .init(language), sections: []))
    sections = document.map { renderer.sections($0) } ?? ""
    footer = document.map(renderer.footer) ?? ""
    overviewHref = "/reports" + (definition.offersOffice ? "?office=" + request.office.rawValue : "")
    tabs = catalog.reports.map { other in
      NavLink(
        label: ReportOverviewView.shortTitle(other, language), href: "/reports/" + other.name + query.string(for: other),
        current: other.name == definition.name)
    }
    from = given?.get("from") ?? request.from.iso
    to = given?.get("to") ?? request.to.iso
    showOffice = definition.offersOffice
    showTeam = definition.offersTeam
    showMunicipality = definition.offersMunicipality
    offices = options(Office.allCases.map(\.rawValue), selected: given?.get("office") ?? request.office.rawValue) {
      t.word(.office, $0) ?? $0
    }
    teams = options(Team.allCases.map(\.rawValue), selected: given?.get("team") ?? request.team?.rawValue) {
      t.word(.reportsTeam, $0) ?? $0
    }
    self.municipalities = options(
      MunicipalityLoader.choices(configured: municipalities, inData: [given?.get("municipality") ?? request.municipality].compactMap { $0 }),
      selected: given?.get("municipality") ?? request.municipality) { $0 }
    quick = ReportQuery.quickPeriods(today: request.today).map { p in
      NavLink(
        label: t[p.key], href: path + query.string(period: (p.from, p.to)),
        current: error == nil && request.from == p.from && request.to == p.to)
    }
    printedOn = language == .de ? request.today.german : request.today.iso
    hasDownloads = document != nil
    publishAction = path + "/publish" + query.string()
    downloads = document.map { _ in
      [
        NavLink(label: t[.reports_csv_excel], href: path + query.string(extra: [("format", "csv")])),
        NavLink(label: t[.reports_csv_plain], href: path + query.string(extra: [("format", "csv-plain")])),
        NavLink(label: t[.reports_json], href: path + query.string(extra: [("format", "json")])),
      ]
    }
    self.error = error.map { e in
      QueryError(message: t[.reports_bad_query], details: e.details.map { ServerMessages.text(field: $0.field, $0.cause, t) })
    }
  }
}
