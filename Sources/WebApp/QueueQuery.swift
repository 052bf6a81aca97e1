import Foundation
import CaseModel
import CaseStore
import Hummingbird

/// Reads the queue's filters from the query string (the page's filter form and the API share it).
/// The office always comes from the access policy; unknown values are a 400, not silently ignored.
enum QueueQuery {
  static func filter(_ query: Parameters, office: Office) throws -> QueueFilter {
    var f = QueueFilter(office: office)
    func value(_ name: String) -> String? { QueryParameter.text(query, name) }
    func parse<T>(_ name: String, _ expected: Reason.Expectation, _ make: (String) -> T?) throws -> T? {
      guard let raw = value(name) else { return nil }
      guard let v = make(raw) else { throw QueryParameter.invalid(name, expected, raw) }
      return v
    }
    func names(_ all: [String]) -> Reason.Expectation { .oneOf(all) }
    f.group = try parse("verdict", names(QueueGroup.allCases.map(\.rawValue))) { QueueGroup(rawValue: $0) }
    f.status = try parse("stage", names(CaseStatus.allCases.map(\.rawValue))) { CaseStatus(rawValue: $0) }
    f.team = try parse("team", names(Team.allCases.map(\.rawValue))) { Team(rawValue: $0) }
    f.minAgeDays = try QueryParameter.int(query, "min_age_days", 0...QueryParameter.maxDays)
    f.page = try QueryParameter.int(query, "page", 1...QueryParameter.maxPage) ?? 1
    f.pageSize = try QueryParameter.int(query, "page_size", 1...500) ?? 50
    f.permit104cEndsWithinDays = try QueryParameter.int(query, "permit_104c_days", 0...3650)
    f.turns27WithinDays = try QueryParameter.int(query, "turns_27_days", 0...3650)
    f.municipality = value("municipality")
    f.clerk = value("clerk")
    f.gapRule = value("gap_rule")
    f.query = value("q")
    f.route = try parse("route", names(QueueRoute.allCases.map(\.rawValue))) { QueueRoute(rawValue: $0) }
    f.sort = try parse("sort", names(QueueSort.allCases.map(\.rawValue))) { QueueSort(rawValue: $0) }
    f.descending = try parse("dir", .ascOrDesc) { ["asc": false, "desc": true][$0] } ?? false
    f.followUpDue = value("follow_up_due") == "1"
    f.residence25bComplete = value("time_25b") == "1"
    return f
  }

  /// The query string of a filter (for pagination and group links), page and group replaceable.
  static func string(
    _ f: QueueFilter, group: QueueGroup?? = .none, page: Int? = nil, sort: (QueueSort, descending: Bool)?? = .none
  ) -> String {
    var items = items(f, group: group, sort: sort)
    if let page, page > 1 { items.append(("page", String(page))) }
    let parts = items.map { k, v in "\(k)=\(escape(v))" }
    return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
  }

  /// The filter's parameters that are set, as given (for links and the audit of list reads).
  static func items(
    _ f: QueueFilter, group: QueueGroup?? = .none, sort: (QueueSort, descending: Bool)?? = .none
  ) -> [(String, String)] {
    let order = sort ?? f.sort.map { ($0, f.descending) }
    let items: [(String, String?)] = [
      ("verdict", (group ?? f.group)?.rawValue), ("stage", f.status?.rawValue), ("team", f.team?.rawValue),
      ("min_age_days", f.minAgeDays.map(String.init)), ("municipality", f.municipality), ("clerk", f.clerk),
      ("gap_rule", f.gapRule), ("q", f.query), ("follow_up_due", f.followUpDue ? "1" : nil),
      ("permit_104c_days", f.permit104cEndsWithinDays.map(String.init)),
      ("turns_27_days", f.turns27WithinDays.map(String.init)), ("time_25b", f.residence25bComplete ? "1" : nil),
      ("route", f.route?.rawValue), ("sort", order?.0.rawValue), ("dir", order.flatMap { $0.descending ? "desc" : nil }),
    ]
    return items.compactMap { k, v in v.map { (k, $0) } }
  }

  /// The audit record of a page of the queue (`list` names the route).
  static func listRead(_ list: String, _ f: QueueFilter, _ page: QueuePage) -> ListRead {
    var filters = items(f).map { (name: $0.0, value: $0.1) }
    filters.append((name: "page", value: String(page.page)))
    return ListRead(list: list, filters: filters, total: page.total, fileNos: page.rows.map(\.fileNo))
  }

  static func escape(_ s: String) -> String { Links.escape(s) }
}
