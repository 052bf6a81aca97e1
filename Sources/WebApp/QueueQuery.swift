import Foundation
import CaseModel
import CaseStore
import Hummingbird

/// Reads the queue's filters from the query string (the page's filter form and the API share it).
/// The office always comes from the access policy; unknown values are a 400, not silently ignored.
enum QueueQuery {
  static func filter(_ query: Parameters, office: Office) throws -> QueueFilter {
    var f = QueueFilter(office: office)
    func value(_ name: String) -> String? {
      query.get(name).map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
    }
    func parse<T>(_ name: String, _ make: (String) -> T?) throws -> T? {
      guard let raw = value(name) else { return nil }
      guard let v = make(raw) else { throw AppError(.badRequest, "unknown value for \(name): \(raw)") }
      return v
    }
    f.group = try parse("verdict") { QueueGroup(rawValue: $0) }
    f.status = try parse("stage") { CaseStatus(rawValue: $0) }
    f.team = try parse("team") { Team(rawValue: $0) }
    f.minAgeDays = try parse("min_age_days") { Int($0).flatMap { $0 >= 0 ? $0 : nil } }
    f.page = try parse("page") { Int($0).flatMap { $0 >= 1 ? $0 : nil } } ?? 1
    f.pageSize = try parse("page_size") { Int($0).flatMap { (1...500).contains($0) ? $0 : nil } } ?? 50
    f.permit104cEndsWithinDays = try parse("permit_104c_days") { Int($0).flatMap { (0...3650).contains($0) ? $0 : nil } }
    f.turns27WithinDays = try parse("turns_27_days") { Int($0).flatMap { (0...3650).contains($0) ? $0 : nil } }
    f.municipality = value("municipality")
    f.clerk = value("clerk")
    f.gapRule = value("gap_rule")
    f.query = value("q")
    f.route = try parse("route") { QueueRoute(rawValue: $0) }
    f.sort = try parse("sort") { QueueSort(rawValue: $0) }
    f.descending = try parse("dir") { ["asc": false, "desc": true][$0] } ?? false
    f.followUpDue = value("follow_up_due") == "1"
    f.residence25bComplete = value("time_25b") == "1"
    return f
  }

  /// The query string of a filter (for pagination and group links), page and group replaceable.
  static func string(
    _ f: QueueFilter, group: QueueGroup?? = .none, page: Int? = nil, sort: (QueueSort, descending: Bool)?? = .none
  ) -> String {
    let order = sort ?? f.sort.map { ($0, f.descending) }
    var items: [(String, String?)] = [
      ("verdict", (group ?? f.group)?.rawValue), ("stage", f.status?.rawValue), ("team", f.team?.rawValue),
      ("min_age_days", f.minAgeDays.map(String.init)), ("municipality", f.municipality), ("clerk", f.clerk),
      ("gap_rule", f.gapRule), ("q", f.query), ("follow_up_due", f.followUpDue ? "1" : nil),
      ("permit_104c_days", f.permit104cEndsWithinDays.map(String.init)),
      ("turns_27_days", f.turns27WithinDays.map(String.init)), ("time_25b", f.residence25bComplete ? "1" : nil),
      ("route", f.route?.rawValue), ("sort", order?.0.rawValue), ("dir", order.flatMap { $0.descending ? "desc" : nil }),
    ]
    if let page, page > 1 { items.append(("page", String(page))) }
    let parts = items.compactMap { k, v in v.map { "\(k)=\(escape($0))" } }
    return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
  }

  static let unreserved = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))

  static func escape(_ s: String) -> String {
    s.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
  }
}
