import CaseModel

/// How a field error of a save reaches the file page's form: the form field it belongs to (its
/// text in the clerk's language comes from `ServerMessages`).
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
}
