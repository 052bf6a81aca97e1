import Hummingbird

/// Reads the form of every POST once and checks its `csrf` field: against the session's token
/// when signed in, against the login cookie (double submit) on the login form. A mismatch is 403.
struct CSRFMiddleware: RouterMiddleware {
  typealias Context = AppRequestContext
  static let loginCookie = "backlog_login_csrf"

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
    -> Response
  {
    guard request.method == .post else { return try await next(request, context) }
    // A file upload (multipart) carries its token in the form's action URL, so the body (up to
    // the upload's own limit) is read only by its handler.
    if request.headers[.contentType]?.lowercased().hasPrefix("multipart/form-data") == true {
      guard context.identity != nil, let expected = context.csrfToken,
        let sent = request.uri.queryParameters["csrf"].map(String.init), Self.constantTimeEqual(sent, expected)
      else {
        throw AppError(
          .forbidden, "the form has expired or did not come from this application; reload the page", pageText: .error_csrf)
      }
      return try await next(request, context)
    }
    var request = request
    let body = try await request.collectBody(upTo: 1 << 20)
    let form = Form(urlEncoded: String(buffer: body))
    let expected = context.identity != nil ? context.csrfToken : request.cookies[Self.loginCookie]?.value
    guard let expected, let sent = form["csrf"], Self.constantTimeEqual(sent, expected) else {
      throw AppError(
        .forbidden, "the form has expired or did not come from this application; reload the page", pageText: .error_csrf)
    }
    var context = context
    context.form = form
    return try await next(request, context)
  }

  static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    guard x.count == y.count else { return false }
    return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
  }
}
