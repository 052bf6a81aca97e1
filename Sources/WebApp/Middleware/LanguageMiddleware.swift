import Hummingbird

/// German by default; `?lang=en` (or `?lang=de`) switches and is remembered in a cookie.
struct LanguageMiddleware: RouterMiddleware {
  typealias Context = AppRequestContext

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
    -> Response
  {
    var context = context
    let chosen = request.uri.queryParameters.get("lang").flatMap(Language.init(rawValue:))
    context.language = chosen ?? request.cookies["lang"].flatMap { Language(rawValue: $0.value) } ?? .de
    var response = try await next(request, context)
    if let chosen {
      response.setCookie(
        Cookie(name: "lang", value: chosen.rawValue, maxAge: 365 * 86_400, path: "/", httpOnly: true, sameSite: .strict))
    }
    return response
  }
}
