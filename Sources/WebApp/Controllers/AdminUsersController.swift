import CaseStore
import Hummingbird

/// Users for administrators: list, create (`+Edit`), change role, revoke a user's API tokens, give
/// a new one-time password, end sessions, deactivate (confirmed) and reactivate. The command line
/// (`backlog user ...`) does the same.
struct AdminUsersController {
  let database: AppDatabase
  let pages: Pages
  let policy: AccessPolicy
  let loginPolicy: LoginPolicy
  /// Where bcrypt runs for a new or reset password (a thread pool, not the cooperative threads).
  let hashing: PasswordHashing
  /// The configured municipalities a case manager may be given (empty: any name).
  var municipalities: [String] = []

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("admin/users") { request, context in try await list(request, context, notice: nil) }
    addEditRoutes(to: group)
    group.post("admin/users/:name/revoke-tokens") { request, context -> Response in
      let admin = try policy.admin(context)
      let name = try context.parameters.require("name")
      let actor = policy.actor(admin)
      let count = try await database.revokeAPITokens(userName: name, actor: actor)
      let t = Strings.table(context.language)
      return try await list(request, context, notice: "\(name): \(count) \(t["tokens_revoked"]!)")
    }
    group.post("admin/users/:name/reset-password") { request, context -> Response in
      let admin = try policy.admin(context)
      let name = try context.parameters.require("name")
      let actor = policy.actor(admin)
      let password = try await database.resetPassword(userName: name, actor: actor, policy: loginPolicy, hashing: hashing)
      let t = Strings.table(context.language)
      return try await list(request, context, notice: "\(name): \(t["new_password"]!) \(password)")
    }
    group.post("admin/users/:name/end-sessions") { request, context -> Response in
      let admin = try policy.admin(context)
      let name = try context.parameters.require("name")
      let actor = policy.actor(admin)
      let count = try await database.endSessions(userName: name, actor: actor)
      let t = Strings.table(context.language)
      return try await list(request, context, notice: "\(name): \(count) \(t["sessions_ended"]!)")
    }
    group.post("admin/users/:name/lock") { request, context -> Response in
      let admin = try policy.admin(context)
      let name = try context.parameters.require("name")
      guard name.lowercased() != admin.name.lowercased() else {
        throw AppError(.unprocessableContent, .ownAccountLock)
      }
      let t = Strings.table(context.language)
      guard context.form?["confirm"] == "1" else {
        return try await list(request, context, notice: nil, error: "\(name): \(t["user_deactivate_missing"]!)", status: .unprocessableContent)
      }
      let actor = policy.actor(admin)
      try await database.lockAccount(userName: name, actor: actor)
      return try await list(request, context, notice: "\(name): \(t["account_locked"]!)")
    }
    group.post("admin/users/:name/unlock") { request, context -> Response in
      let admin = try policy.admin(context)
      let name = try context.parameters.require("name")
      let actor = policy.actor(admin)
      try await database.unlockAccount(userName: name, actor: actor)
      let t = Strings.table(context.language)
      return try await list(request, context, notice: "\(name): \(t["account_unlocked"]!)")
    }
  }

  func list(
    _ request: Request, _ context: AppRequestContext, notice: String?, error: String? = nil, entered: Form? = nil,
    created: NewAccount? = nil, status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    _ = try policy.admin(context)
    let t = Strings.table(context.language)
    func roles(_ selected: String?) -> [[String: Any]] {
      Role.allCases.map { ["value": $0.rawValue, "label": t["role_" + $0.rawValue] ?? $0.rawValue, "selected": $0.rawValue == selected] }
    }
    let me = context.identity?.name.lowercased()
    let users: [[String: Any]] = try await database.accounts().enumerated().map { index, a -> [String: Any] in
      [
        "isSelf": a.name.lowercased() == me,
        "name": a.name, "href": Links.escape(a.name), "index": index, "role": t["role_" + a.role.rawValue] ?? a.role.rawValue,
        "roles": roles(a.role.rawValue),
        "places": municipalities.enumerated().map { n, m -> [String: Any] in
          ["n": n, "name": m, "checked": a.municipalities.contains(m)]
        },
        "municipalities": a.municipalities.joined(separator: ", "), "mustChange": a.mustChangePassword,
        "disabled": a.disabled,
      ]
    }
    let chosen = entered?.all("municipality") ?? []
    var data: [String: Any] = [
      "users": users, "roles": roles(entered?["role"]),
      "municipalityChoices": municipalities.enumerated().map { i, m -> [String: Any] in
        ["index": i, "name": m, "checked": chosen.contains(m)]
      },
      "entered": ["name": entered?["name"] ?? "", "municipality": chosen.joined(separator: ", ")],
      "openCreate": entered != nil,
    ]
    if let notice { data["notice"] = notice }
    if let error { data["error"] = error }
    if let created {
      data["created"] = ["name": created.account.name, "password": created.password, "token": created.apiToken]
    }
    return pages.render("users", title: t["users_title"]!, context: context, data: data, status: status, request: request)
  }
}
