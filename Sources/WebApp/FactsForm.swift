import CaseModel

/// The facts a clerk records on the file page, read from the posted form and checked field by
/// field (an unknown level or a bad date is an error next to its field). A blank field means
/// "not recorded" — unknown, never "no".
struct FactsForm: Sendable {
  var germanLevel: LanguageLevel?
  var germanProof: LanguageProof?
  var germanOn: Day?
  var civicsPassed: Bool?
  var civicsProof: CivicsProof?
  var civicsOn: Day?
  var followUpOn: Day?
  var clerk: String?
  var errors: [FieldError] = []

  /// The raw values as entered, to show the form again after an error.
  var entered: [String: String] = [:]

  static let fields = [
    "german_level", "german_proof", "german_on", "civics_passed", "civics_proof", "civics_on", "follow_up_on", "clerk",
  ]

  init(_ form: Form) {
    for name in Self.fields { entered[name] = form[name] ?? "" }
    germanLevel = enumValue(form, "german_level", path: "german.level")
    germanProof = enumValue(form, "german_proof", path: "german.proof")
    germanOn = date(form, "german_on", path: "german.on")
    civicsProof = enumValue(form, "civics_proof", path: "civics.proof")
    civicsOn = date(form, "civics_on", path: "civics.on")
    followUpOn = date(form, "follow_up_on", path: "follow_up_on")
    clerk = form["clerk"]
    switch form["civics_passed"] {
    case nil: civicsPassed = nil
    case "yes": civicsPassed = true
    case "no": civicsPassed = false
    case let v?: errors.append(FieldError(path: "civics.passed", reason: "expected yes or no, got \"\(v)\""))
    }
  }

  /// Writes the recorded facts into the file, keeping facts the form does not show.
  func apply(to file: inout CaseFile) {
    var german = file.german ?? German()
    german.level = germanLevel
    german.proof = germanProof
    german.on = germanOn
    file.german = german == German() ? nil : german
    var civics = file.civics ?? Civics()
    civics.passed = civicsPassed
    civics.proof = civicsProof
    civics.on = civicsOn
    file.civics = civics == Civics() ? nil : civics
    file.followUpOn = followUpOn
    file.clerk = clerk
  }

  mutating func enumValue<T: FactEnum>(_ form: Form, _ name: String, path: String) -> T? where T.RawValue == String {
    guard let raw = form[name] else { return nil }
    guard let v = T(rawValue: raw) else {
      errors.append(FieldError(path: path, reason: "unknown value \"\(raw)\""))
      return nil
    }
    return v
  }

  /// `YYYY-MM-DD` (date inputs) or the German `TT.MM.JJJJ`.
  mutating func date(_ form: Form, _ name: String, path: String) -> Day? {
    guard let raw = form[name] else { return nil }
    if let d = Day(iso: raw) { return d }
    let parts = raw.split(separator: ".")
    if parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4,
      let day = Day(year: y, month: m, day: d)
    {
      return day
    }
    errors.append(FieldError(path: path, reason: "not a date: \"\(raw)\" (DD.MM.YYYY)"))
    return nil
  }
}

/// The stages a file may move to from its current stage. Closed files do not move.
enum StatusTransitions {
  static func allowed(from status: CaseStatus) -> [CaseStatus] {
    switch status {
    case .received: return [.documentsRequested, .inReview, .withdrawn]
    case .documentsRequested: return [.inReview, .suspended, .withdrawn]
    case .inReview: return [.documentsRequested, .suspended, .decisionPending, .withdrawn]
    case .suspended: return [.inReview, .withdrawn]
    case .decisionPending: return [.granted, .refused, .inReview, .withdrawn]
    case .granted, .refused, .withdrawn: return []
    }
  }

  /// Moves the file and records the step in its history; a decision also sets `decided_on`.
  static func apply(_ next: CaseStatus, to file: inout CaseFile, on day: Day, by actor: String) throws {
    guard allowed(from: file.status).contains(next) else {
      throw FieldError(path: "status", reason: "cannot move from \(file.status.rawValue) to \(next.rawValue)")
    }
    file.status = next
    file.history = (file.history ?? []) + [StatusChange(at: day, status: next, by: actor)]
    if next == .granted || next == .refused { file.decidedOn = day }
  }
}
