import Foundation
import CaseExchange
import CaseModel

/// Dates and yes/no in the user's language.
struct FactFormat {
  let texts: Texts
  var language: Language { texts.language }

  init(_ texts: Texts) { self.texts = texts }

  func day(_ d: Day) -> String { language == .de ? d.german : d.iso }
  func iso(_ s: String) -> String { Day(iso: s).map(day) ?? s }

  /// One JSON fact as readable text: dates formatted, booleans as yes/no, coded values as words,
  /// objects as "label: value" pairs, lists joined. `key` is the fact's name.
  func text(_ v: JSONValue, key: String = "") -> String {
    switch v {
    case .null: return texts[.unknown]
    case .bool(let b): return texts[b ? .yes : .no]
    case .number(let n): return n
    case .string(let s):
      if let named = Words.coded(s, key: key, german: language == .de) { return named }
      return FactLabels.coded.contains(key) ? word(s) : iso(s)
    case .array(let items):
      return items.isEmpty ? texts[.none] : items.map { text($0, key: key) }.joined(separator: ", ")
    case .object(let o):
      // Inside a stay or a document, `status` is its kind, not the file's stage.
      return o.members.map { k, v in FactLabels.label(k == "status" ? "item_status" : k, language) + ": " + text(v, key: k) }
        .joined(separator: "; ")
    }
  }

  /// A coded value (`certificate`, `not_requested`) as a word of the user's language.
  func word(_ code: String) -> String { texts.word(.value, code) ?? code }
}

/// The facts of a file in groups a clerk reads together. Each expected fact is listed, so an
/// unrecorded fact shows as "not recorded" instead of disappearing.
enum FactGroups {
  static let layout: [(group: String, keys: [String])] = [
    ("procedure", ["route", "received_on", "status", "team", "clerk", "decided_on", "certificate_handover_on", "follow_up_on"]),
    ("person", ["person", "related"]),
    ("residence", ["stays", "absences", "protection", "permit_104c", "followup_application_on", "guest_worker_entry", "married_to_german_since"]),
    ("identity", ["identity"]),
    ("integration", ["german", "civics", "declarations", "school", "special_integration"]),
    ("livelihood", ["livelihood", "household", "spouses_count", "waivers"]),
    ("security", ["convictions", "pending_investigation", "security_check", "sperrfrist_until"]),
    ("consents", ["consents"]),
  ]

  /// One group of facts under its title; each row a fact with its value in lines.
  struct Group: TemplateValues {
    struct Row: TemplateValues {
      let label: String
      let lines: [String]
      let unknown: Bool
    }

    let title: String
    let rows: [Row]
  }

  static func make(_ file: CaseFile, format: FactFormat) -> [Group] {
    let json = CaseFileWriter().canonicalJSON(file)
    guard case .object(let o)? = try? JSONParser.parse(json)
    else { return [] }
    let lang = format.language
    let t = format.texts
    return layout.map { group, keys in
      var rows: [Group.Row] = []
      func row(_ key: String, _ lines: [String], unknown: Bool = false) {
        rows.append(Group.Row(label: FactLabels.label(key, lang), lines: lines, unknown: unknown))
      }
      for key in keys {
        switch o[key] {
        case nil:
          row(key, [t[.not_recorded]], unknown: true)
        case .object(let inner)? where key == "person" || key == "identity" || key == "livelihood":
          for (k, v) in inner.members { row(k, [format.text(v, key: k)]) }
        case .array(let items)? where items.contains(where: { if case .object = $0 { return true } else { return false } }):
          row(key, items.map { format.text($0, key: key) })
        case .array(let items)? where items.isEmpty:
          row(key, [t[.none]])
        case .string(let status)? where key == "status":
          row(key, [t.word(.status, status) ?? status])
        case .string(let route)? where key == "route":
          row(key, [t.word(.route, route) ?? route])
        case let v?:
          row(key, [format.text(v, key: key)])
        }
      }
      return Group(title: t.word(.group, group) ?? group, rows: rows)
    }
  }
}

/// The names of the facts in the user's language (`Strings.factNames`), and which facts hold
/// coded values to be shown as words.
enum FactLabels {
  /// Facts whose text values are codes of the format (spec section 1), not free text.
  static let coded: Set<String> = [
    "status", "team", "office", "protection", "passport_obtainable", "deception", "level", "proof", "kind",
    "security_check", "relation", "scope", "sex", "marital_status", "gap_cause", "reason",
  ]

  static func label(_ key: String, _ language: Language) -> String {
    Texts.of(language).word(.fact, key) ?? key.replacingOccurrences(of: "_", with: " ")
  }

  /// The form field that shows an error for a fact path (`german.on` -> `german_on`).
  static func formField(_ path: String) -> String? {
    let field = path.replacingOccurrences(of: ".", with: "_")
    if path == "history.reason" { return "close_reason" }
    if path.hasPrefix("person.address.") { return "address_" + path.dropFirst("person.address.".count) }
    return (FactsForm.fields + DocumentForm.fields + StageForm.fields).contains(field) ? field : nil
  }
}
