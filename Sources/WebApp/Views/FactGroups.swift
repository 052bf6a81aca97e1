import Foundation
import CaseExchange
import CaseModel

/// Dates and yes/no in the user's language.
struct FactFormat {
  let language: Language
  let strings: [String: String]

  func day(_ d: Day) -> String { language == .de ? d.german : d.iso }
  func iso(_ s: String) -> String { Day(iso: s).map(day) ?? s }

  /// One JSON fact as readable text: dates formatted, booleans as yes/no, coded values as words,
  /// objects as "label: value" pairs, lists joined. `key` is the fact's name.
  func text(_ v: JSONValue, key: String = "") -> String {
    switch v {
    case .null: return strings["unknown"] ?? "?"
    case .bool(let b): return strings[b ? "yes" : "no"] ?? "\(b)"
    case .number(let n): return n
    case .string(let s):
      if let named = Words.coded(s, key: key, german: language == .de) { return named }
      return FactLabels.coded.contains(key) ? word(s) : iso(s)
    case .array(let items):
      return items.isEmpty ? strings["none"] ?? "-" : items.map { text($0, key: key) }.joined(separator: ", ")
    case .object(let o):
      // Inside a stay or a document, `status` is its kind, not the file's stage.
      return o.members.map { k, v in FactLabels.label(k == "status" ? "item_status" : k, language) + ": " + text(v, key: k) }
        .joined(separator: "; ")
    }
  }

  /// A coded value (`certificate`, `not_requested`) as a word of the user's language.
  func word(_ code: String) -> String { strings["val_" + code] ?? code }
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

  static func make(_ file: CaseFile, format: FactFormat) -> [[String: Any]] {
    let json = CaseFileWriter().canonicalJSON(file)
    guard case .object(let o)? = try? JSONParser.parse(json)
    else { return [] }
    let lang = format.language
    return layout.map { group, keys in
      var rows: [[String: Any]] = []
      for key in keys {
        switch o[key] {
        case nil:
          rows.append(["label": FactLabels.label(key, lang), "lines": [format.strings["not_recorded"]!], "unknown": true])
        case .object(let inner)? where key == "person" || key == "identity" || key == "livelihood":
          for (k, v) in inner.members {
            rows.append(["label": FactLabels.label(k, lang), "lines": [format.text(v, key: k)], "unknown": false])
          }
        case .array(let items)? where items.contains(where: { if case .object = $0 { return true } else { return false } }):
          rows.append(["label": FactLabels.label(key, lang), "lines": items.map { format.text($0, key: key) }, "unknown": false])
        case .array(let items)? where items.isEmpty:
          rows.append(["label": FactLabels.label(key, lang), "lines": [format.strings["none"]!], "unknown": false])
        case .string(let status)? where key == "status":
          rows.append(["label": FactLabels.label(key, lang), "lines": [format.strings["status_" + status] ?? status], "unknown": false])
        case .string(let route)? where key == "route":
          rows.append(["label": FactLabels.label(key, lang), "lines": [format.strings["route_" + route] ?? route], "unknown": false])
        case let v?:
          rows.append(["label": FactLabels.label(key, lang), "lines": [format.text(v, key: key)], "unknown": false])
        }
      }
      return ["title": format.strings["group_" + group] ?? group, "rows": rows]
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
    Strings.table(language)["fact_" + key] ?? key.replacingOccurrences(of: "_", with: " ")
  }

  /// The form field that shows an error for a fact path (`german.on` -> `german_on`).
  static func formField(_ path: String) -> String? {
    let field = path.replacingOccurrences(of: ".", with: "_")
    if path == "history.reason" { return "close_reason" }
    if path.hasPrefix("person.address.") { return "address_" + path.dropFirst("person.address.".count) }
    return (FactsForm.fields + DocumentForm.fields + StageForm.fields).contains(field) ? field : nil
  }
}

/// The select options and error texts of the facts form.
enum FormOptions {
  /// `documents`: the evidence a clerk may record, by id, with its name in the user's language.
  static func make(
    values: [String: String], errors: [String: String], strings t: [String: String], documents: [String: String]
  ) -> [String: Any] {
    func options(_ all: [String], _ field: String) -> [[String: Any]] {
      [["value": "", "label": t["not_recorded"]!, "selected": (values[field] ?? "").isEmpty]]
        + all.map { ["value": $0, "label": t["val_" + $0] ?? $0, "selected": values[field] == $0] }
    }
    var form: [String: Any] = values
    form["levels"] = options(LanguageLevel.allCases.map(\.rawValue), "german_level")
    form["proofs"] = options(LanguageProof.allCases.map(\.rawValue), "german_proof")
    form["civicsProofs"] = options(CivicsProof.allCases.map(\.rawValue), "civics_proof")
    form["passedOptions"] = [
      ["value": "", "label": t["not_recorded"]!, "selected": (values["civics_passed"] ?? "").isEmpty],
      ["value": "yes", "label": t["yes"]!, "selected": values["civics_passed"] == "yes"],
      ["value": "no", "label": t["no"]!, "selected": values["civics_passed"] == "no"],
    ]
    form["docStatuses"] = DocumentStatus.allCases.map {
      ["value": $0.rawValue, "label": t["docstatus_" + $0.rawValue] ?? $0.rawValue, "selected": values["doc_status"] == $0.rawValue]
    }
    let ids = documents.isEmpty ? (1...19).map { String(format: "D%02d", $0) } : documents.keys.sorted()
    form["documentChoices"] = ids.map { id in
      ["value": id, "label": documents[id].map { id + " – " + $0 } ?? id, "selected": values["doc_id"] == id]
    }
    form["errors"] = errors
    return form
  }
}
