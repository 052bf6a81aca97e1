import CaseStore
import Hummingbird

/// The outermost responder: gives every request its id (the `X-Request-Id` answer header and
/// `AuditContext.requestID` for the audit rows it writes), then counts, times and logs it once it
/// is answered, also when no route matched (which router middleware never sees).
struct ObservedResponder<Inner: HTTPResponder>: HTTPResponder where Inner.Context == AppRequestContext {
  typealias Context = AppRequestContext
  let inner: Inner
  let observability: Observability

  func respond(to request: Request, context: Context) async throws -> Response {
    let start = ContinuousClock.now
    let info = context.info
    let method = request.method.rawValue
    do {
      var response = try await AuditContext.$requestID.withValue(info.id) {
        try await inner.respond(to: request, context: context)
      }
      response.headers[.requestID] = info.id
      observability.requestFinished(
        method: method, route: Self.route(context, status: response.status), status: Int(response.status.code),
        duration: ContinuousClock.now - start, info: info)
      return response
    } catch {
      let status = (error as? any HTTPResponseError)?.status ?? .internalServerError
      if info.failure == nil { info.failure = RequestInfo.cause(of: error, as: ErrorMiddleware.appError(error)) }
      observability.requestFinished(
        method: method, route: Self.route(context, status: status), status: Int(status.code),
        duration: ContinuousClock.now - start, info: info)
      throw error
    }
  }

  /// The route template (`/files/{file_no}`), never the path as sent: no file number in the
  /// metrics or the log, and a bounded number of label values.
  static func route(_ context: Context, status: HTTPResponse.Status) -> String {
    context.endpointPath ?? (status == .notFound ? "unmatched" : "unknown")
  }
}

extension HTTPFields.Element.Name {
  static let requestID = Self("X-Request-Id")!
}
