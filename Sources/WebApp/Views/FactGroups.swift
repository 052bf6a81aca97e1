import CaseExchange
import CaseModel

/// Dates and yes/no in the user's language.
struct FactFormat {
  let language: Language
  let strings: [String: String]

  func day(_ d: Day) -> String { language == .de ? d.german : d.iso }
  func iso(_ s: String) -> String { Day(iso: s).map(day) ?? s }

  /// One JSON fact as readable text: dates formatted, booleans as yes/no, objects as
  /// "label: value" pairs, lists joined.
  func text(_ v: JSONValue) -> String {
    switch v {
    case .null: return strings["unknown"] ?? "?"
    case .bool(let b): return strings[b ? "yes" : "no"] ?? "\(b)"
    case .number(let n): return n
    case .string(let s): return iso(s)
    case .array(let items): return items.isEmpty ? strings["none"] ?? "-" : items.map(text).joined(separator: ", ")
    case .object(let o):
      return o.members.map { FactLabels.label($0.0, language) + ": " + text($0.1) }.joined(separator: "; ")
    }
  }
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
    guard let json = try? CaseFileWriter().canonicalJSON(file), case .object(let o)? = try? JSONParser.parse(json)
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
            rows.append(["label": FactLabels.label(k, lang), "lines": [format.text(v)], "unknown": false])
          }
        case .array(let items)? where items.contains(where: { if case .object = $0 { return true } else { return false } }):
          rows.append(["label": FactLabels.label(key, lang), "lines": items.map(format.text), "unknown": false])
        case .array(let items)? where items.isEmpty:
          rows.append(["label": FactLabels.label(key, lang), "lines": [format.strings["none"]!], "unknown": false])
        case .string(let status)? where key == "status":
          rows.append(["label": FactLabels.label(key, lang), "lines": [format.strings["status_" + status] ?? status], "unknown": false])
        case let v?:
          rows.append(["label": FactLabels.label(key, lang), "lines": [format.text(v)], "unknown": false])
        }
      }
      return ["title": format.strings["group_" + group] ?? group, "rows": rows]
    }
  }
}

/// German labels of the fact names; English shows the field name in words.
enum FactLabels {
  static let german: [String: String] = [
    "route": "Verfahren (Rechtsgrundlage)", "received_on": "Antrag vom", "status": "Stand", "team": "Team",
    "clerk": "Sachbearbeitung", "decided_on": "Entschieden am", "certificate_handover_on": "Urkunde ausgehändigt am",
    "follow_up_on": "Wiedervorlage", "person": "Person", "related": "Verbundene Akten", "family_name": "Familienname",
    "given_names": "Vornamen", "birth_date": "Geburtsdatum", "nationalities": "Staatsangehörigkeiten",
    "municipality": "Kommune", "phone": "Telefon", "email": "E-Mail", "languages": "Sprachen",
    "interpreter_needed": "Dolmetscher nötig", "stays": "Aufenthalte", "absences": "Auslandsaufenthalte",
    "protection": "Schutzstatus", "permit_104c": "Chancen-Aufenthaltsrecht (§ 104c)",
    "followup_application_on": "Folgeantrag (§ 25a/§ 25b) am", "guest_worker_entry": "Einreise als Gastarbeiter",
    "married_to_german_since": "Verheiratet mit Deutscher/m seit", "identity": "Identität",
    "passport_valid": "Pass gültig", "evidence_level": "Nachweisstufe", "passport_obtainable": "Pass beschaffbar",
    "deception": "Täuschung", "deception_caused_duldung": "Täuschung ursächlich für Duldung", "efforts": "Mitwirkung",
    "german": "Deutsch", "level": "Niveau", "oral_only": "nur mündlich", "proof": "Nachweis", "on": "vom",
    "civics": "Einbürgerungstest", "passed": "bestanden", "declarations": "Erklärungen",
    "fdgo_signed_on": "Bekenntnis zur FDGO unterschrieben", "history_signed_on": "Erklärung historische Verantwortung",
    "school": "Schule", "special_integration": "Besondere Integrationsleistungen", "livelihood": "Lebensunterhalt",
    "benefits_sgb2_sgb12": "Leistungen SGB II/XII", "fulltime_now": "derzeit Vollzeit",
    "fulltime_months_last_24": "Monate Vollzeit (letzte 24)", "not_at_fault": "nicht zu vertreten",
    "income_monthly": "Einkommen monatlich (€)", "need_monthly": "Bedarf monatlich (€)", "in_education": "in Ausbildung",
    "single_parent": "alleinerziehend", "carer": "pflegend", "household": "Haushalt", "spouses_count": "Ehegatten",
    "waivers": "Ausnahmen", "convictions": "Verurteilungen", "pending_investigation": "Laufendes Ermittlungsverfahren",
    "security_check": "Sicherheitsabfrage", "sperrfrist_until": "Sperrfrist (§ 35a StAG) bis", "consents": "Einwilligungen",
    "from": "von", "to": "bis", "basis": "Grundlage", "kind": "Art", "scope": "Umfang", "given_on": "erteilt am",
    "withdrawn_on": "widerrufen am", "file_no": "Aktenzeichen", "relation": "Beziehung", "action": "Maßnahme",
    "minor_children": "minderjährige Kinder", "daily_rates": "Tagessätze", "months": "Monate",
  ]

  static func label(_ key: String, _ language: Language) -> String {
    language == .de ? german[key] ?? key : key.replacingOccurrences(of: "_", with: " ")
  }

  static func document(_ id: String, _ language: Language) -> String { id }

  /// The form field that shows an error for a fact path (`german.on` -> `german_on`).
  static func formField(_ path: String) -> String? {
    let field = path.replacingOccurrences(of: ".", with: "_")
    return (FactsForm.fields + DocumentForm.fields).contains(field) ? field : nil
  }
}

/// The select options and error texts of the facts form.
enum FormOptions {
  static func make(values: [String: String], errors: [String: String], strings t: [String: String]) -> [String: Any] {
    func options(_ all: [String], _ field: String) -> [[String: Any]] {
      [["value": "", "label": t["not_recorded"]!, "selected": (values[field] ?? "").isEmpty]]
        + all.map { ["value": $0, "label": $0, "selected": values[field] == $0] }
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
    form["errors"] = errors
    return form
  }
}
