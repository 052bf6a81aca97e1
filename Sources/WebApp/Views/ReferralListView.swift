import CaseModel
import CaseStore
import Checklists
import Referrals

/// The values of `referrals.mustache`: the clerk's list of the office's referrals, or the case
/// manager's inbox.
struct ReferralListView: PageContent {
  static let template = "referrals"

  struct Tab: TemplateValues {
    let label: String
    let count: Int
    var key = ""
    var none = false
    let href: String
    let current: Bool
  }

  let title: String
  let forOffice: Bool
  let tabs: [Tab]
  let total: Int
  let overdue: Int
  let hasOverdue: Bool
  let awaitingClerk: Int
  let hasAwaiting: Bool
  let rows: [ReferralSummary]
  let hasRows: Bool
  let emptyAll: Bool
  let filtered: Bool
  let overdueOnly: Bool
  let backOnly: Bool
  let rule: String
  let stateValue: String
  let municipalities: [Choice]
  let overdueHref: String
  let backHref: String
  let page: Int
  let pageCount: Int
  let prevHref: String?
  let nextHref: String?

  init(
    _ list: ReferralList, filter: ReferralFilter, kind: ReferralParty.Kind, today: Day, language: Language,
    rules: [String: Rule] = [:]
  ) {
    let t = Texts.of(language)
    let format = FactFormat(t)
    forOffice = kind == .office
    title = forOffice ? t[.ref_title] : t[.ref_inbox_title]
    let visible = ReferralState.allCases.filter { kind == .office || $0.isVisibleToCaseManagement }
    let all = list.counts.values.reduce(0, +)
    tabs = [Tab(label: t[.ref_all_states], count: all, href: Self.href(filter, states: []), current: filter.states.isEmpty)]
      + visible.map { s in
        let n = list.counts[s] ?? 0
        return Tab(
          label: t.word(.referralState, s.rawValue) ?? s.rawValue, count: n, key: s.rawValue, none: n == 0,
          href: Self.href(filter, states: [s]), current: filter.states == [s])
      }
    var narrowed = filter
    narrowed.states = []
    narrowed.page = 1
    total = list.total
    overdue = list.overdue
    hasOverdue = list.overdue > 0
    awaitingClerk = list.awaitingClerk
    hasAwaiting = kind == .office && list.awaitingClerk > 0
    // everyone reads what a gap is about (issue 13: titles, not rule ids)
    rows = list.referrals.map {
      ReferralSummary($0, today: today, texts: t, format: format) { id in
        rules[id].map { language == .de ? $0.titleDE : $0.title } ?? id
      }
    }
    hasRows = !list.referrals.isEmpty
    emptyAll = all == 0
    filtered = narrowed != ReferralFilter()
    overdueOnly = filter.overdueOnly
    backOnly = filter.awaitingClerkOnly
    rule = filter.rule ?? ""
    stateValue = filter.states.map(\.rawValue).joined(separator: ",")
    municipalities = list.municipalities.map {
      Choice(value: $0.name, label: "\($0.name) (\($0.open) \(t[.ref_open]))", selected: $0.name == filter.municipality)
    }
    overdueHref = Self.href(Self.with(filter) { $0.overdueOnly = true }, states: filter.states)
    backHref = Self.href(Self.with(filter) { $0.awaitingClerkOnly = true }, states: filter.states)
    page = filter.page
    pageCount = max(1, (list.total + filter.pageSize - 1) / filter.pageSize)
    prevHref = filter.page > 1 ? Self.href(Self.with(filter) { $0.page -= 1 }, states: filter.states) : nil
    nextHref = filter.page * filter.pageSize < list.total ? Self.href(Self.with(filter) { $0.page += 1 }, states: filter.states) : nil
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
