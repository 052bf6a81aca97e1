import CaseStore
import Hummingbird
import CaseModel
import Referrals

/// The referral list's filters from the query string (pages and API): `state` (one or more,
/// comma-separated), `overdue=1`, `back=1` (unseen returns), `municipality`, `rule`, `page`.
enum ReferralQuery {
  static func filter(_ params: Parameters) throws -> ReferralFilter {
    var f = ReferralFilter()
    if let states = params.get("state"), !states.isEmpty {
      f.states = try states.split(separator: ",").map { raw in
        guard let s = ReferralState(rawValue: String(raw)) else {
          throw QueryParameter.invalid("state", .statesFrom(ReferralState.allCases.map(\.rawValue)), String(raw))
        }
        return s
      }
    }
    f.overdueOnly = params.get("overdue") == "1"
    f.awaitingClerkOnly = params.get("back") == "1"
    f.municipality = params.get("municipality").flatMap { $0.isEmpty ? nil : $0 }
    f.rule = params.get("rule").flatMap { $0.isEmpty ? nil : $0 }
    f.page = try QueryParameter.int(params, "page", 1...QueryParameter.maxPage) ?? 1
    return f
  }

  /// The audit record of a page of referrals (`list` names the route).
  static func listRead(_ list: String, _ f: ReferralFilter, _ shown: ReferralList) -> ListRead {
    var filters: [(name: String, value: String)] = []
    if !f.states.isEmpty { filters.append((name: "state", value: f.states.map(\.rawValue).joined(separator: ","))) }
    if f.overdueOnly { filters.append((name: "overdue", value: "1")) }
    if f.awaitingClerkOnly { filters.append((name: "back", value: "1")) }
    if let m = f.municipality { filters.append((name: "municipality", value: m)) }
    if let r = f.rule { filters.append((name: "rule", value: r)) }
    filters.append((name: "page", value: String(f.page)))
    return ListRead(list: list, filters: filters, total: shown.total, fileNos: shown.fileNos)
  }
}
