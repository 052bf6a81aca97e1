import CaseModel
import CaseStore
import Foundation
import Hummingbird
import Reports

/// Published ("frozen") reports: `POST /reports/{name}/publish` stores the report the page
/// shows (same query) with its period, filters, rule-set version, data time and publisher;
/// `/reports/published` lists them, `/reports/published/{id}` shows one exactly as it went out,
/// `?format=html|csv|csv-plain|json` downloads it. Management and admin; every publication and
/// every opening is in the audit log.
struct PublishedReportsController {
  let reports: ReportCache
  let pages: Pages
  let policy: AccessPolicy
  let today: @Sendable () -> Day
  let settings: ReportSettings

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.post("reports/:name/publish", use: publish)
    group.get("reports/published", use: list)
    group.get("reports/published/:id", use: show)
  }

  @Sendable func publish(_ request: Request, context: AppRequestContext) async throws -> Response {
    let account = try policy.management(context)
    let definition = try await reports.definition(try context.parameters.require("name"))
    let day = today()
    let query = try ReportQuery.parse(request.uri.queryParameters, definition: definition, today: day, target: settings.target)
    let cover = ReportCover(authority: settings.authority, address: settings.address, author: account.name, date: day)
    let (actor, language) = (policy.actor(account), Reports.Language(context.language))
    let published = try await reports.publish(definition, request: query.request, actor: actor, language: language, cover: cover)
    return redirect("/reports/published/\(published.id)?saved=1")
  }

  @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
    _ = try policy.management(context)
    let items = try await reports.published()
    let t = Strings.table(context.language)
    let german = context.language == .de
    func day(_ iso: String) -> String { german ? Day(iso: iso)?.german ?? iso : iso }
    let data: [String: Any] = [
      "items": items.map { r -> [String: Any] in
        [
          "id": r.id, "title": r.title, "office": r.office, "team": ([r.team, r.municipality].compactMap { $0 }).joined(separator: ", "), "period": day(r.from) + " – " + day(r.to),
          "asOf": day(r.asOf), "publishedAt": Self.time(r.publishedAt, german: german), "publishedBy": r.publishedBy,
          "href": "/reports/published/\(r.id)",
        ]
      },
      "empty": items.isEmpty, "stylesheets": ["/static/reports.css"],
    ]
    return pages.render("published", title: t["published_title"]!, context: context, data: data, request: request)
  }

  @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
    let account = try policy.management(context)
    guard let id = Int64(try context.parameters.require("id")) else { throw AppError(.notFound, "no published report") }
    let format = try request.uri.queryParameters.get("format").map { raw -> String in
      guard ["html", "csv", "csv-plain", "json"].contains(raw) else {
        throw AppError(.badRequest, .unknownDownloadFormat, details: [.init(field: "format", .given(.downloadFormat(html: true), got: raw))])
      }
      return raw
    }
    let actor = policy.actor(account)
    guard let r = try await reports.published(id: id, actor: actor, purpose: format ?? "open")
    else { throw AppError(.notFound, "no published report \(id)") }
    let name = "\(r.report)-\(r.office)-\(r.from)-\(r.to)-published-\(r.id)"
    if let format {
      let (body, type, suffix): (String, String, String) =
        switch format {
        case "html": (r.html, "text/html; charset=utf-8", ".html")
        case "csv": (r.csv, "text/csv; charset=utf-8", ".csv")
        case "csv-plain": (r.csvPlain, "text/csv; charset=utf-8", "-iso.csv")
        default: (r.json + "\n", "application/json; charset=utf-8", ".json")
        }
      return Response(
        status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\(suffix)\""],
        body: .init(byteBuffer: ByteBuffer(string: body)))
    }
    let t = Strings.table(context.language)
    let german = context.language == .de
    let downloads = [("html", t["published_html"]!), ("csv", t["reports_csv_excel"]!), ("csv-plain", t["reports_csv_plain"]!), ("json", t["reports_json"]!)]
    let data: [String: Any] = [
      "title": r.title, "body": Self.body(of: r.html), "saved": request.uri.queryParameters.get("saved") != nil,
      "facts": [
        [t["published_period"]!, (german ? Day(iso: r.from)?.german : nil) ?? r.from, (german ? Day(iso: r.to)?.german : nil) ?? r.to].joined(separator: " "),
        t["reports_office"]! + ": " + r.office + (r.team.map { ", " + t["reports_team"]! + ": " + $0 } ?? "")
          + (r.municipality.map { ", " + t["reports_municipality"]! + ": " + $0 } ?? ""),
        t["published_data_as_of"]! + ": " + Self.time(r.dataAsOf, german: german),
        t["published_by"]! + ": " + r.publishedBy + ", " + Self.time(r.publishedAt, german: german),
        t["published_ruleset"]! + ": " + (r.rulesetVersion ?? "–"),
      ],
      "downloads": downloads.map { ["label": $0.1, "href": "/reports/published/\(r.id)?format=\($0.0)"] },
      "stylesheets": ["/static/reports.css"],
    ]
    return pages.render("published_report", title: r.title, context: context, data: data, request: request)
  }

  /// The page's body as stored (the self-contained page's `<body>`; its inline style is left
  /// out, the page's stylesheet draws the same classes).
  static func body(of html: String) -> String {
    guard let open = html.range(of: "<body class=\"report\">"), let close = html.range(of: "</body>", options: .backwards) else { return "" }
    return String(html[open.upperBound..<close.lowerBound])
  }

  /// `2026-11-24T10:15:00Z` as `24.11.2026 11:15` (Berlin time).
  static func time(_ iso: String, german: Bool) -> String { BerlinTime.text(iso, german: german) }
}
