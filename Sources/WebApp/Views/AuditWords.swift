import CaseModel
import CaseStore
import Foundation

/// The audit log in words (issue 13): each action as a phrase, its details as a sentence, times
/// in Berlin; the filters (user, file, action, period) and the pages.
enum AuditWords {
  /// The actions the log knows, in the order the filter offers them.
  static let actions = [
    "read", "list-read", "update", "create", "note", "assign", "import-create", "import-update", "import-list", "import-run", "rescreen",
    "referral.propose", "referral.send", "referral.read", "referral.accept", "referral.decline", "referral.progress",
    "referral.resolve", "referral.return", "referral.withdraw", "referral.seen",
    "login", "login-failed", "logout", "password-change", "password-reset", "sessions-end", "account-lock", "account-unlock",
    "user-create", "user-role", "token-create", "token-revoke", "report-read", "report-publish", "person-report", "retention",
    "statistics-stag36", "screen",
  ]

  static func actionWords(_ action: String, _ t: Texts) -> String { t.word(.auditDo, action) ?? action }

  /// The stored detail as a sentence of the user's language; unknown shapes stay as stored.
  static func detail(_ e: AuditEntry, _ t: Texts, rules: [String: String]) -> String {
    guard let d = e.detail, !d.isEmpty else { return "" }
    let german = t.isGerman
    func state(_ s: Substring) -> String { t.word(.referralState, s) ?? String(s) }
    switch e.action {
    case "update", "import-update":
      return t[.audit_fields] + ": " + d.split(separator: ",").map { FactLabels.words(String($0), t) }.joined(separator: ", ")
    case "assign":
      return d == "-" ? t[.audit_unassigned] : t[.audit_assigned_to] + " " + d
    case "login", "login-failed":
      return d.hasPrefix("from ") ? t[.audit_from] + " " + d.dropFirst(5) : d
    case "list-read":
      return listRead(d, t)
    case "password-change", "password-reset", "account-lock":
      // "3 other session(s) ended", "e.weber; 2 session(s) ended"
      let parts = d.components(separatedBy: "; ")
      guard let last = parts.last, let n = last.split(separator: " ").first.flatMap({ Int($0) }) else { return d }
      return (parts.count > 1 ? parts[0] + ": " : "") + t[.audit_sessions_ended].replacingOccurrences(of: "%1", with: String(n))
    case "sessions-end", "token-revoke":
      let parts = d.components(separatedBy: ": ")
      return parts.count == 2 ? parts[0] + ": " + t[.audit_count].replacingOccurrences(of: "%1", with: parts[1]) : d
    case ImportRuns.action:
      return importRun(d, t, german: german) ?? d
    case "user-create":
      guard let open = d.firstIndex(of: "("), d.hasSuffix(")") else { return d }
      let role = String(d[d.index(after: open)..<d.index(before: d.endIndex)])
      return String(d[..<open]) + "(" + (t.word(.role, role) ?? role) + ")"
    default: break
    }
    if e.action.hasPrefix("referral."), d.hasPrefix("referral ") {
      let rest = d.dropFirst(9)
      let id = rest.prefix { $0.isNumber }
      let tail = rest.dropFirst(id.count)
      var text = t[.ref_one] + " Nr. " + id
      if tail.hasPrefix(": "), let arrow = tail.range(of: " -> ") {
        text += ": " + state(tail[tail.index(tail.startIndex, offsetBy: 2)..<arrow.lowerBound]) + " → " + state(tail[arrow.upperBound...])
      } else if tail.hasPrefix(" to "), let colon = tail.range(of: ": ") {
        let place = tail[tail.index(tail.startIndex, offsetBy: 4)..<colon.lowerBound]
        let named = tail[colon.upperBound...].split(separator: ",").map { rules[String($0)] ?? String($0) }
        text += " " + t[.audit_to] + " " + place + ": " + named.joined(separator: "; ")
      } else if tail == ": consent ended" {
        text += ": " + t[.audit_consent_ended]
      }
      return text
    }
    return german ? Words.inText(d, t) : d
  }

  /// The filters of a list read as given (`verdict=gaps q=Müller`), shown small beside the sentence.
  static func listFilters(_ e: AuditEntry) -> String {
    guard e.action == "list-read", let d = e.detail, let colon = d.firstIndex(of: ":"), let semi = d.range(of: "; ", options: .backwards),
      colon < semi.lowerBound
    else { return "" }
    return d[d.index(after: colon)..<semi.lowerBound].trimmingCharacters(in: .whitespaces)
  }

  /// `queue: verdict=gaps q=Müller; 50 of 1234 shown` → "Arbeitsvorrat: 50 von 1234 angezeigt".
  static func listRead(_ d: String, _ t: Texts) -> String {
    guard let colon = d.firstIndex(of: ":"), let semi = d.range(of: "; ", options: .backwards),
      let of = d.range(of: " of ", range: semi.upperBound..<d.endIndex)
    else { return d }
    let list = String(d[..<colon])
    let shown = d[semi.upperBound..<of.lowerBound]
    let total = d[of.upperBound...].replacingOccurrences(of: " shown", with: "")
    return (t.word(.auditList, list) ?? list) + ": "
      + t[.audit_shown].replacingOccurrences(of: "%1", with: String(shown)).replacingOccurrences(of: "%2", with: total)
  }

  /// `{"files":56,"added":56,"changed":0,"unchanged":0,"ms":312}` as a sentence.
  static func importRun(_ d: String, _ t: Texts, german: Bool) -> String? {
    struct Run: Decodable {
      let files, added, changed, unchanged: Int?
      let ms: Double?
    }
    guard d.utf8.count < 1_000, let run = try? JSONDecoder().decode(Run.self, from: Data(d.utf8)) else { return nil }
    func n(_ v: Int?) -> String { v.map(String.init) ?? "?" }
    let s = String(format: "%.1f", (run.ms ?? 0) / 1000)
    return t[.audit_import_run].replacingOccurrences(of: "%1", with: n(run.files)).replacingOccurrences(of: "%2", with: n(run.added))
      .replacingOccurrences(of: "%3", with: n(run.changed)).replacingOccurrences(of: "%4", with: n(run.unchanged))
      .replacingOccurrences(of: "%5", with: german ? s.replacingOccurrences(of: ".", with: ",") : s)
  }
}
