import CaseStore
import Hummingbird
import HummingbirdAuth

/// Reads the session cookie and, for a live session, sets the account and its CSRF token.
struct SessionAuthenticator: RouterMiddleware {
  typealias Context = AppRequestContext
  static let cookieName = "backlog_session"
  let database: AppDatabase

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
    -> Response
  {
    var context = context
    if let token = request.cookies[Self.cookieName]?.value, !token.isEmpty,
      let session = try await database.session(token: token)
    {
      context.identity = session.account
      context.info.user = session.account.name
      context.csrfToken = session.csrfToken
    }
    return try await next(request, context)
  }
}

/// API calls authenticate with `Authorization: Bearer TOKEN` only (never with the cookie).
struct BearerTokenAuthenticator: AuthenticatorMiddleware {
  typealias Context = AppRequestContext
  let database: AppDatabase

  func authenticate(request: Request, context: Context) async throws -> Account? {
    guard let bearer = request.headers.bearer, !bearer.token.isEmpty else { return nil }
    let account = try await database.account(apiToken: bearer.token)
    context.info.user = account?.name
    return account
  }
}

/// Until a user has replaced the one-time password, every page leads to the password form.
struct PasswordChangeGate: RouterMiddleware {
  typealias Context = AppRequestContext

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
    -> Response
  {
    if context.identity?.mustChangePassword == true,
      !["/account/password", "/logout"].contains(request.uri.path)
    {
      throw Redirect(location: "/account/password")
    }
    return try await next(request, context)
  }
}
