import CaseModel
import CaseStore
import Casework
import Hummingbird
import Referrals

/// Turns every error into the answer the caller can use: under `/api` the JSON error of spec
/// section 6, elsewhere a page in the user's language (or the login page for 401).
struct ErrorMiddleware: RouterMiddleware {
  typealias Context = AppRequestContext
  let pages: Pages

  struct Body: Encodable {
    var error: String
    var details: [AppError.Detail]
  }

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
    -> Response
  {
    do {
      return try await next(request, context)
    } catch let r as Redirect {
      return redirect(r.location)
    } catch {
      let e = Self.appError(error)
      context.info.failure = RequestInfo.cause(of: error, as: e)
      if request.uri.path.hasPrefix("/api/") {
        var response = try JSONResponse.make(Body(error: e.message, details: e.details), status: e.status)
        if e.status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer" }
        return response
      }
      if e.status == .unauthorized { return redirect("/login") }
      let t = Strings.table(context.language)
      return pages.render(
        "error", title: t["error_title"] ?? "Error", context: context,
        data: ["status": Int(e.status.code), "message": Self.pageMessage(e, t)], status: e.status, request: request)
    }
  }

  static func pageMessage(_ e: AppError, _ t: [String: String]) -> String {
    if let key = e.pageText, let text = t[key] { return text }
    switch e.status {
    case .forbidden: return t["error_forbidden"] ?? e.message
    case .notFound: return t["error_not_found"] ?? e.message
    default:
      // the page's language: the typed message, each detail with its field in words
      let details = e.details.map { ServerMessages.text(field: $0.field, $0.cause, t) }
      return ([e.typed.map { ServerMessages.reason($0, t) } ?? e.message] + details).joined(separator: ": ")
    }
  }

  static func appError(_ error: any Error) -> AppError {
    switch error {
    case let e as AppError: return e
    case let e as HTTPError: return AppError(e.status, e.body ?? e.status.reasonPhrase)
    case let e as any HTTPResponseError:
      // e.g. a body over the limit of its route (forms 1 MiB, case files 4 MiB): 413, not 500
      return e.status == .contentTooLarge ? AppError(e.status, .requestTooLarge) : AppError(e.status, e.status.reasonPhrase)
    case let e as InvalidCaseFile:
      return AppError(.unprocessableContent, .fileNotValid, details: e.errors.map { .init(field: $0.path, $0.reason) })
    case StoreError.notFound(let n): return AppError(.notFound, "no file \(n)")
    case let e as FileDeleted: return AppError(.gone, e.description)
    case let e as ReferralError: return referralError(e)
    case is ScreeningUnavailable: return AppError(.serviceUnavailable, .screeningUnavailable)
    case AccountError.unknownUser(let n): return AppError(.notFound, "no user \(n)")
    case let e as StoreError:
      if case .versionConflict = e { return AppError(.conflict, e.description) }
      return AppError(.internalServerError, .internalError)
    default: return AppError(.internalServerError, .internalError)
    }
  }

  static func referralError(_ e: ReferralError) -> AppError {
    switch e {
    case .notFound: return AppError(.notFound, e.description)
    case .forbidden: return AppError(.forbidden, e.description)
    case .noConsent, .notAllowed, .fileClosed, .alreadyReferred, .versionConflict: return AppError(.conflict, e.description)
    case .invalid(let errors):
      return AppError(.unprocessableContent, .referralNotValid, details: errors.map { .init(field: $0.path, $0.reason) })
    }
  }
}
