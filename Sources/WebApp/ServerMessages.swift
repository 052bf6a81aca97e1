import CaseModel
import Foundation

/// Every message the server gives about a field, in the user's language (issue 13). The model,
/// the store and the forms name a problem by a typed `Reason` (worded in English and German in
/// `CaseModel/Reason+Wording.swift`); the web layer's own messages are `ErrorMessage`s. Pages put
/// them through here: the field in words (`FactLabels.words`) and the reason in the page's
/// language, with the codes it names (statuses, routes, values) in words.
enum ServerMessages {
  /// The wording of a page in the language of `t`.
  static func wording(_ t: [String: String]) -> Wording {
    guard t["msg_lang"] == "de" else { return .english }
    return Wording(german: true, code: { code($0, t) }, field: { FactLabels.words($0, t) })
  }

  /// A field error as a page shows it: "Deutsch – vom: kein gültiges Datum: „31.02.2024“".
  static func text(_ error: FieldError, _ t: [String: String]) -> String {
    text(field: error.path, error.reason, t)
  }

  static func text(field path: String?, _ reason: some Worded, _ t: [String: String]) -> String {
    let field = (path ?? "").isEmpty ? "" : FactLabels.words(path ?? "", t) + ": "
    return field + reason.text(wording(t))
  }

  /// The reason in the language of `t`.
  static func reason(_ reason: some Worded, _ t: [String: String]) -> String { reason.text(wording(t)) }

  /// A code of the contract in words: a stage, a coded value, a route or legal basis.
  static func code(_ code: String, _ t: [String: String]) -> String {
    t["status_" + code] ?? t["val_" + code] ?? t["route_" + code] ?? Words.inText(code, t)
  }
}
