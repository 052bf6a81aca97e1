import CaseStore
import Casework
import Eligibility
import Foundation
import Hummingbird

/// `GET /health` and `GET /metrics`: for the operator's monitoring, without a login.
///
/// `/health` answers 200 when the server can serve (the database answers and has this program's
/// schema) and 503 otherwise; it names no person, file or user. `/metrics` is the Prometheus text
/// format, for loopback, configured addresses or the configured token only (`MetricsAccess`).
struct OperationsController: CaseworkController {
  let casework: Casework
  let observability: Observability
  let settings: OperationsSettings

  func addRoutes(to router: Router<AppRequestContext>) {
    router.get("health") { _, _ in try await health() }
    router.get("metrics") { request, context in try await metrics(request, context) }
  }

  struct Health: Encodable {
    var status: String
    var database: String
    var checklists: String
    var schema: String
  }

  func health() async throws -> Response {
    var report = Health(status: "ok", database: "ok", checklists: engine == nil ? "missing" : "loaded", schema: "")
    do {
      let status = try await casework.schemaStatus()
      report.schema = status.applied.last ?? "none"
      if !status.pending.isEmpty || !status.unknown.isEmpty {
        report.database = "schema " + (status.unknown.isEmpty ? "behind" : "ahead")
      }
    } catch {
      report.database = "unavailable"
    }
    if report.database != "ok" {
      report.status = "unavailable"
    } else if engine == nil {
      report.status = "degraded"  // pages and API serve; screening answers 503
    }
    var response = try JSONResponse.make(report, status: report.status == "unavailable" ? .serviceUnavailable : .ok)
    response.headers[.cacheControl] = "no-store"
    return response
  }

  func metrics(_ request: Request, _ context: AppRequestContext) async throws -> Response {
    let permitted = settings.metricsAccess.permits(
      peer: context.peerAddress, forwardedFor: request.headers[.xForwardedFor], bearer: request.headers.bearer?.token)
    guard permitted else { throw AppError(.forbidden, "metrics are readable from the configured addresses only") }
    let (open, imports) = (try await casework.openFileCounts(), try await casework.importRuns())
    let age = settings.backupFolder?.newestBackupDate().map { Duration.seconds(settings.now().timeIntervalSince($0)) }
    observability.refreshGauges(openFiles: open, backupAge: age, imports: imports)
    return Response(
      status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
      body: .init(byteBuffer: ByteBuffer(string: observability.exposition())))
  }
}

extension HTTPFields.Element.Name {
  static let xForwardedFor = Self("X-Forwarded-For")!
}
