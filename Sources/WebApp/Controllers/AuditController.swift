import CaseStore
import Hummingbird

/// The audit log for administrators: as a page and as `GET /api/v1/audit?file_no=`.
struct AuditController {
  let database: AppDatabase
  let pages: Pages
  let policy: AccessPolicy

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("admin/audit") { request, context -> Response in
      _ = try policy.admin(context)
      let fileNo = request.uri.queryParameters.get("file_no").flatMap { $0.isEmpty ? nil : $0 }
      let entries = try await database.run { try $0.auditEntries(fileNo: fileNo, limit: 500) }
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
  let database: AppDatabase
  let policy: AccessPolicy

  struct Body: Encodable { var entries: [AuditEntry] }

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("audit") { request, context -> Response in
      _ = try policy.admin(context)
      let fileNo = request.uri.queryParameters.get("file_no").flatMap { $0.isEmpty ? nil : $0 }
      let limit = try QueryParameter.int(request.uri.queryParameters, "limit", 1...10_000) ?? 500
      return try JSONResponse.make(Body(entries: try await database.run { try $0.auditEntries(fileNo: fileNo, limit: limit) }))
    }
  }
}
