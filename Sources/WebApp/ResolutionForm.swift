import CaseExchange
import CaseModel

/// The facts a case manager enters when resolving a referral, read from the form into the
/// `facts` object of spec section 6. Only filled fields count; a blank field records nothing.
/// Values are checked by the store like an import; dates may be typed the German way.
struct ResolutionForm {
  enum Kind { case text, day, bool, number }

  /// `f.<fact>.<field>` form fields and how to read them.
  static let fields: [(name: String, kind: Kind)] = [
    ("german.level", .text), ("german.proof", .text), ("german.on", .day),
    ("civics.passed", .bool), ("civics.proof", .text), ("civics.on", .day),
    ("identity.passport_valid", .bool),
    ("livelihood.fulltime_now", .bool), ("livelihood.benefits_sgb2_sgb12", .bool), ("livelihood.income_monthly", .number),
    ("declarations.fdgo_signed_on", .day),
  ]

  /// The fact groups the form offers, as named by the rules' `facts` in checklists/.
  static let groups: Set<String> = ["german", "civics", "identity", "livelihood", "declarations"]

  var facts = JSONObject()
  var errors: [FieldError] = []

  init(_ form: Form) {
    var groups: [String: JSONObject] = [:]
    for (name, kind) in Self.fields {
      guard let raw = form["f." + name] else { continue }
      let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
      guard let value = value(raw, kind, path: name) else { continue }
      groups[parts[0], default: JSONObject()][parts[1]] = value
    }
    if let action = form["f.identity.effort_action"] {
      let on = form["f.identity.effort_on"].flatMap { value($0, .day, path: "identity.efforts.on") }
      var effort = JSONObject()
      effort["on"] = on ?? .null
      effort["action"] = .string(action)
      if on == nil, form["f.identity.effort_on"] == nil {
        errors.append(FieldError(path: "identity.efforts.on", reason: .effortDateRequired))
      }
      groups["identity", default: JSONObject()]["efforts"] = .array([.object(effort)])
    }
    for (group, object) in groups.sorted(by: { $0.key < $1.key }) { facts[group] = .object(object) }
    let documents: [JSONValue] = form.all("doc").compactMap { id in
      guard id.count <= 8, !id.isEmpty else { return nil }
      var d = JSONObject()
      d["id"] = .string(id)
      d["status"] = .string("provided")
      if let raw = form["doc." + id + ".on"], let on = value(raw, .day, path: "documents.\(id).on") { d["on"] = on }
      return .object(d)
    }
    if !documents.isEmpty { facts["documents"] = .array(documents) }
  }

  mutating func value(_ raw: String, _ kind: Kind, path: String) -> JSONValue? {
    switch kind {
    case .text: return .string(raw)
    case .day:
      if let d = FactsForm.day(raw) { return .string(d.iso) }
      errors.append(FieldError(path: path, reason: .notAFormDate(raw)))
    case .bool:
      if raw == "yes" || raw == "no" { return .bool(raw == "yes") }
      errors.append(FieldError(path: path, reason: .expectedYesOrNo(got: nil)))
    case .number:
      // German "1.850,50" or plain "1850.50"
      let n = raw.contains(",") ? raw.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".") : raw
      if let d = Double(n), d >= 0 { return .number(n) }
      errors.append(FieldError(path: path, reason: .notAnAmount(raw)))
    }
    return nil
  }
}
