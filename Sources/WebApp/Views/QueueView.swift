import CaseModel
import CaseStore

/// The values of `queue.mustache`: the tabs by group, the filters, the rows of one page, the
/// bulk forms and the closed files a search found.
struct QueueView: PageContent {
  static let template = "queue"

  struct Tab: TemplateValues {
    let label: String
    let count: Int
    var key = ""
    let href: String
    let current: Bool
    var none = false
  }

  struct Column: TemplateValues {
    let label: String
    let key: String
    let href: String
    /// `ascending` or `descending` on the column the rows are sorted by.
    let ariaSort: String?
    let arrow: String
  }

  struct Row: TemplateValues {
    let openReferral: Bool
    let sorted: Bool
    let permitEnd: String
    let permitEnded: Bool
    let turns27: String
    let fileNo: String
    let fileHref: String
    let name: String
    let stage: String
    let received: String
    let clerk: String
    let municipality: String
    let group: String
    let groupLabel: String
    let groupStarts: Bool
    let followUp: String
    let eligibleOn: String
    let pastThreeMonths: Bool
    let backFromCM: Bool
    /// The open gaps' rule ids and their titles (nil when there is none).
    let gapRules: String?
    let gapTitles: String?
  }

  struct ClosedRow: TemplateValues {
    let fileNo: String
    let fileHref: String
    let name: String
    let stage: String
    let closedOn: String
  }

  /// The counts of a bulk referral, shown after it.
  struct Referred: TemplateValues {
    let sent: Int
    let proposed: Int
    let skipped: Int
  }

  struct RuleTitle: TemplateValues {
    let id: String
    let title: String
  }

  let title: String
  let officeLabel: String
  let total: Int
  let open: Int
  let pastThreeMonths: Int
  let hasPastThreeMonths: Bool
  let tabs: [Tab]
  let rows: [Row]
  let hasRows: Bool
  let filtered: Bool
  let emptyOffice: Bool
  let emptyGroup: Bool
  let q: String
  let gapRule: String
  let followUpDue: Bool
  let time25b: Bool
  let stages: [Choice]
  let verdicts: [Choice]
  let teams: [Choice]
  let ages: [Choice]
  let clerks: [Choice]
  let isABH: Bool
  let permitDays: [Choice]
  let turns27Days: [Choice]
  let clerkUnassigned: Bool
  let assignClerks: [Choice]
  let municipalities: [Choice]
  let routes: [Choice]
  let page: Int
  let pageCount: Int
  let back: String
  let prevHref: String?
  let nextHref: String?
  let assigned: String?
  let referred: Referred?
  let columns: [Column]
  let colspan: Int
  let sorted: Bool
  let triageHref: String
  let closed: [ClosedRow]
  let hasClosed: Bool
  let bulkRule: String
  let ruleIds: [RuleTitle]
  let defaultDue: String

  init(
    page: QueuePage, filter: QueueFilter, facets: (clerks: [String], municipalities: [String]),
    texts t: Texts, assigned: String?, today: Day, backFromCaseManagement: Set<String> = [],
    openReferrals: Set<String> = [],
    referred: String? = nil, closed: [ClosedMatch] = [], ruleTitles: [(id: String, title: String)] = []
  ) {
    title = t[.queue_title] + " – " + (t.word(.office, filter.office.rawValue) ?? "")
    let titles = Dictionary(ruleTitles.map { ($0.id, $0.title) }) { a, _ in a }
    let all = page.counts.reduce(0) { $0 + $1.count }
    tabs = [
      Tab(label: t[.group_all], count: all, href: "/queue" + QueueQuery.string(filter, group: .some(nil)), current: filter.group == nil)
    ]
      + page.counts.map { g, n in
        Tab(
          label: t.word(.group, g.rawValue) ?? g.rawValue, count: n, key: g.rawValue,
          href: "/queue" + QueueQuery.string(filter, group: .some(g)), current: filter.group == g, none: n == 0)
      }
    var previous: QueueGroup?
    let sorted = filter.sort != nil
    rows = page.rows.map { r in
      defer { previous = r.group }
      let permitEnd = r.permit104cEndsOn.flatMap(Day.init(iso:))
      let gapRules = Self.ruleList(r.gapRules)
      return Row(
        openReferral: openReferrals.contains(r.fileNo), sorted: sorted,
        permitEnd: permitEnd?.german ?? "", permitEnded: permitEnd.map { $0 < today } ?? false,
        turns27: r.birthDate.flatMap(Day.init(iso:))?.adding(years: 27).german ?? "",
        fileNo: r.fileNo, fileHref: Links.file(r.fileNo), name: r.familyName + (r.givenNames.map { ", " + $0 } ?? ""),
        stage: t.word(.status, r.status) ?? r.status, received: Self.german(r.receivedOn),
        clerk: r.clerk ?? "–", municipality: r.municipality ?? "–", group: r.group.rawValue,
        groupLabel: t.word(.group, r.group.rawValue) ?? r.group.rawValue,
        groupStarts: !sorted && r.group != previous, followUp: r.followUpOn.map(Self.german) ?? "",
        eligibleOn: r.eligibleOn.map(Self.german) ?? "", pastThreeMonths: r.pastThreeMonths,
        backFromCM: backFromCaseManagement.contains(r.fileNo),
        gapRules: gapRules, gapTitles: gapRules.map { Self.ruleList(r.gapRules, titles: titles) ?? $0 })
    }
    func options(_ values: [String], selected: String?, labels: (String) -> String = { $0 }) -> [Choice] {
      values.map { Choice(value: $0, label: labels($0), selected: $0 == selected) }
    }
    let narrowed = Self.isNarrowed(filter)
    officeLabel = t.word(.office, filter.office.rawValue) ?? ""
    total = page.total
    open = all
    pastThreeMonths = page.pastThreeMonths
    hasPastThreeMonths = page.pastThreeMonths > 0
    hasRows = !rows.isEmpty
    filtered = narrowed
    emptyOffice = all == 0 && !narrowed
    emptyGroup = all > 0 && filter.group != nil && !narrowed
    q = filter.query ?? ""
    gapRule = filter.gapRule ?? ""
    followUpDue = filter.followUpDue
    time25b = filter.residence25bComplete
    stages = options(CaseStatus.allCases.filter { !$0.isClosed }.map(\.rawValue), selected: filter.status?.rawValue) {
      t.word(.status, $0) ?? $0
    }
    verdicts = options(QueueGroup.allCases.map(\.rawValue), selected: filter.group?.rawValue) { t.word(.group, $0) ?? $0 }
    teams = options(Team.allCases.map(\.rawValue), selected: filter.team?.rawValue) { t.word(.team, $0) ?? $0 }
    ages = options(["90", "180", "365", "730"], selected: filter.minAgeDays.map(String.init)) { t.word(.age, $0) ?? $0 }
    clerks = options(facets.clerks, selected: filter.clerk)
    isABH = filter.office == .ABH
    permitDays = options(["30", "90", "180"], selected: filter.permit104cEndsWithinDays.map(String.init)) {
      t[.permit_104c_within] + " " + $0 + " " + t[.days]
    }
    turns27Days = options(["90", "180", "365"], selected: filter.turns27WithinDays.map(String.init)) {
      t[.permit_104c_within] + " " + $0 + " " + t[.days]
    }
    clerkUnassigned = filter.clerk == "-"
    assignClerks = facets.clerks.map { Choice(value: $0, label: $0) }
    municipalities = options(facets.municipalities, selected: filter.municipality)
    routes = options(QueueRoute.allCases.map(\.rawValue), selected: filter.route?.rawValue) { t.word(.route, $0) ?? $0 }
    self.page = page.page
    pageCount = page.pageCount
    back = "/queue" + QueueQuery.string(filter, page: page.page)
    prevHref = page.page > 1 ? "/queue" + QueueQuery.string(filter, page: page.page - 1) : nil
    nextHref = page.page < page.pageCount ? "/queue" + QueueQuery.string(filter, page: page.page + 1) : nil
    self.assigned = assigned.flatMap { $0.isEmpty ? nil : $0 }
    let counts = referred?.split(separator: "-").compactMap { Int($0) } ?? []
    self.referred = counts.count == 3 ? Referred(sent: counts[0], proposed: counts[1], skipped: counts[2]) : nil
    var columns: [(QueueSort, StringKey)] = [
      (.fileNo, .file_no), (.name, .name), (.stage, .stage), (.received, .received_on), (.municipality, .municipality),
      (.clerk, .clerk), (.followUp, .follow_up_on), (.eligibleOn, .eligible_or_open),
    ]
    if filter.office == .ABH { columns += [(.permit104cEnd, .col_permit_104c_end), (.turns27, .col_turns_27)] }
    self.columns = columns.map { key, label in
      let current = filter.sort == key
      return Column(
        label: t[label], key: key.rawValue,
        href: "/queue" + QueueQuery.string(filter, sort: .some((key, current && !filter.descending))),
        ariaSort: current ? (filter.descending ? "descending" : "ascending") : nil,
        arrow: current ? (filter.descending ? "▼" : "▲") : "")
    }
    colspan = columns.count + 1
    self.sorted = sorted
    triageHref = "/queue" + QueueQuery.string(filter, sort: .some(nil))
    self.closed = closed.map { c in
      ClosedRow(
        fileNo: c.fileNo, fileHref: Links.file(c.fileNo), name: c.familyName + (c.givenNames.map { ", " + $0 } ?? ""),
        stage: t.word(.status, c.status) ?? c.status, closedOn: c.closedOn.map(Self.german) ?? "–")
    }
    hasClosed = !closed.isEmpty
    bulkRule = filter.gapRule ?? ""
    ruleIds = ruleTitles.map { RuleTitle(id: $0.id, title: $0.title) }
    defaultDue = today.adding(days: 42).iso
  }

  /// Whether filters (not the group tab or the page) narrow the queue.
  static func isNarrowed(_ filter: QueueFilter) -> Bool {
    var plain = filter
    plain.group = nil
    plain.page = 1
    plain.pageSize = 50
    return plain != QueueFilter(office: filter.office)
  }

  /// The stored `,STAG11,STAG10-LANG,` as `STAG11, STAG10-LANG`; nil when there is none.
  static func ruleList(_ stored: String?, titles: [String: String] = [:]) -> String? {
    let rules = (stored ?? "").split(separator: ",").map(String.init)
    return rules.isEmpty ? nil : rules.map { titles[$0] ?? $0 }.joined(separator: titles.isEmpty ? ", " : "; ")
  }

  /// `2024-03-01` -> `01.03.2024`.
  static func german(_ iso: String) -> String { Day(iso: iso)?.german ?? iso }
}
