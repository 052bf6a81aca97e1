import CaseModel
import CaseStore

/// Turns a queue page into the values of `queue.mustache`.
struct QueueView {
  let title: String
  let data: [String: Any]

  init(
    page: QueuePage, filter: QueueFilter, facets: (clerks: [String], municipalities: [String]),
    strings t: [String: String], assigned: String?, today: Day, backFromCaseManagement: Set<String> = [],
    openReferrals: Set<String> = [],
    referred: String? = nil, closed: [ClosedMatch] = [], ruleTitles: [(id: String, title: String)] = []
  ) {
    title = (t["queue_title"] ?? "") + " – " + (t["office_" + filter.office.rawValue] ?? "")
    let titles = Dictionary(ruleTitles.map { ($0.id, $0.title) }) { a, _ in a }
    let all = page.counts.reduce(0) { $0 + $1.count }
    var tabs: [[String: Any]] = [
      ["label": t["group_all"]!, "count": all, "href": "/queue" + QueueQuery.string(filter, group: .some(nil)),
       "current": filter.group == nil]
    ]
    tabs += page.counts.map { g, n in
      ["label": t["group_" + g.rawValue] ?? g.rawValue, "count": n, "key": g.rawValue,
       "href": "/queue" + QueueQuery.string(filter, group: .some(g)), "current": filter.group == g, "none": n == 0]
    }
    var previous: QueueGroup?
    let sorted = filter.sort != nil
    let rows: [[String: Any]] = page.rows.map { r in
      defer { previous = r.group }
      let permitEnd = r.permit104cEndsOn.flatMap(Day.init(iso:))
      return [
        "openReferral": openReferrals.contains(r.fileNo), "sorted": sorted,
        "permitEnd": permitEnd?.german ?? "", "permitEnded": permitEnd.map { $0 < today } ?? false,
        "turns27": r.birthDate.flatMap(Day.init(iso:))?.adding(years: 27).german ?? "",
        "fileNo": r.fileNo, "fileHref": Links.file(r.fileNo), "name": r.familyName + (r.givenNames.map { ", " + $0 } ?? ""),
        "stage": t["status_" + r.status] ?? r.status, "received": Self.german(r.receivedOn),
        "clerk": r.clerk ?? "–", "municipality": r.municipality ?? "–", "group": r.group.rawValue,
        "groupLabel": t["group_" + r.group.rawValue] ?? r.group.rawValue,
        "groupStarts": !sorted && r.group != previous, "followUp": r.followUpOn.map(Self.german) ?? "",
        "eligibleOn": r.eligibleOn.map(Self.german) ?? "", "pastThreeMonths": r.pastThreeMonths,
        "backFromCM": backFromCaseManagement.contains(r.fileNo),
      ].merging(Self.ruleList(r.gapRules).map { ["gapRules": $0, "gapTitles": Self.ruleList(r.gapRules, titles: titles) ?? $0] } ?? [:]) { $1 }
    }
    func options(_ values: [String], selected: String?, labels: (String) -> String = { $0 }) -> [[String: Any]] {
      values.map { ["value": $0, "label": labels($0), "selected": $0 == selected] }
    }
    var d: [String: Any] = [
      "officeLabel": t["office_" + filter.office.rawValue] ?? "", "total": page.total, "open": all,
      "pastThreeMonths": page.pastThreeMonths, "hasPastThreeMonths": page.pastThreeMonths > 0, "tabs": tabs, "rows": rows, "hasRows": !rows.isEmpty, "filtered": Self.isNarrowed(filter),
      "emptyOffice": all == 0 && !Self.isNarrowed(filter),
      "emptyGroup": all > 0 && filter.group != nil && !Self.isNarrowed(filter),
      "q": filter.query ?? "", "gapRule": filter.gapRule ?? "", "followUpDue": filter.followUpDue, "time25b": filter.residence25bComplete,
      "stages": options(CaseStatus.allCases.filter { !$0.isClosed }.map(\.rawValue), selected: filter.status?.rawValue) {
        t["status_" + $0] ?? $0
      },
      "verdicts": options(QueueGroup.allCases.map(\.rawValue), selected: filter.group?.rawValue) { t["group_" + $0] ?? $0 },
      "teams": options(Team.allCases.map(\.rawValue), selected: filter.team?.rawValue) { t["team_" + $0] ?? $0 },
      "ages": options(["90", "180", "365", "730"], selected: filter.minAgeDays.map(String.init)) { t["age_" + $0] ?? $0 },
      "clerks": options(facets.clerks, selected: filter.clerk),
      "isABH": filter.office == .ABH,
      "permitDays": options(["30", "90", "180"], selected: filter.permit104cEndsWithinDays.map(String.init)) {
        (t["permit_104c_within"] ?? "") + " " + $0 + " " + (t["days"] ?? "")
      },
      "turns27Days": options(["90", "180", "365"], selected: filter.turns27WithinDays.map(String.init)) {
        (t["permit_104c_within"] ?? "") + " " + $0 + " " + (t["days"] ?? "")
      },
      "clerkUnassigned": filter.clerk == "-",
      "assignClerks": facets.clerks.map { ["value": $0] },
      "municipalities": options(facets.municipalities, selected: filter.municipality),
      "page": page.page, "pageCount": page.pageCount, "back": "/queue" + QueueQuery.string(filter, page: page.page),
    ]
    if page.page > 1 { d["prevHref"] = "/queue" + QueueQuery.string(filter, page: page.page - 1) }
    if page.page < page.pageCount { d["nextHref"] = "/queue" + QueueQuery.string(filter, page: page.page + 1) }
    if let assigned, !assigned.isEmpty { d["assigned"] = assigned }
    if let counts = referred?.split(separator: "-").compactMap({ Int($0) }), counts.count == 3 {
      d["referred"] = ["sent": counts[0], "proposed": counts[1], "skipped": counts[2]]
    }
    var columns: [(QueueSort, String)] = [
      (.fileNo, "file_no"), (.name, "name"), (.stage, "stage"), (.received, "received_on"), (.municipality, "municipality"),
      (.clerk, "clerk"), (.followUp, "follow_up_on"), (.eligibleOn, "eligible_or_open"),
    ]
    if filter.office == .ABH { columns += [(.permit104cEnd, "col_permit_104c_end"), (.turns27, "col_turns_27")] }
    d["columns"] = columns.map { key, label in
      let current = filter.sort == key
      let nextDescending = current && !filter.descending
      var c: [String: Any] = [
        "label": t[label] ?? label, "key": key.rawValue,
        "href": "/queue" + QueueQuery.string(filter, sort: .some((key, nextDescending))),
      ]
      if current { c["ariaSort"] = filter.descending ? "descending" : "ascending" }
      c["arrow"] = current ? (filter.descending ? "▼" : "▲") : ""
      return c
    }
    d["colspan"] = columns.count + 1
    d["sorted"] = sorted
    d["triageHref"] = "/queue" + QueueQuery.string(filter, sort: .some(nil))
    d["routes"] = options(QueueRoute.allCases.map(\.rawValue), selected: filter.route?.rawValue) { t["route_" + $0] ?? $0 }
    d["closed"] = closed.map { c in
      [
        "fileNo": c.fileNo, "fileHref": Links.file(c.fileNo), "name": c.familyName + (c.givenNames.map { ", " + $0 } ?? ""),
        "stage": t["status_" + c.status] ?? c.status, "closedOn": c.closedOn.map(Self.german) ?? "–",
      ]
    }
    d["hasClosed"] = !closed.isEmpty
    d["bulkRule"] = filter.gapRule ?? ""
    d["ruleIds"] = ruleTitles.map { ["id": $0.id, "title": $0.title] }
    d["defaultDue"] = today.adding(days: 42).iso
    data = d
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
