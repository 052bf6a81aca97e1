import Casework
import CaseModel
import CaseStore
import Eligibility
import Referrals

/// The values of `referral_bulk.mustache`: the confirmation (count, files, what will happen to
/// each) and the itemised result (sent, proposed, skipped with the reason).
struct BulkReferralView {
  let bulk: FileReferralController.BulkRequest
  let engine: ScreeningEngine
  let strings: [String: String]
  let language: Language

  var format: FactFormat { FactFormat(language: language, strings: strings) }

  func ruleName(_ id: String) -> String { engine.rules[id].map { language == .de ? $0.titleDE : $0.title } ?? id }

  var common: [String: Any] {
    [
      "rule": bulk.rule, "ruleTitle": ruleName(bulk.rule), "due": bulk.due.map(format.day) ?? "–", "note": bulk.note ?? "",
      "back": bulk.back, "hidden": bulk.hidden,
    ]
  }

  func confirm(_ rows: [ReferralPreviewRow]) -> [String: Any] {
    var d = common
    let items = rows.map { row -> [String: Any] in
      ["fileNo": row.fileNo, "fileHref": Links.file(row.fileNo), "name": row.name, "what": what(row.plan), "kind": kind(row.plan)]
    }
    let acting = rows.filter { if case .skip = $0.plan { return false } else { return true } }
    d["confirm"] = true
    d["rows"] = items
    d["count"] = rows.count
    d["acting"] = acting.count
    // every listed file goes to the POST, so the result names the skipped ones with their reason too
    d["files"] = rows.map { ["fileNo": $0.fileNo] }
    d["hasActing"] = !acting.isEmpty
    d["counts"] = counts(rows.map(\.plan))
    return d
  }

  func results(_ results: [(fileNo: String, plan: ReferralPreviewRow.Plan, id: Int64?)]) -> [String: Any] {
    var d = common
    d["done"] = true
    d["rows"] = results.map { r -> [String: Any] in
      var item: [String: Any] = ["fileNo": r.fileNo, "fileHref": Links.file(r.fileNo), "what": done(r.plan), "kind": kind(r.plan)]
      if let id = r.id { item["referral"] = id }
      return item
    }
    d["count"] = results.count
    d["counts"] = counts(results.map(\.plan))
    return d
  }

  func counts(_ plans: [ReferralPreviewRow.Plan]) -> String {
    var (send, propose, skip) = (0, 0, 0)
    for p in plans {
      switch p {
      case .send: send += 1
      case .propose: propose += 1
      case .skip: skip += 1
      }
    }
    let t = strings
    return "\(send) \(t["ref_bulk_sent"]!), \(propose) \(t["ref_bulk_proposed"]!), \(skip) \(t["ref_bulk_skipped"]!)"
  }

  func kind(_ plan: ReferralPreviewRow.Plan) -> String {
    switch plan {
    case .send: return "send"
    case .propose: return "propose"
    case .skip: return "skip"
    }
  }

  /// What will happen (confirmation).
  func what(_ plan: ReferralPreviewRow.Plan) -> String {
    switch plan {
    case .send: return strings["bulk_will_send"]!
    case .propose: return strings["bulk_will_propose"]!
    case .skip(let e): return strings["bulk_will_skip"]! + ": " + ReferralWords.reason(e, strings, ruleName: ruleName)
    }
  }

  /// What happened (result).
  func done(_ plan: ReferralPreviewRow.Plan) -> String {
    switch plan {
    case .send: return strings["bulk_sent"]!
    case .propose: return strings["bulk_proposed"]!
    case .skip(let e): return strings["bulk_skipped"]! + ": " + ReferralWords.reason(e, strings, ruleName: ruleName)
    }
  }
}

/// Why a referral step or a referral was refused, in the user's language.
enum ReferralWords {
  static func reason(_ e: ReferralError, _ t: [String: String], ruleName: (String) -> String = { $0 }) -> String {
    switch e {
    case .notFound: return t["referr_not_found"]!
    case .forbidden: return t["referr_forbidden"]!
    case .noConsent: return t["referr_no_consent"]!
    case .notAllowed(let action, let state):
      return t["referr_not_allowed"]!.replacingOccurrences(of: "%1", with: t["action_" + action] ?? action)
        .replacingOccurrences(of: "%2", with: t["refstate_" + state.rawValue] ?? state.rawValue)
    case .fileClosed: return t["referr_closed"]!
    case .alreadyReferred(let rule, _): return t["referr_already"]!.replacingOccurrences(of: "%1", with: ruleName(rule))
    case .versionConflict: return t["ref_conflict"]!
    case .invalid(let errors):
      return errors.map { error -> String in
        switch error.path {
        case "rules": return t["referr_not_a_gap"]!
        case "municipality": return t["referr_no_municipality"]!
        case "due_on": return t["referr_due_past"]!
        default: return ServerMessages.text(error, t)
        }
      }.joined(separator: "; ")
    }
  }
}
