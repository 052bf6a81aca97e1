import Foundation
import CaseModel
import GRDB

/// The groups of the triage queue, in the order a clerk works through them: what can be decided
/// today first, then what the office itself can move on (gaps only the authority closes, such as
/// the security inquiry), files waiting for documents, gaps for the applicant or case management,
/// files waiting only for time, review, and last the files nothing can be done about now.
/// `notScreened` holds files the engine has not screened yet. Stored in `case_file.queue_group`.
public enum QueueGroup: String, CaseIterable, Sendable, Codable {
  case eligible, officeAction = "office_action", incomplete, gaps, waitingForTime = "waiting_time", review
  case suspended, excluded
  case notScreened = "not_screened"

  /// The `case_file.queue_group` value of the group (nil = not screened).
  public var stored: String? { self == .notScreened ? nil : rawValue }
}

/// What the clerk narrowed the queue to. `office` is set by the access policy, never by the user.
public struct QueueFilter: Sendable, Hashable {
  public var office: Office
  public var group: QueueGroup?
  public var gapRule: String?
  public var status: CaseStatus?
  public var municipality: String?
  public var team: Team?
  public var clerk: String?
  /// Only files whose follow-up date is today or earlier.
  public var followUpDue = false
  /// Only files received at least this many days ago.
  public var minAgeDays: Int?
  /// Words of a name (any order, with or without accents or a comma) or part of a file number.
  public var query: String?
  /// ABH: only files whose § 104c permit ends between today and this many days from today
  /// (permits already ended are not included). Reads the facts JSON, so it suits the ABH's
  /// hundreds of files, not a queue of tens of thousands.
  public var permit104cEndsWithinDays: Int?
  /// ABH: only people who turn 27 (and so lose § 25a AufenthG) within this many days from today.
  public var turns27WithinDays: Int?
  /// ABH: only files whose § 25b screening has the residence time complete (no open AUFG25B-RES).
  public var residence25bComplete = false
  /// ABH: only files on this route.
  public var route: QueueRoute?
  /// Sorted by this column instead of the triage order.
  public var sort: QueueSort?
  public var descending = false
  public var page = 1
  public var pageSize = 50

  public init(office: Office) { self.office = office }
}

/// One line of the queue: what a clerk needs to pick the next file, no more.
public struct QueueRow: Sendable, Codable, Equatable {
  public var fileNo: String
  public var familyName: String
  public var givenNames: String?
  public var status: String
  public var receivedOn: String
  public var clerk: String?
  public var team: String?
  public var municipality: String?
  public var verdict: String?
  public var eligibleOn: String?
  public var gapRules: String?
  public var followUpOn: String?
  public var group: QueueGroup
  /// Open for more than three months without a decision: the applicant may sue (§ 75 VwGO).
  public var pastThreeMonths: Bool
  public var birthDate: String? = nil
  /// The end of the person's § 104c permit (ABH).
  public var permit104cEndsOn: String? = nil

  enum CodingKeys: String, CodingKey {
    case fileNo = "file_no", familyName = "family_name", givenNames = "given_names", status
    case receivedOn = "received_on", clerk, team, municipality, verdict, eligibleOn = "eligible_on"
    case gapRules = "gap_rules", followUpOn = "follow_up_on", group, pastThreeMonths = "past_three_months"
    case birthDate = "birth_date", permit104cEndsOn = "permit_104c_ends_on"
  }
}

/// A closed file found by a search (shown apart from the queue, marked as closed).
public struct ClosedMatch: Sendable, Codable, Equatable {
  public var fileNo: String
  public var familyName: String
  public var givenNames: String?
  public var status: String
  public var closedOn: String?

  enum CodingKeys: String, CodingKey {
    case fileNo = "file_no", familyName = "family_name", givenNames = "given_names", status, closedOn = "closed_on"
  }
}

/// One page of the queue with the counts of every group under the same filters.
public struct QueuePage: Sendable {
  public var rows: [QueueRow]
  /// Every group in queue order with its count (zero counts included).
  public var counts: [(group: QueueGroup, count: Int)]
  /// Files matching the filters, in the selected group if one is selected.
  public var total: Int
  public var pastThreeMonths: Int
  public var page: Int
  public var pageSize: Int
  public var pageCount: Int { max(1, (total + pageSize - 1) / pageSize) }
}

/// How many files of each group match a filter (the group and page of the filter aside), and how
/// many of them are past three months. Cheap to keep for a few seconds (see the web app's cache).
public struct QueueCounts: Sendable, Equatable {
  public var files: [QueueGroup: Int] = [:]
  public var pastThreeMonths: [QueueGroup: Int] = [:]
  public init() {}
}

extension AppDatabase {
  /// The open files of one office in triage order (group, then oldest first), one page of them,
  /// with the counts of every group, read in one snapshot.
  public func triageQueue(_ filter: QueueFilter, today: Day) async throws -> QueuePage {
    try await reading { db in
      let counts = try Self.queueCounts(db, filter, today: today)
      return try Self.queuePage(db, filter, counts: counts, today: today)
    }
  }

  /// The counts of a filter's groups.
  public func queueCounts(_ filter: QueueFilter, today: Day) async throws -> QueueCounts {
    try await reading { db in try Self.queueCounts(db, filter, today: today) }
  }

  /// One page of the queue, placed across the groups by `counts` (from `queueCounts`).
  public func queuePage(_ filter: QueueFilter, counts: QueueCounts, today: Day) async throws -> QueuePage {
    try await reading { db in try Self.queuePage(db, filter, counts: counts, today: today) }
  }

  static func queueCounts(_ db: Database, _ filter: QueueFilter, today: Day) throws -> QueueCounts {
    let (whereSQL, arguments) = queueConditions(filter, today: today)
    var counts = QueueCounts()
    let rows = try Row.fetchAll(
      db, sql: "SELECT queue_group, count(*), sum(received_on <= ?) FROM case_file WHERE \(whereSQL) GROUP BY queue_group",
      arguments: [today.adding(months: -3).iso] + arguments)
    for row in rows {
      let group = (row[0] as String?).flatMap(QueueGroup.init(rawValue:)) ?? .notScreened
      counts.files[group, default: 0] += row[1] as Int
      counts.pastThreeMonths[group, default: 0] += row[2] as Int? ?? 0
    }
    return counts
  }

  static func queuePage(_ db: Database, _ filter: QueueFilter, counts: QueueCounts, today: Day) throws -> QueuePage {
    let deadline = today.adding(months: -3).iso
    let (whereSQL, arguments) = queueConditions(filter, today: today)
    let ordered = QueueGroup.allCases.sorted(by: queueOrder).map { ($0, counts.files[$0] ?? 0) }
    let groups = ordered.filter { filter.group == nil || $0.0 == filter.group }
    let total = groups.reduce(0) { $0 + $1.1 }
    let overdue = groups.reduce(0) { $0 + (counts.pastThreeMonths[$1.0] ?? 0) }
    let pageSize = max(1, min(filter.pageSize, 500))
    let page = min(max(1, filter.page), Int(Int32.max) / 500)  // the edge bounds it; this keeps the product small
    var skip = (page - 1) * pageSize
    var rows: [QueueRow] = []
    if let sort = filter.sort {
      rows = try sortedRows(db, filter, sort: sort, whereSQL: whereSQL, arguments: arguments, limit: pageSize, offset: skip, deadline: deadline, today: today)
      return QueuePage(rows: rows, counts: ordered, total: total, pastThreeMonths: overdue, page: page, pageSize: pageSize)
    }
    for (group, count) in groups where rows.count < pageSize {
      if skip >= count {
        skip -= count
        continue
      }
      let verdictSQL = group.stored == nil ? "queue_group IS NULL" : "queue_group = ?"
      let verdictArgs: StatementArguments = group.stored.map { [$0] } ?? []
      let fetched = try Row.fetchAll(
        db,
        sql: "SELECT \(rowColumns) FROM case_file WHERE \(whereSQL) AND \(verdictSQL) ORDER BY received_on, id LIMIT ? OFFSET ?",
        arguments: arguments + verdictArgs + [pageSize - rows.count, skip])
      skip = 0
      rows += fetched.map { queueRow($0, group: group, deadline: deadline) }
    }
    return QueuePage(rows: rows, counts: ordered, total: total, pastThreeMonths: overdue, page: page, pageSize: pageSize)
  }

  /// The columns `queueRow` reads, in its order.
  static let rowColumns = """
    file_no, family_name, given_names, status, received_on, clerk, team, municipality, verdict, eligible_on,
    gap_rules, follow_up_on, birth_date, \(QueueSort.permitEnd), queue_group
    """

  static func queueRow(_ r: Row, group: QueueGroup?, deadline: String) -> QueueRow {
    var row = QueueRow(
      fileNo: r[0], familyName: r[1], givenNames: r[2], status: r[3], receivedOn: r[4], clerk: r[5],
      team: r[6], municipality: r[7], verdict: r[8], eligibleOn: r[9], gapRules: r[10], followUpOn: r[11],
      group: group ?? (r[14] as String?).flatMap(QueueGroup.init(rawValue:)) ?? .notScreened,
      pastThreeMonths: (r[4] as String) <= deadline)
    row.birthDate = r[12]
    row.permit104cEndsOn = r[13]
    return row
  }

  /// One page of the filter's files (of its group, if one is selected) in the order of a column.
  static func sortedRows(
    _ db: Database, _ filter: QueueFilter, sort: QueueSort, whereSQL: String, arguments: StatementArguments,
    limit: Int, offset: Int, deadline: String, today: Day
  ) throws -> [QueueRow] {
    if sort == .permit104cEnd {
      return try permitEndRows(
        db, filter, whereSQL: whereSQL, arguments: arguments, limit: limit, offset: offset, deadline: deadline, today: today)
    }
    var sql = "SELECT \(rowColumns) FROM case_file WHERE \(whereSQL)"
    var args = arguments
    if let group = filter.group {
      sql += group.stored == nil ? " AND queue_group IS NULL" : " AND queue_group = ?"
      if let stored = group.stored { args += [stored] }
    }
    let key = sort.key(today: today)
    let direction = filter.descending ? "DESC" : "ASC"
    // NULLs last in both directions: first by whether the key is missing, then by the key.
    sql += " ORDER BY (\(key.terms[0])) IS NULL, " + key.terms.map { "\($0) \(direction)" }.joined(separator: ", ")
    sql += ", received_on, id LIMIT ? OFFSET ?"
    args += StatementArguments(key.arguments + key.arguments)
    args += [limit, offset]
    return try Row.fetchAll(db, sql: sql, arguments: args).map { queueRow($0, group: nil, deadline: deadline) }
  }

  static func queueOrder(_ a: QueueGroup, _ b: QueueGroup) -> Bool {
    let order: [QueueGroup] = [
      .eligible, .officeAction, .incomplete, .gaps, .waitingForTime, .review, .notScreened, .suspended, .excluded,
    ]
    return (order.firstIndex(of: a) ?? order.count) < (order.firstIndex(of: b) ?? order.count)
  }

  /// The WHERE clause of every filter except the group.
  static func queueConditions(_ f: QueueFilter, today: Day) -> (String, StatementArguments) {
    var sql = ["office = ?", "is_open = 1"]
    var args: StatementArguments = [f.office.rawValue]
    func add(_ clause: String, _ values: [(any DatabaseValueConvertible)?]) {
      sql.append(clause)
      args += StatementArguments(values)
    }
    if let s = f.status { add("status = ?", [s.rawValue]) }
    if let m = f.municipality, !m.isEmpty { add("municipality = ?", [m]) }
    if let t = f.team { add("team = ?", [t.rawValue]) }
    if let c = f.clerk, !c.isEmpty { add(c == "-" ? "clerk IS NULL" : "clerk = ?", c == "-" ? [] : [c]) }
    if f.followUpDue { add("follow_up_on <= ?", [today.iso]) }
    if let d = f.minAgeDays, d > 0 { add("received_on <= ?", [today.adding(days: -d).iso]) }
    if let r = f.gapRule, !r.isEmpty { add("instr(gap_rules, ?) > 0", [r]) }
    if let r = f.route { add("route = ?", [r.route.rawValue]) }
    if let d = f.permit104cEndsWithinDays {
      add("json_extract(facts, '$.permit_104c.to') BETWEEN ? AND ?", [today.iso, today.adding(days: d).iso])
    }
    if let d = f.turns27WithinDays {
      add("birth_date > ? AND birth_date <= ?", [today.adding(years: -27).iso, today.adding(days: d).adding(years: -27).iso])
    }
    if f.residence25bComplete {
      add(
        "EXISTS (SELECT 1 FROM screening s WHERE s.case_id = case_file.id AND s.route = 'AufenthG-25b' AND instr(s.open_findings, 'AUFG25B-RES=') = 0)",
        [])
    }
    if let q = f.query, let (clause, values) = searchCondition(office: f.office, query: q) {
      sql.append(clause)
      args += values
    }
    return (sql.joined(separator: " AND "), args)
  }

  /// Files whose folded names or file number contain every word of the query (see `SearchKey`),
  /// open or closed, as `id IN (...)` over the index `case_file_search` (office, search_text): the
  /// words are looked for in the index alone, the rows are read only for the files found.
  /// Nil when the query has no words.
  static func searchCondition(office: Office, query: String) -> (String, StatementArguments)? {
    let words = SearchKey.words(query)
    guard !words.isEmpty else { return nil }
    var terms: [String] = []
    var args: StatementArguments = [office.rawValue]
    for w in words {
      if w.plain == w.german {
        terms.append("instr(search_text, ?) > 0")
        args += [w.plain]
      } else {
        terms.append("(instr(search_text, ?) > 0 OR instr(search_text, ?) > 0)")
        args += [w.plain, w.german]
      }
    }
    let sql = "id IN (SELECT id FROM case_file INDEXED BY case_file_search WHERE office = ? AND \(terms.joined(separator: " AND ")))"
    return (sql, args)
  }

  /// The closed files of an office that match a search (most recently closed first, at most
  /// `limit`): the queue holds open files only, but a clerk searching a name must also learn that
  /// the person's file was closed.
  public func closedFiles(matching query: String, office: Office, limit: Int = 20) async throws -> [ClosedMatch] {
    guard let (clause, args) = Self.searchCondition(office: office, query: query) else { return [] }
    return try await reading { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT file_no, family_name, given_names, status, closed_on FROM case_file INDEXED BY case_file_closed
          WHERE office = ? AND is_open = 0 AND \(clause) ORDER BY closed_on DESC, id DESC LIMIT ?
          """,
        arguments: [office.rawValue] + args + [max(1, min(limit, 200))]
      ).map { r in
        ClosedMatch(fileNo: r[0], familyName: r[1], givenNames: r[2], status: r[3], closedOn: r[4])
      }
    }
  }

  /// The values the queue's filter lists offer: clerks and municipalities of an office's open files.
  public func queueFacets(office: Office) async throws -> (clerks: [String], municipalities: [String]) {
    try await reading { db in
      let clerks = try String.fetchAll(
        db, sql: "SELECT DISTINCT clerk FROM case_file WHERE office = ? AND is_open = 1 AND clerk IS NOT NULL ORDER BY 1",
        arguments: [office.rawValue])
      let places = try String.fetchAll(
        db,
        sql: "SELECT DISTINCT municipality FROM case_file WHERE office = ? AND is_open = 1 AND municipality IS NOT NULL ORDER BY 1",
        arguments: [office.rawValue])
      return (clerks, places)
    }
  }
}
