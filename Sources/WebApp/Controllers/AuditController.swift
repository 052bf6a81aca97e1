import CaseStore
import Casework
import Hummingbird

/// The audit log for administrators: as a page and as `GET /api/v1/audit?file_no=`.
struct AuditController {
  let casework: Casework
  let pages: Pages
  let policy: AccessPolicy

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    // The data-subject report (Art. 15 DSGVO) of one file: printable page or JSON (?format=json).
    group.get("admin/person-report") { request, context -> Response in
      let account = try policy.admin(context)
      guard let fileNo = request.uri.queryParameters.get("file_no").flatMap({ $0.isEmpty ? nil : String($0) }) else {
        throw AppError(.badRequest, "file_no is required", details: [.init(field: "file_no", reason: "required")])
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
      let fileNo = request.uri.queryParameters.get("file_no").flatMap { $0.isEmpty ? nil : $0 }
      let entries = try await casework.auditEntries(fileNo: fileNo, limit: 500)
      let t = Strings.table(context.language)
      let rows: [[String: Any]] = entries.map {
        ["at": $0.at, "actor": $0.actor, "action": $0.action, "fileNo": $0.fileNo ?? "", "detail": $0.detail ?? ""]
      }
      return pages.render(
        "audit", title: t["audit_title"]!, context: context,
        data: ["entries": rows, "hasEntries": !rows.isEmpty, "fileNo": fileNo ?? ""], request: request)
    }
  }
}

struct APIAuditController {
  let casework: Casework
  let policy: AccessPolicy

  struct Body: Encodable { var entries: [AuditEntry] }

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("audit") { request, context -> Response in
      _ = try policy.admin(context)
      let fileNo = request.uri.queryParameters.get("file_no").flatMap { $0.isEmpty ? nil : $0 }
      let limit = try QueryParameter.int(request.uri.queryParameters, "limit", 1...10_000) ?? 500
      return try JSONResponse.make(Body(entries: try await casework.auditEntries(fileNo: fileNo, limit: limit)))
    }
  }
}
