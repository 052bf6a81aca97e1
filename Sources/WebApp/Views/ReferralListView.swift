import CaseModel
import CaseStore
import Checklists
import Referrals

/// Turns a page of referrals into the values of `referrals.mustache`: the clerk's list of the
/// office's referrals, or the case manager's inbox.
struct ReferralListView {
  let title: String
  let data: [String: Any]

  init(
    _ list: ReferralList, filter: ReferralFilter, kind: ReferralParty.Kind, today: Day, language: Language,
    rules: [String: Rule] = [:]
  ) {
    let t = Strings.table(language)
    let format = FactFormat(language: language, strings: t)
    let forOffice = kind == .office
    title = forOffice ? t["ref_title"]! : t["ref_inbox_title"]!
    let visible = ReferralState.allCases.filter { forOffice || $0.isVisibleToCaseManagement }
    let all = list.counts.values.reduce(0, +)
    var tabs: [[String: Any]] = [
      ["label": t["ref_all_states"]!, "count": all, "href": Self.href(filter, states: []), "current": filter.states.isEmpty]
    ]
    tabs += visible.map { s in
      let n = list.counts[s] ?? 0
      return [
        "label": t["refstate_" + s.rawValue]!, "count": n, "key": s.rawValue, "none": n == 0,
        "href": Self.href(filter, states: [s]), "current": filter.states == [s],
      ]
    }
    var narrowed = filter
    narrowed.states = []
    narrowed.page = 1
    var d: [String: Any] = [
      "forOffice": forOffice, "tabs": tabs, "total": list.total, "overdue": list.overdue, "hasOverdue": list.overdue > 0,
      "awaitingClerk": list.awaitingClerk, "hasAwaiting": forOffice && list.awaitingClerk > 0,
      // everyone reads what a gap is about (issue 13: titles, not rule ids)
      "rows": list.referrals.map {
        ReferralView.summary($0, today: today, strings: t, format: format) { id in
          rules[id].map { language == .de ? $0.titleDE : $0.title } ?? id
        }
      },
      "hasRows": !list.referrals.isEmpty, "emptyAll": all == 0, "filtered": narrowed != ReferralFilter(),
      "overdueOnly": filter.overdueOnly, "backOnly": filter.awaitingClerkOnly, "rule": filter.rule ?? "",
      "stateValue": filter.states.map(\.rawValue).joined(separator: ","),
      "municipalities": list.municipalities.map {
        ["value": $0.name, "label": "\($0.name) (\($0.open) \(t["ref_open"]!))", "selected": $0.name == filter.municipality]
      },
      "overdueHref": Self.href(Self.with(filter) { $0.overdueOnly = true }, states: filter.states),
      "backHref": Self.href(Self.with(filter) { $0.awaitingClerkOnly = true }, states: filter.states),
      "page": filter.page, "pageCount": max(1, (list.total + filter.pageSize - 1) / filter.pageSize),
    ]
    if filter.page > 1 { d["prevHref"] = Self.href(Self.with(filter) { $0.page -= 1 }, states: filter.states) }
    if filter.page * filter.pageSize < list.total { d["nextHref"] = Self.href(Self.with(filter) { $0.page += 1 }, states: filter.states) }
    data = d
  }

  static func with(_ f: ReferralFilter, _ change: (inout ReferralFilter) -> Void) -> ReferralFilter {
    var copy = f
    change(&copy)
    return copy
  }

  /// The list's address with these filters (the page is kept only when asked).
  static func href(_ f: ReferralFilter, states: [ReferralState]) -> String {
    var items: [String] = []
    if !states.isEmpty { items.append("state=" + states.map(\.rawValue).joined(separator: ",")) }
    if f.overdueOnly { items.append("overdue=1") }
    if f.awaitingClerkOnly { items.append("back=1") }
    if let m = f.municipality { items.append("municipality=" + QueueQuery.escape(m)) }
    if let r = f.rule { items.append("rule=" + QueueQuery.escape(r)) }
    if f.page > 1 { items.append("page=\(f.page)") }
    return "/referrals" + (items.isEmpty ? "" : "?" + items.joined(separator: "&"))
  }
}
