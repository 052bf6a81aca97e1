import CaseStore
import Hummingbird

/// Creating users and changing their role in the browser (the command line stays): the one-time
/// password and the API token are shown once on the answer page and never again; the
/// municipalities are chosen from the configured list; every step is audited under the
/// administrator's name.
extension AdminUsersController {
  func addEditRoutes(to group: RouterGroup<AppRequestContext>) {
    group.post("admin/users") { request, context -> Response in
      let admin = try policy.admin(context)
      let form = context.form ?? Form(urlEncoded: "")
      let t = Strings.table(context.language)
      let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
      guard let role = form["role"].flatMap(Role.init(rawValue:)) else {
        return try await list(request, context, notice: nil, error: t["user_role_missing"]!, entered: form, status: .unprocessableContent)
      }
      let places = form.all("municipality")
      if let bad = unknownMunicipality(places) {
        return try await list(request, context, notice: nil, error: "\(t["user_unknown_municipality"]!) \(bad)", entered: form, status: .unprocessableContent)
      }
      let actor = policy.actor(admin)
      do {
        let created = try await database.createUser(
          name: name, role: role, municipalities: places, policy: loginPolicy, actor: actor, hashing: hashing)
        return try await list(request, context, notice: nil, created: created)
      } catch let e as AccountError {
        return try await list(request, context, notice: nil, error: Self.message(e, t), entered: form, status: .unprocessableContent)
      }
    }
    group.post("admin/users/:name/role") { request, context -> Response in
      let admin = try policy.admin(context)
      let name = try context.parameters.require("name")
      let form = context.form ?? Form(urlEncoded: "")
      let t = Strings.table(context.language)
      guard let role = form["role"].flatMap(Role.init(rawValue:)) else {
        return try await list(request, context, notice: nil, error: t["user_role_missing"]!, status: .unprocessableContent)
      }
      let places = form.all("municipality")
      if let bad = unknownMunicipality(places) {
        return try await list(request, context, notice: nil, error: "\(t["user_unknown_municipality"]!) \(bad)", status: .unprocessableContent)
      }
      if role != .admin, name.lowercased() == admin.name.lowercased() {
        return try await list(request, context, notice: nil, error: t["user_own_role"]!, status: .unprocessableContent)
      }
      let actor = policy.actor(admin)
      do {
        try await database.changeRole(userName: name, role: role, municipalities: places, actor: actor)
      } catch let e as AccountError {
        return try await list(request, context, notice: nil, error: Self.message(e, t), status: .unprocessableContent)
      }
      return try await list(request, context, notice: "\(name): \(t["user_role_changed"]!) \(t["role_" + role.rawValue] ?? role.rawValue)")
    }
  }

  /// A posted municipality outside the configured list (nil when all are known or none is configured).
  func unknownMunicipality(_ places: [String]) -> String? {
    guard !municipalities.isEmpty else { return nil }
    return places.first { p in !municipalities.contains { $0.caseInsensitiveCompare(p) == .orderedSame } }
  }

  static func message(_ e: AccountError, _ t: [String: String]) -> String {
    switch e {
    case .nameTaken(let n): return "\(t["user_name_taken"]!) \(n)"
    case .invalidName: return t["user_name_invalid"]!
    case .municipalityRequired: return t["user_municipality_required"]!
    case .unknownUser(let n): return "\(t["user_unknown"]!) \(n)"
    default: return e.description
    }
  }
}
