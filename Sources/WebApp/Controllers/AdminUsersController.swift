import CaseStore
import Hummingbird

/// Users for administrators: list, revoke a user's API tokens, give a new one-time password.
/// Creating users stays on the command line (`backlog user add`), where the secrets are printed.
struct AdminUsersController {
  let database: AppDatabase
  let pages: Pages
  let policy: AccessPolicy
  let loginPolicy: LoginPolicy

  func addRoutes(to group: RouterGroup<AppRequestContext>) {
    group.get("admin/users") { request, context in try await list(request, context, notice: nil) }
    group.post("admin/users/:name/revoke-tokens") { request, context -> Response in
      let admin = try policy.admin(context)
      let name = try context.parameters.require("name")
      let actor = policy.actor(admin)
      let count = try await database.run { try $0.revokeAPITokens(userName: name, actor: actor) }
      let t = Strings.table(context.language)
      return try await list(request, context, notice: "\(name): \(count) \(t["tokens_revoked"]!)")
    }
    group.post("admin/users/:name/reset-password") { request, context -> Response in
      let admin = try policy.admin(context)
      let name = try context.parameters.require("name")
      let actor = policy.actor(admin)
      let password = try await database.run { [loginPolicy] in try $0.resetPassword(userName: name, actor: actor, policy: loginPolicy) }
      let t = Strings.table(context.language)
      return try await list(request, context, notice: "\(name): \(t["new_password"]!) \(password)")
    }
    group.post("admin/users/:name/end-sessions") { request, context -> Response in
      let admin = try policy.admin(context)
      let name = try context.parameters.require("name")
      let actor = policy.actor(admin)
      let count = try await database.run { try $0.endSessions(userName: name, actor: actor) }
      let t = Strings.table(context.language)
      return try await list(request, context, notice: "\(name): \(count) \(t["sessions_ended"]!)")
    }
    group.post("admin/users/:name/lock") { request, context -> Response in
      let admin = try policy.admin(context)
      let name = try context.parameters.require("name")
      guard name.lowercased() != admin.name.lowercased() else {
        throw AppError(.unprocessableContent, "an administrator cannot lock their own account")
      }
      let actor = policy.actor(admin)
      try await database.run { try $0.lockAccount(userName: name, actor: actor) }
      let t = Strings.table(context.language)
      return try await list(request, context, notice: "\(name): \(t["account_locked"]!)")
    }
    group.post("admin/users/:name/unlock") { request, context -> Response in
      let admin = try policy.admin(context)
      let name = try context.parameters.require("name")
      let actor = policy.actor(admin)
      try await database.run { try $0.unlockAccount(userName: name, actor: actor) }
      let t = Strings.table(context.language)
      return try await list(request, context, notice: "\(name): \(t["account_unlocked"]!)")
    }
  }

  func list(_ request: Request, _ context: AppRequestContext, notice: String?) async throws -> Response {
    _ = try policy.admin(context)
    let t = Strings.table(context.language)
    let users: [[String: Any]] = try await database.accounts().map {
      ["name": $0.name, "role": t["role_" + $0.role.rawValue] ?? $0.role.rawValue,
       "municipalities": $0.municipalities.joined(separator: ", "), "mustChange": $0.mustChangePassword,
       "disabled": $0.disabled]
    }
    var data: [String: Any] = ["users": users]
    if let notice { data["notice"] = notice }
    return pages.render("users", title: t["users_title"]!, context: context, data: data, request: request)
  }
}
