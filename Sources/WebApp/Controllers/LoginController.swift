import CaseStore
import Hummingbird

/// Login, logout and the change of the one-time password.
struct LoginController {
  let database: AppDatabase
  let pages: Pages
  let config: WebConfiguration

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("login", use: loginPage)
    group.post("login", use: login)
    group.post("logout", use: logout)
    group.get("account/password", use: passwordPage)
    group.post("account/password", use: changePassword)
  }

  @Sendable func loginPage(_ request: Request, context: AppRequestContext) async throws -> Response {
    if context.identity != nil { return redirect("/") }
    return loginForm(request, context, message: nil, status: .ok)
  }

  @Sendable func login(_ request: Request, context: AppRequestContext) async throws -> Response {
    let form = context.form ?? Form(urlEncoded: "")
    let t = Texts.of(context.language)
    let client = ClientAddress.of(request, peer: context.peerAddress, trustedProxies: config.trustedProxies)
    switch try await database.verifyLogin(
      name: form["name"] ?? "", password: form["password"] ?? "", client: client, policy: config.loginPolicy,
      hashing: config.hashing)
    {
    case .success(let account):
      let session = try await database.createSession(for: account)
      var response = redirect(account.mustChangePassword ? "/account/password" : "/")
      response.setCookie(sessionCookie(session.token, maxAge: 8 * 3600))
      return response
    case .rejected:
      return loginForm(request, context, message: t[.login_failed], status: .unauthorized)
    case .locked(let until):
      // only the password's owner gets here (the right password on a locked name): told to wait
      return loginForm(request, context, message: "\(t[.login_locked]) \(until).", status: .tooManyRequests)
    }
  }

  @Sendable func logout(_ request: Request, context: AppRequestContext) async throws -> Response {
    if let token = request.cookies[SessionAuthenticator.cookieName]?.value {
      try await database.endSession(token: token)
    }
    var response = redirect("/login")
    response.setCookie(sessionCookie("", maxAge: 0))
    return response
  }

  @Sendable func passwordPage(_ request: Request, context: AppRequestContext) async throws -> Response {
    _ = try AccessPolicy().signedIn(context)
    let t = Texts.of(context.language)
    return pages.render(PasswordView(), title: t[.password_title], context: context, request: request)
  }

  @Sendable func changePassword(_ request: Request, context: AppRequestContext) async throws -> Response {
    let account = try AccessPolicy().signedIn(context)
    let form = context.form ?? Form(urlEncoded: "")
    let t = Texts.of(context.language)
    func refuse(_ key: StringKey) -> Response {
      pages.render(
        PasswordView(error: t[key]), title: t[.password_title], context: context, status: .unprocessableContent, request: request)
    }
    guard let new = form["new"], new == form["repeat"] else { return refuse(.password_mismatch) }
    do {
      try await database.changePassword(
        userId: account.id, current: form["current"] ?? "", to: new,
        keep: request.cookies[SessionAuthenticator.cookieName]?.value, policy: config.loginPolicy, hashing: config.hashing)
    } catch AccountError.wrongPassword {
      return refuse(.password_wrong_current)
    } catch AccountError.weakPassword(let problem) {
      return refuse(problem.text)
    }
    return redirect("/")
  }

  func loginForm(_ request: Request, _ context: AppRequestContext, message: String?, status: HTTPResponse.Status)
    -> Response
  {
    let token = RandomToken.make()
    var ctx = context
    ctx.csrfToken = token
    let t = Texts.of(context.language)
    var response = pages.render(
      LoginView(error: message), title: t[.login_title], context: ctx, status: status, request: request)
    response.setCookie(
      Cookie(name: CSRFMiddleware.loginCookie, value: token, path: "/login", secure: config.secureCookies, httpOnly: true, sameSite: .strict))
    return response
  }

  func sessionCookie(_ value: String, maxAge: Int) -> Cookie {
    Cookie(
      name: SessionAuthenticator.cookieName, value: value, maxAge: maxAge, path: "/", secure: config.secureCookies,
      httpOnly: true, sameSite: .strict)
  }
}

/// `/`: each role lands where its work is.
struct HomeController {
  let pages: Pages
  let policy: AccessPolicy

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("/") { request, context -> Response in
      let account = try policy.signedIn(context)
      if policy.office(of: account.role) != nil { return redirect("/queue") }
      if account.role == .admin { return redirect("/admin/audit") }
      if account.role == .caseManager { return redirect("/referrals") }
      let t = Texts.of(context.language)
      return pages.render(HomeView(), title: t[.home_title], context: context, request: request)
    }
  }
}
