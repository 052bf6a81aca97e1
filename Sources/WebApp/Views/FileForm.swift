import Foundation
import CaseModel

/// The values of the file page's forms (`{{#form}}` and `{{form.…}}`): each field as stored or as
/// entered, the choices of the selects and the error beside each field. The names are the forms'
/// field names.
struct FileForm: TemplateValues {
  /// The facts as the page showed them (`was_<field>`), to tell a conflict's sides apart.
  struct Shown: TemplateValues {
    let german_level: String
    let german_proof: String
    let german_on: String
    let civics_passed: String
    let civics_proof: String
    let civics_on: String
    let follow_up_on: String
    let clerk: String
  }

  /// The error beside each field (nil: none).
  struct Errors: TemplateValues {
    let doc_id: String?
    let doc_status: String?
    let doc_on: String?
    let doc_valid_until: String?
    let german_level: String?
    let german_proof: String?
    let german_on: String?
    let civics_passed: String?
    let civics_proof: String?
    let civics_on: String?
    let follow_up_on: String?
    let address_street: String?
    let address_postal_code: String?
    let address_city: String?
    let confirm: String?
    let close_reason: String?
    let closed_on: String?
  }

  let german_level: String
  let german_proof: String
  let german_on: String
  let civics_passed: String
  let civics_proof: String
  let civics_on: String
  let follow_up_on: String
  let clerk: String
  let address_street: String
  let address_postal_code: String
  let address_city: String
  let doc_on: String
  let doc_valid_until: String
  let closed_on: String
  let close_reason: String
  let note: String
  /// A stored date shows its "remove" box; `clear_` is that box as entered.
  let stored_german_on: Bool
  let stored_civics_on: Bool
  let stored_follow_up_on: Bool
  let clear_german_on: Bool
  let clear_civics_on: Bool
  let clear_follow_up_on: Bool
  let levels: [Choice]
  let proofs: [Choice]
  let civicsProofs: [Choice]
  let passedOptions: [Choice]
  let docStatuses: [Choice]
  let documentChoices: [Choice]
  let errors: Errors
  let was: Shown

  /// The stored facts by form field.
  static func saved(_ file: CaseFile) -> [String: String] {
    [
      "german_level": file.german?.level?.rawValue ?? "", "german_proof": file.german?.proof?.rawValue ?? "",
      "german_on": file.german?.on?.german ?? "", "civics_passed": file.civics?.passed.map { $0 ? "yes" : "no" } ?? "",
      "civics_proof": file.civics?.proof?.rawValue ?? "", "civics_on": file.civics?.on?.german ?? "",
      "follow_up_on": file.followUpOn?.german ?? "", "clerk": file.clerk ?? "",
      "address_street": file.person.address?.street ?? "", "address_postal_code": file.person.address?.postalCode ?? "",
      "address_city": file.person.address?.city ?? "",
    ]
  }

  /// `values` and `errors` by form field; `documents`: the evidence a clerk may record, by id, with
  /// its name in the user's language.
  init(values: [String: String], errors e: [String: String], saved: [String: String], texts t: Texts, documents: [String: String]) {
    func value(_ field: String) -> String { values[field] ?? "" }
    func options(_ all: [String], _ field: String) -> [Choice] {
      [Choice(value: "", label: t[.not_recorded], selected: value(field).isEmpty)]
        + all.map { Choice(value: $0, label: t.word(.value, $0) ?? $0, selected: values[field] == $0) }
    }
    german_level = value("german_level")
    german_proof = value("german_proof")
    german_on = value("german_on")
    civics_passed = value("civics_passed")
    civics_proof = value("civics_proof")
    civics_on = value("civics_on")
    follow_up_on = value("follow_up_on")
    clerk = value("clerk")
    address_street = value("address_street")
    address_postal_code = value("address_postal_code")
    address_city = value("address_city")
    doc_on = value("doc_on")
    doc_valid_until = value("doc_valid_until")
    closed_on = value("closed_on")
    close_reason = value("close_reason")
    note = value("note")
    stored_german_on = values["stored_german_on"] != nil
    stored_civics_on = values["stored_civics_on"] != nil
    stored_follow_up_on = values["stored_follow_up_on"] != nil
    clear_german_on = values["clear_german_on"] != nil
    clear_civics_on = values["clear_civics_on"] != nil
    clear_follow_up_on = values["clear_follow_up_on"] != nil
    levels = options(LanguageLevel.allCases.map(\.rawValue), "german_level")
    proofs = options(LanguageProof.allCases.map(\.rawValue), "german_proof")
    civicsProofs = options(CivicsProof.allCases.map(\.rawValue), "civics_proof")
    passedOptions = [
      Choice(value: "", label: t[.not_recorded], selected: value("civics_passed").isEmpty),
      Choice(value: "yes", label: t[.yes], selected: values["civics_passed"] == "yes"),
      Choice(value: "no", label: t[.no], selected: values["civics_passed"] == "no"),
    ]
    docStatuses = DocumentStatus.allCases.map {
      Choice(value: $0.rawValue, label: t.word(.docStatus, $0.rawValue) ?? $0.rawValue, selected: values["doc_status"] == $0.rawValue)
    }
    let ids = documents.isEmpty ? (1...19).map { String(format: "D%02d", $0) } : documents.keys.sorted()
    documentChoices = ids.map { id in
      Choice(value: id, label: documents[id].map { id + " – " + $0 } ?? id, selected: values["doc_id"] == id)
    }
    errors = Errors(
      doc_id: e["doc_id"], doc_status: e["doc_status"], doc_on: e["doc_on"], doc_valid_until: e["doc_valid_until"],
      german_level: e["german_level"], german_proof: e["german_proof"], german_on: e["german_on"],
      civics_passed: e["civics_passed"], civics_proof: e["civics_proof"], civics_on: e["civics_on"],
      follow_up_on: e["follow_up_on"], address_street: e["address_street"], address_postal_code: e["address_postal_code"],
      address_city: e["address_city"], confirm: e["confirm"], close_reason: e["close_reason"], closed_on: e["closed_on"])
    func shown(_ field: String) -> String { saved[field] ?? "" }
    was = Shown(
      german_level: shown("german_level"), german_proof: shown("german_proof"), german_on: shown("german_on"),
      civics_passed: shown("civics_passed"), civics_proof: shown("civics_proof"), civics_on: shown("civics_on"),
      follow_up_on: shown("follow_up_on"), clerk: shown("clerk"))
  }
}
