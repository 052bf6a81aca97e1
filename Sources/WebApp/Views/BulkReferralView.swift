import Casework
import CaseModel
import CaseStore
import Eligibility
import Referrals

/// The values of `referral_bulk.mustache`: the confirmation (count, files, what will happen to
/// each) or the itemised result (sent, proposed, skipped with the reason).
struct BulkReferralPage: PageContent {
  static let template = "referral_bulk"

  struct Row: TemplateValues {
    let fileNo: String
    let fileHref: String
    /// The person's name (the confirmation only).
    var name = ""
    let what: String
    let kind: String
    /// The referral made (the result only).
    var referral: Int64?
  }

  /// A field the confirmation carries over to the referring POST.
  struct Hidden: TemplateValues {
    let name: String
    let value: String
  }

  struct FileNo: TemplateValues {
    let fileNo: String
  }

  let rule: String
  let ruleTitle: String
  let due: String
  let note: String
  let back: String
  let hidden: [Hidden]
  let confirm: Bool
  let done: Bool
  let rows: [Row]
  let count: Int
  let counts: String
  let acting: Int
  let hasActing: Bool
  let files: [FileNo]
}

/// Builds the bulk referral's pages.
struct BulkReferralView {
  let bulk: FileReferralController.BulkRequest
  let engine: ScreeningEngine
  let texts: Texts

  var format: FactFormat { FactFormat(texts) }

  func ruleName(_ id: String) -> String { engine.rules[id].map { texts.isGerman ? $0.titleDE : $0.title } ?? id }

  func page(confirm: Bool, rows: [BulkReferralPage.Row], plans: [ReferralPreviewRow.Plan], acting: Int = 0, files: [String] = [])
    -> BulkReferralPage
  {
    let hidden = [("rule", bulk.rule), ("due_on", bulk.due?.iso ?? ""), ("note", bulk.note ?? ""), ("back", bulk.back)]
    return BulkReferralPage(
      rule: bulk.rule, ruleTitle: ruleName(bulk.rule), due: bulk.due.map(format.day) ?? "–", note: bulk.note ?? "",
      back: bulk.back, hidden: hidden.map { BulkReferralPage.Hidden(name: $0.0, value: $0.1) }, confirm: confirm, done: !confirm,
      rows: rows, count: rows.count, counts: counts(plans), acting: acting, hasActing: acting > 0,
      files: files.map(BulkReferralPage.FileNo.init))
  }

  func confirm(_ rows: [ReferralPreviewRow]) -> BulkReferralPage {
    let acting = rows.filter { if case .skip = $0.plan { return false } else { return true } }
    return page(
      confirm: true,
      rows: rows.map { row in
        BulkReferralPage.Row(fileNo: row.fileNo, fileHref: Links.file(row.fileNo), name: row.name, what: what(row.plan), kind: kind(row.plan))
      },
      // every listed file goes to the POST, so the result names the skipped ones with their reason too
      plans: rows.map(\.plan), acting: acting.count, files: rows.map(\.fileNo))
  }

  func results(_ results: [(fileNo: String, plan: ReferralPreviewRow.Plan, id: Int64?)]) -> BulkReferralPage {
    page(
      confirm: false,
      rows: results.map { r in
        BulkReferralPage.Row(fileNo: r.fileNo, fileHref: Links.file(r.fileNo), what: done(r.plan), kind: kind(r.plan), referral: r.id)
      },
      plans: results.map(\.plan))
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
    let t = texts
    return "\(send) \(t[.ref_bulk_sent]), \(propose) \(t[.ref_bulk_proposed]), \(skip) \(t[.ref_bulk_skipped])"
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
    case .send: return texts[.bulk_will_send]
    case .propose: return texts[.bulk_will_propose]
    case .skip(let e): return texts[.bulk_will_skip] + ": " + ReferralWords.reason(e, texts, ruleName: ruleName)
    }
  }

  /// What happened (result).
  func done(_ plan: ReferralPreviewRow.Plan) -> String {
    switch plan {
    case .send: return texts[.bulk_sent]
    case .propose: return texts[.bulk_proposed]
    case .skip(let e): return texts[.bulk_skipped] + ": " + ReferralWords.reason(e, texts, ruleName: ruleName)
    }
  }
}

/// Why a referral step or a referral was refused, in the user's language.
enum ReferralWords {
  static func reason(_ e: ReferralError, _ t: Texts, ruleName: (String) -> String = { $0 }) -> String {
    switch e {
    case .notFound: return t[.referr_not_found]
    case .forbidden: return t[.referr_forbidden]
    case .noConsent: return t[.referr_no_consent]
    case .notAllowed(let action, let state):
      return t[.referr_not_allowed].replacingOccurrences(of: "%1", with: t.word(.action, action) ?? action)
        .replacingOccurrences(of: "%2", with: t.word(.referralState, state.rawValue) ?? state.rawValue)
    case .fileClosed: return t[.referr_closed]
    case .alreadyReferred(let rule, _): return t[.referr_already].replacingOccurrences(of: "%1", with: ruleName(rule))
    case .versionConflict: return t[.ref_conflict]
    case .invalid(let errors):
      return errors.map { error -> String in
        switch error.path {
        case "rules": return t[.referr_not_a_gap]
        case "municipality": return t[.referr_no_municipality]
        case "due_on": return t[.referr_due_past]
        default: return ServerMessages.text(error, t)
        }
      }.joined(separator: "; ")
    }
  }
}
