import CaseModel
import CaseStore
import Hummingbird
import Reports

/// The report pages for management and the admin: `/reports`, the state of one office's backlog
/// at a glance, and `/reports/{name}`, one report in the layout with its period picker and
/// filters; `?format=csv|csv-plain|json` on the same address downloads what the page shows.
struct ReportsController {
  let reports: ReportCache
  let pages: Pages
  let policy: AccessPolicy
  let today: @Sendable () -> Day
  let settings: ReportSettings
  var target: ForecastTarget { settings.target }

  /// The cover page of reports that have one: the authority from the configuration, the user as author.
  func cover(_ context: AppRequestContext, day: Day) -> ReportCover {
    ReportCover(authority: settings.authority, address: settings.address, author: context.identity?.name ?? "", date: day)
  }

  /// The municipality filter's choices: the configured municipalities, then those the data names.
  func municipalities(_ office: Office) async throws -> [String] {
    MunicipalityLoader.choices(configured: settings.municipalities, inData: try await reports.municipalities(office))
  }

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("reports", use: overview)
    group.get("reports/:name", use: report)
  }

  @Sendable func overview(_ request: Request, context: AppRequestContext) async throws -> Response {
    _ = try policy.management(context)
    let (office, day) = (try ReportQuery.office(request.uri.queryParameters), today())
    let municipality = try ReportQuery.municipality(request.uri.queryParameters)
    let overview = try await reports.overview(office: office, today: day, target: target, municipality: municipality)
    let view = ReportOverviewView(
      overview, catalog: await reports.catalog(), today: day, municipalities: try await municipalities(office), language: context.language)
    return pages.render(view, title: view.title, context: context, request: request)
  }

  @Sendable func report(_ request: Request, context: AppRequestContext) async throws -> Response {
    _ = try policy.management(context)
    let definition = try await reports.definition(try context.parameters.require("name"))
    let catalog = await reports.catalog()
    let format = try request.uri.queryParameters.get("format").map(ReportDownload.Format.parse)
    let day = today()
    let query: ReportQuery
    do {
      query = try ReportQuery.parse(request.uri.queryParameters, definition: definition, today: day, target: target)
    } catch let error as AppError where format == nil {
      // The page again with the choice as given and what is wrong with it.
      let office = definition.fixedOffice == "ABH" ? Office.ABH : (try? ReportQuery.office(request.uri.queryParameters)) ?? .EBH
      let view = ReportPageView(
        catalog: catalog, document: nil, query: ReportQuery(definition: definition, request: ReportRequest(today: day)),
        given: request.uri.queryParameters, error: error, municipalities: try await municipalities(office), language: context.language)
      return pages.render(view, title: view.title, context: context, status: error.status, request: request)
    }
    let content = try await reports.report(query, cover: cover(context, day: day))
    if let format { return ReportDownload.response(content, query: query, format: format, language: context.language) }
    let view = ReportPageView(
      catalog: catalog, document: content.document(Reports.Language(context.language)), query: query, given: nil, error: nil,
      municipalities: definition.offersMunicipality ? try await municipalities(query.request.office) : [], language: context.language)
    return pages.render(view, title: view.title, context: context, request: request)
  }
}

/// `GET /api/v1/reports/{name}?from=&to=&office=&team=&municipality=`: the report as JSON, the same as
/// `backlog report NAME --format json` (management and admin only).
struct APIReportsController {
  let reports: ReportCache
  let policy: AccessPolicy
  let today: @Sendable () -> Day
  let settings: ReportSettings

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("reports/:name") { request, context -> Response in
      _ = try policy.management(context)
      let definition = try await reports.definition(try context.parameters.require("name"))
      let query = try ReportQuery.parse(request.uri.queryParameters, definition: definition, today: today(), target: settings.target)
      return JSONResponse.text(try await reports.report(query).json)
    }
  }
}

extension Reports.Language {
  /// The report labels in the interface's language.
  init(_ language: Language) { self = language == .de ? .de : .en }
}
