import CaseStore

/// The values of `users.mustache`: every account with its role, municipalities and actions, the
/// form for a new one (with what was entered after an error) and the secrets of one just created.
struct UsersView: PageContent {
  static let template = "users"

  /// A configured municipality as a checkbox of a user's row (`n`: its place, for the element's
  /// id after the row's `index`).
  struct Place: TemplateValues {
    let n: Int
    let name: String
    let checked: Bool
  }

  /// A configured municipality as a checkbox of the form for a new user.
  struct NewPlace: TemplateValues {
    let index: Int
    let name: String
    let checked: Bool
  }

  struct User: TemplateValues {
    let isSelf: Bool
    let name: String
    let href: String
    let index: Int
    let role: String
    let roles: [Choice]
    let places: [Place]
    let municipalities: String
    let mustChange: Bool
    let disabled: Bool
  }

  struct Entered: TemplateValues {
    let name: String
    let municipality: String
  }

  /// Shown once: the new account's one-time password and API token.
  struct Created: TemplateValues {
    let name: String
    let password: String
    let token: String
  }

  let users: [User]
  let roles: [Choice]
  let municipalityChoices: [NewPlace]
  let entered: Entered
  let openCreate: Bool
  let notice: String?
  let error: String?
  let created: Created?

  /// `me`: the administrator's own name (no deactivating oneself); `entered`: the create form as
  /// sent, after an error.
  init(
    accounts: [Account], municipalities: [String], me: String?, texts t: Texts, notice: String?, error: String?,
    entered: Form?, created: NewAccount?
  ) {
    func roles(_ selected: String?) -> [Choice] {
      Role.allCases.map { Choice(value: $0.rawValue, label: t.word(.role, $0.rawValue) ?? $0.rawValue, selected: $0.rawValue == selected) }
    }
    users = accounts.enumerated().map { index, a in
      User(
        isSelf: a.name.lowercased() == me, name: a.name, href: Links.escape(a.name), index: index,
        role: t.word(.role, a.role.rawValue) ?? a.role.rawValue, roles: roles(a.role.rawValue),
        places: municipalities.enumerated().map { n, m in Place(n: n, name: m, checked: a.municipalities.contains(m)) },
        municipalities: a.municipalities.joined(separator: ", "), mustChange: a.mustChangePassword, disabled: a.disabled)
    }
    let chosen = entered?.all("municipality") ?? []
    self.roles = roles(entered?["role"])
    municipalityChoices = municipalities.enumerated().map { i, m in NewPlace(index: i, name: m, checked: chosen.contains(m)) }
    self.entered = Entered(name: entered?["name"] ?? "", municipality: chosen.joined(separator: ", "))
    openCreate = entered != nil
    self.notice = notice
    self.error = error
    self.created = created.map { Created(name: $0.account.name, password: $0.password, token: $0.apiToken) }
  }
}
