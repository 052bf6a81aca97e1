import CaseModel

/// A save that lost the race against someone else's: which fields this clerk changed (what they
/// entered differs from what their page showed, sent as `was_<field>`) and which someone else
/// changed meanwhile (what the page showed differs from what is stored now). The clerk's changes
/// go back into the form on the current version, so saving again applies them deliberately; the
/// other changes are named so nothing is undone unseen. Without `was_` fields (an older page),
/// every entered value that differs from the stored one counts as the clerk's.
struct ConflictMerge {
  let mine: [String]
  let theirs: [String]

  init(entered: [String: String], current: [String: String]) {
    mine = (FactsForm.fields + DocumentForm.fields).filter { field in
      guard let value = entered[field] else { return false }
      if DocumentForm.fields.contains(field) { return !value.isEmpty }
      return value != (entered["was_" + field] ?? current[field] ?? "")
    }
    theirs = FactsForm.fields.filter { field in
      guard let was = entered["was_" + field] else { return false }
      return was != (current[field] ?? "")
    }
  }

  /// "Deutsch: Niveau: B1" in the user's language.
  func line(_ field: String, _ value: String, _ format: FactFormat) -> String {
    let t = format.texts
    let label = Self.labels[field].map { t[$0] } ?? field
    let shown: String
    switch field {
    case _ where value.isEmpty: shown = "–"
    case "civics_passed": shown = value == "yes" ? t[.yes] : value == "no" ? t[.no] : value
    case "doc_status": shown = t.word(.docStatus, value) ?? value
    case "german_on", "civics_on", "follow_up_on", "doc_on", "doc_valid_until":
      shown = FactsForm.day(value).map(format.day) ?? value
    default: shown = format.word(value)
    }
    return label + ": " + shown
  }

  /// The words of each field the merge names.
  static let labels: [String: StringKey] = [
    "german_level": .german_level, "german_proof": .german_proof, "german_on": .german_on, "civics_passed": .civics_passed,
    "civics_proof": .civics_proof, "civics_on": .civics_on, "follow_up_on": .follow_up_on, "clerk": .clerk,
    "doc_id": .doc_id, "doc_status": .doc_status, "doc_on": .doc_on, "doc_valid_until": .valid_until,
  ]
}
