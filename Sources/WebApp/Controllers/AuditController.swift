import CaseStore
import Casework
import Eligibility
import Hummingbird

/// The audit log for administrators: as a page and as `GET /api/v1/audit?file_no=`.
struct AuditController: CaseworkController {
  let casework: Casework
  let pages: Pages
  let policy: AccessPolicy

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    // The data-subject report (Art. 15 DSGVO) of one file: printable page or JSON (?format=json).
    group.get("admin/person-report") { request, context -> Response in
      let account = try policy.admin(context)
      guard let fileNo = request.uri.queryParameters.get("file_no").flatMap({ $0.isEmpty ? nil : String($0) }) else {
        throw AppError(.badRequest, .fileNumberRequired, details: [.init(field: "file_no", .required)])
      }
      guard let report = try await casework.personReport(fileNo: fileNo, actor: account.name) else {
        throw AppError(.notFound, "no file \(fileNo)")
      }
      if request.uri.queryParameters.get("format") == "json" { return JSONResponse.text(try report.json()) }
      return Response(
        status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
        body: .init(byteBuffer: ByteBuffer(string: report.html())))
    }
    group.get("admin/audit") { request, context -> Response in
      _ = try policy.admin(context)
      let query = request.uri.queryParameters
      let filter = try Self.filter(query, pageSize: 100)
      let page = try await casework.auditPage(filter)
      let t = Strings.table(context.language)
      let german = context.language == .de
      let rules = Dictionary((engine?.rules.values).map { $0.map { ($0.id, german ? $0.titleDE : $0.title) } } ?? []) { a, _ in a }
      let rows: [[String: Any]] = page.entries.map {
        [
          "at": BerlinTime.text($0.at, german: german), "utc": $0.at, "actor": $0.actor,
          "action": AuditView.actionWords($0.action, t), "code": $0.action, "fileNo": $0.fileNo ?? "",
          "fileHref": $0.fileNo.map(Links.file) ?? "", "detail": AuditView.detail($0, t, rules: rules), "filters": AuditView.listFilters($0),
        ]
      }
      let format = FactFormat(language: context.language, strings: t)
      let from = try QueryParameter.day(query, "from"), to = try QueryParameter.day(query, "to")
      var data: [String: Any] = [
        "entries": rows, "hasEntries": !rows.isEmpty, "fileNo": filter.fileNo ?? "", "actor": filter.actor ?? "",
        "from": from.map(format.day) ?? "", "to": to.map(format.day) ?? "", "page": filter.page,
        "actions": AuditView.actions.map { ["value": $0, "label": AuditView.actionWords($0, t), "selected": $0 == filter.action] },
      ]
      var items = query.map { (String($0.key), String($0.value)) }.filter { $0.0 != "page" && $0.0 != "lang" && !$0.1.isEmpty }
      items.sort { $0.0 < $1.0 }
      func href(_ page: Int) -> String {
        "/admin/audit?" + (items + [("page", String(page))]).map { $0.0 + "=" + Links.escape($0.1) }.joined(separator: "&")
      }
      if filter.page > 1 { data["prevHref"] = href(filter.page - 1) }
      if page.hasMore { data["nextHref"] = href(filter.page + 1) }
      return pages.render("audit", title: t["audit_title"]!, context: context, data: data, request: request)
    }
  }

  /// The filters of the page and the API, each bounded (`QueryParameter`); the period is in
  /// Berlin days, `to` inclusive.
  static func filter(_ query: Parameters, pageSize defaultSize: Int) throws -> AuditFilter {
    func text(_ name: String, max: Int) throws -> String? {
      guard let v = QueryParameter.text(query, name) else { return nil }
      guard v.count <= max else { throw QueryParameter.invalid(name, .atMostCharacters(max), v) }
      return v
    }
    let from = try QueryParameter.day(query, "from"), to = try QueryParameter.day(query, "to")
    return AuditFilter(
      actor: try text("actor", max: 200), fileNo: try text("file_no", max: 200), action: try text("action", max: 60),
      from: from.map(BerlinTime.start(of:)), to: to.map { BerlinTime.start(of: $0.adding(days: 1)) },
      page: try QueryParameter.int(query, "page", 1...QueryParameter.maxPage) ?? 1,
      pageSize: try QueryParameter.int(query, "page_size", 1...500) ?? defaultSize)
  }
}

struct APIAuditController {
  let casework: Casework
  let policy: AccessPolicy

  struct Body: Encodable {
    var entries: [AuditEntry]
    var has_more: Bool
  }

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("audit") { request, context -> Response in
      _ = try policy.admin(context)
      let query = request.uri.queryParameters
      // `limit` (1-10,000, the first page) as before; `page`/`page_size` and the filters as on the page
      let limit = try QueryParameter.int(query, "limit", 1...10_000)
      var filter = try AuditController.filter(query, pageSize: 500)
      if let limit { filter.pageSize = limit }
      let page = try await casework.auditPage(filter)
      return try JSONResponse.make(Body(entries: page.entries, has_more: page.hasMore))
    }
  }
}
