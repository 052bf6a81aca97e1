import Hummingbird

/// Security headers on every response: a strict CSP (only our own scripts and styles, no framing),
/// no MIME sniffing, no referrer, and no caching of pages that carry personal data.
struct SecurityHeadersMiddleware: RouterMiddleware {
  typealias Context = AppRequestContext

  static let csp =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
    -> Response
  {
    var response = try await next(request, context)
    response.headers[HTTPFields.Element.Name("Content-Security-Policy")!] = Self.csp
    response.headers[HTTPFields.Element.Name("X-Content-Type-Options")!] = "nosniff"
    response.headers[HTTPFields.Element.Name("X-Frame-Options")!] = "DENY"
    response.headers[HTTPFields.Element.Name("Referrer-Policy")!] = "no-referrer"
    if !request.uri.path.hasPrefix("/static/") {
      response.headers[.cacheControl] = "no-store"
    }
    return response
  }
}
