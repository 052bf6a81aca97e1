import CaseModel

/// German and English names of statuses and age bands for the documents.
enum Labels {
  static func stage(_ s: String, _ l: Language) -> String {
    switch CaseStatus(rawValue: s) {
    case .received: l.pick("Eingegangen", "Received")
    case .documentsRequested: l.pick("Unterlagen angefordert", "Documents requested")
    case .inReview: l.pick("In Prüfung", "In review")
    case .suspended: l.pick("Ausgesetzt", "Suspended")
    case .decisionPending: l.pick("Entscheidung steht an", "Decision pending")
    case .granted: l.pick("Eingebürgert/erteilt", "Granted")
    case .refused: l.pick("Abgelehnt", "Refused")
    case .withdrawn: l.pick("Zurückgenommen", "Withdrawn")
    case nil: s
    }
  }

  static func band(_ b: String, _ l: Language) -> String {
    switch b {
    case "0-3m": l.pick("unter 3 Monaten", "under 3 months")
    case "3-6m": l.pick("3 bis 6 Monate", "3 to 6 months")
    case "6-12m": l.pick("6 bis 12 Monate", "6 to 12 months")
    case "12-24m": l.pick("1 bis 2 Jahre", "1 to 2 years")
    case "24m+": l.pick("über 2 Jahre", "over 2 years")
    default: b
    }
  }

  static func team(_ t: String, _ l: Language) -> String {
    switch t {
    case "kim": l.pick("KIM-Team (Modul 3)", "kim team (module 3)")
    case "regular": l.pick("Regelteam", "Regular staff")
    default: l.pick("ohne Team", "no team")
    }
  }

  static func month(_ iso: String) -> Cell {
    guard let y = Int(iso.prefix(4)), let m = Int(iso.suffix(2)) else { return .text(iso) }
    return .month(Month(index: y * 12 + m - 1))
  }

  static func day(_ iso: String?) -> Cell { iso.flatMap { Day(iso: $0) }.map(Cell.day) ?? .empty }
}
