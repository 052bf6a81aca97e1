import CaseModel
import CaseStore

/// Turns a queue page into the values of `queue.mustache`.
struct QueueView {
  let title: String
  let data: [String: Any]

  init(
    page: QueuePage, filter: QueueFilter, facets: (clerks: [String], municipalities: [String]),
    strings t: [String: String], assigned: String?, today: Day, backFromCaseManagement: Set<String> = [],
    referred: String? = nil, closed: [ClosedMatch] = [], ruleTitles: [(id: String, title: String)] = []
  ) {
    title = (t["queue_title"] ?? "") + " – " + (t["office_" + filter.office.rawValue] ?? "")
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
    let rows: [[String: Any]] = page.rows.map { r in
      defer { previous = r.group }
      return [
        "fileNo": r.fileNo, "name": r.familyName + (r.givenNames.map { ", " + $0 } ?? ""),
        "stage": t["status_" + r.status] ?? r.status, "received": Self.german(r.receivedOn),
        "clerk": r.clerk ?? "–", "municipality": r.municipality ?? "–", "group": r.group.rawValue,
        "groupLabel": t["group_" + r.group.rawValue] ?? r.group.rawValue,
        "groupStarts": r.group != previous, "followUp": r.followUpOn.map(Self.german) ?? "",
        "eligibleOn": r.eligibleOn.map(Self.german) ?? "", "pastThreeMonths": r.pastThreeMonths,
        "backFromCM": backFromCaseManagement.contains(r.fileNo),
      ].merging(Self.ruleList(r.gapRules).map { ["gapRules": $0] } ?? [:]) { $1 }
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
    d["closed"] = closed.map { c in
      [
        "fileNo": c.fileNo, "name": c.familyName + (c.givenNames.map { ", " + $0 } ?? ""),
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
  static func ruleList(_ stored: String?) -> String? {
    let rules = (stored ?? "").split(separator: ",").map(String.init)
    return rules.isEmpty ? nil : rules.joined(separator: ", ")
  }

  /// `2024-03-01` -> `01.03.2024`.
  static func german(_ iso: String) -> String { Day(iso: iso)?.german ?? iso }
}
