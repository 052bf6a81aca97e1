import CaseModel

/// The facts a clerk records on the file page, read from the posted form and checked field by
/// field (an unknown level or a bad date is an error next to its field). A blank choice means
/// "not recorded" — unknown, never "no". Dates are typed (DD.MM.YYYY): a date field left blank
/// keeps the stored date, an impossible date is an error on its field and changes nothing, and
/// only the field's own "Datum entfernen" box (`clear_<field>`) removes a stored date.
struct FactsForm: Sendable {
  var germanLevel: LanguageLevel?
  var germanProof: LanguageProof?
  /// nil: keep the stored date; .some(nil): remove it; .some(day): set it.
  var germanOn: Day??
  var civicsPassed: Bool?
  var civicsProof: CivicsProof?
  var civicsOn: Day??
  var followUpOn: Day??
  var clerk: String?
  var errors: [FieldError] = []

  /// The raw values as entered, to show the form again after an error.
  var entered: [String: String] = [:]

  static let fields = [
    "german_level", "german_proof", "german_on", "civics_passed", "civics_proof", "civics_on", "follow_up_on", "clerk",
  ]
  static let dateFields = ["german_on", "civics_on", "follow_up_on"]

  init(_ form: Form) {
    for name in Self.fields {
      entered[name] = form[name] ?? ""
      // What the page showed (blank included), to tell this clerk's changes from others' on a conflict.
      if form.all("was_" + name).first != nil { entered["was_" + name] = form["was_" + name] ?? "" }
    }
    for name in Self.dateFields where form["clear_" + name] == "1" { entered["clear_" + name] = "1" }
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
    case let v?: errors.append(FieldError(path: "civics.passed", reason: .expectedYesOrNo(got: v)))
    }
  }

  /// Writes the recorded facts into the file, keeping facts the form does not show.
  func apply(to file: inout CaseFile) {
    var german = file.german ?? German()
    german.level = germanLevel
    german.proof = germanProof
    if let germanOn { german.on = germanOn }
    file.german = german == German() ? nil : german
    var civics = file.civics ?? Civics()
    civics.passed = civicsPassed
    civics.proof = civicsProof
    if let civicsOn { civics.on = civicsOn }
    file.civics = civics == Civics() ? nil : civics
    if let followUpOn { file.followUpOn = followUpOn }
    file.clerk = clerk
  }

  mutating func enumValue<T: FactEnum>(_ form: Form, _ name: String, path: String) -> T? where T.RawValue == String {
    guard let raw = form[name] else { return nil }
    guard let v = T(rawValue: raw) else {
      errors.append(FieldError(path: path, reason: .unknownValue(raw, allowed: nil)))
      return nil
    }
    return v
  }

  /// A typed date field: blank keeps the stored date (nil), the `clear_<name>` box removes it
  /// (.some(nil)), an impossible date is an error and keeps it.
  mutating func date(_ form: Form, _ name: String, path: String) -> Day?? {
    // The box wins over the field, which still shows the stored date when the box is ticked.
    if form["clear_" + name] == "1" { return .some(nil) }
    guard let raw = form[name] else { return nil }
    if let day = Self.day(raw) { return .some(day) }
    errors.append(FieldError(path: path, reason: .notAFormDate(raw)))
    return nil
  }
}

extension FactsForm {
  /// `TT.MM.JJJJ` as clerks type it, or `YYYY-MM-DD`; nil for anything else or an impossible date.
  static func day(_ raw: String) -> Day? { GermanDate.parse(raw) }
}

/// One line of the document checklist as entered: a new document or a new state of a listed one.
struct DocumentForm: Sendable {
  var record: DocumentRecord?
  var errors: [FieldError] = []
  var entered: [String: String] = [:]
  static let fields = ["doc_id", "doc_status", "doc_on", "doc_valid_until"]

  init(_ form: Form) {
    for name in Self.fields { entered[name] = form[name] ?? "" }
    let id = form["doc_id"] ?? ""
    if id.isEmpty || id.count > 20 { errors.append(FieldError(path: "doc_id", reason: .documentIdRequired)) }
    let status = form["doc_status"].flatMap(DocumentStatus.init(rawValue:))
    if status == nil { errors.append(FieldError(path: "doc_status", reason: .chooseStatus)) }
    var dates: [String: Day] = [:]
    for name in ["doc_on", "doc_valid_until"] {
      guard let raw = form[name] else { continue }
      if let d = FactsForm.day(raw) { dates[name] = d } else {
        errors.append(FieldError(path: name, reason: .notAFormDate(raw)))
      }
    }
    if let status, errors.isEmpty {
      record = DocumentRecord(id: id, status: status, on: dates["doc_on"], validUntil: dates["doc_valid_until"])
    }
  }

  /// Replaces the document with the same id, or adds it.
  func apply(to file: inout CaseFile) {
    guard let record else { return }
    var documents = file.documents ?? []
    if let i = documents.firstIndex(where: { $0.id == record.id }) { documents[i] = record } else { documents.append(record) }
    file.documents = documents
  }
}
