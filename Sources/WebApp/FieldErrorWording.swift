import CaseModel

/// How a field error of a save reaches the file page's form: the form field it belongs to and its
/// text in the clerk's language (the model's reasons are English; the ones clerks meet on the
/// page's own fields are worded here).
enum FieldErrorWording {
  /// The form field of an error: the facts form's own, or the document form's for a document's
  /// date (`documents[3].on` -> `doc_on`).
  static func formField(_ path: String) -> String? {
    if path.hasPrefix("documents["), let close = path.firstIndex(of: "]") {
      let member = path[path.index(after: close)...]
      if member == ".on" { return "doc_on" }
      if member == ".valid_until" { return "doc_valid_until" }
    }
    return FactLabels.formField(path)
  }

  static func text(_ e: FieldError, language: Language, _ t: [String: String]) -> String {
    guard e.reason.hasPrefix(CaseFile.futureDateReason) else { return ServerMessages.reason(e.reason, t) }
    return language == .en
      ? "The date lies after today: only what has happened is recorded (\(e.reason))."
      : "Das Datum liegt nach dem heutigen Tag: erfasst wird nur, was schon geschehen ist."
  }
}
