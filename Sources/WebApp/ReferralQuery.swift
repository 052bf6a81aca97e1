import CaseStore
import Hummingbird
import Referrals

/// The referral list's filters from the query string (pages and API): `state` (one or more,
/// comma-separated), `overdue=1`, `back=1` (unseen returns), `municipality`, `rule`, `page`.
enum ReferralQuery {
  static func filter(_ params: Parameters) throws -> ReferralFilter {
    var f = ReferralFilter()
    if let states = params.get("state"), !states.isEmpty {
      f.states = try states.split(separator: ",").map { raw in
        guard let s = ReferralState(rawValue: String(raw)) else {
          throw AppError(.badRequest, "unknown state \(raw); states: " + ReferralState.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return s
      }
    }
    f.overdueOnly = params.get("overdue") == "1"
    f.awaitingClerkOnly = params.get("back") == "1"
    f.municipality = params.get("municipality").flatMap { $0.isEmpty ? nil : $0 }
    f.rule = params.get("rule").flatMap { $0.isEmpty ? nil : $0 }
    if let p = params.get("page") {
      guard let n = Int(p), n >= 1 else { throw AppError(.badRequest, "page must be a number from 1") }
      f.page = n
    }
    return f
  }
}
