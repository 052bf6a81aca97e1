import Mustache

/// The interface's texts in one language. Swift reads a text by its `StringKey` (a mistyped key
/// does not compile) or, for a key made from a code, by `word(_:_:)`; templates read `{{t.key}}`
/// (`InterfaceTextTests` checks that every key a template names exists).
struct Texts: Sendable {
  let language: Language
  let table: [String: String]

  static let german = Texts(language: .de, table: Strings.german)
  static let english = Texts(language: .en, table: Strings.english)

  static func of(_ language: Language) -> Texts { language == .de ? german : english }

  var isGerman: Bool { language == .de }

  /// The text of a key (`StringKey` lists only keys that exist: a test checks them).
  subscript(_ key: StringKey) -> String { table[key.rawValue] ?? key.rawValue }

  /// The word for a code (`status_` + `in_review`), nil when there is none.
  func word(_ kind: WordKind, _ code: some StringProtocol) -> String? { table[kind.rawValue + code] }
}

/// Templates look up `{{t.key}}` in the table (`TemplateTree` keeps the texts as they are).
extension Texts: MustacheParent, Encodable {
  func child(named: String) -> Any? { table[named] }

  func encode(to encoder: any Encoder) throws { try table.encode(to: encoder) }
}

/// The families of texts whose keys are a prefix and a code of the domain: `status_in_review`,
/// `role_admin`, `val_certificate`.
enum WordKind: String, Sendable {
  case action = "action_", age = "age_", auditDo = "audit_do_", auditList = "audit_list_", docStatus = "docstatus_"
  case fact = "fact_", fix = "fix_", group = "group_", office = "office_", outcome = "outcome_"
  case referralState = "refstate_", report = "report_", reportsTeam = "reports_team_", role = "role_", route = "route_"
  case status = "status_", team = "team_", value = "val_"
}
