import CaseStore
import Foundation
import OfficeLists

/// Words for the contract's codes wherever a page shows them (issue 13: "words, not codes"):
/// countries and languages by name, legal bases (`AufenthG-25-1` → "§ 25 Abs. 1 AufenthG"),
/// coded values inside texts, and field paths (`german.level` → "Deutsch – Niveau").
enum Words {
  /// A coded string value of the fact `key` in words, or nil where the value is not coded.
  static func coded(_ value: String, key: String, german: Bool) -> String? {
    switch key {
    case "nationalities": return DisplayNames.country(value, german: german)
    case "languages": return DisplayNames.language(value, german: german)
    case "basis": return legalBasis(value)
    default: return nil
    }
  }

  /// `AufenthG-25-1` → "§ 25 Abs. 1 AufenthG", `AufenthG-60a-2-1` → "§ 60a Abs. 2 S. 1 AufenthG",
  /// `StAG-10` → "§ 10 StAG"; anything else unchanged.
  static func legalBasis(_ code: String) -> String {
    let parts = code.split(separator: "-").map(String.init)
    guard parts.count >= 2, ["AufenthG", "StAG", "AsylG", "BeschV", "FreizügG"].contains(parts[0]),
      parts[1].first?.isNumber == true
    else { return code }
    var text = "§ " + parts[1]
    if parts.count > 2 { text += " Abs. " + parts[2] }
    if parts.count > 3 { text += " S. " + parts[3] }
    if parts.count > 4 { text += " Nr. " + parts[4] }
    return text + " " + parts[0]
  }

  static let codePattern = try! NSRegularExpression(pattern: #"\b(?:AufenthG|StAG)-[0-9]+[a-z]?(?:-[0-9]+){0,3}\b|\b[a-z]+(?:_[a-z0-9]+)+\b"#)
  static let pathInParentheses = try! NSRegularExpression(pattern: #" \((?:[a-z_]+(?:\.[a-z_0-9]+)*(?:, )?)+\)"#)

  /// A text from the screening or the store with the codes in it turned into words: legal bases,
  /// coded values the strings know (`settlement_permit`), field paths in parentheses dropped.
  static func inText(_ text: String, _ t: Texts) -> String {
    let ns = text as NSString
    var out = text
    for m in codePattern.matches(in: text, range: NSRange(location: 0, length: ns.length)).reversed() {
      let code = ns.substring(with: m.range)
      let word = code.contains("-") ? legalBasis(code) : t.word(.value, code) ?? t.word(.status, code) ?? t.word(.route, code)
      guard let word, let range = Range(m.range, in: out) else { continue }
      out.replaceSubrange(range, with: word)
    }
    let ns2 = out as NSString
    return pathInParentheses.stringByReplacingMatches(in: out, range: NSRange(location: 0, length: ns2.length), withTemplate: "")
  }
}

extension FactLabels {
  /// A dotted field path in words: `german.level` → "Deutsch – Niveau", `stays[2].from` →
  /// "Aufenthalte (3.) – von", `documents.D08` → the document's id.
  static func words(_ path: String, _ t: Texts) -> String {
    path.split(separator: ".").map { part -> String in
      var name = String(part)
      var index = ""
      if let open = name.firstIndex(of: "["), let n = Int(name[name.index(after: open)...].dropLast()) {
        index = " (\(n + 1).)"
        name = String(name[..<open])
      }
      return (t.word(.fact, name) ?? name.replacingOccurrences(of: "_", with: " ")) + index
    }.joined(separator: " – ")
  }
}

extension PasswordProblem {
  /// The page text that says what is wrong with the new password.
  var text: StringKey {
    switch self {
    case .tooShort: return .password_too_short
    case .repeated: return .password_repeated
    case .containsName: return .password_has_name
    case .common: return .password_common
    }
  }
}
