import CaseModel
import GRDB
import GRDBSQLite

/// The snapshot reads of the screening and abh reports (the open files' stored verdicts, § 104c
/// dates and screenings), today's and those of the files open on an earlier day. Each is one
/// scan of an index or of `screening` in key order, stepped through the SQLite C API: the files
/// of an earlier day are picked from the scan by their ids (`IDSet`), not read one by one (a
/// point read of a `case_file` row fetches its 8 KB page: 40,000 of them cost more than the scan).
extension ReportReads {
  /// The verdict summaries of the open files of `office` (of `municipality` only, if given).
  public func openVerdicts(office: Office, municipality: String? = nil) throws -> [Verdict] {
    var out: [Verdict] = []
    var rules = GapRules()
    try FastStatement(db, sql: "SELECT verdict, eligible_on, gap_rules FROM case_file WHERE office = ? AND is_open = 1" + Self.clause(municipality))
      .forEachRow([.text(office.rawValue)] + [municipality].compactMap { $0.map(SQLValue.text) }) { row in
        out.append(Verdict(verdict: row.text(0), eligibleOn: row.day(1), gapRules: rules.list(row, 2)))
      }
    return out
  }

  /// The verdict summaries of the files of `office` with these ids, in no particular order: one
  /// scan of the triage index (which holds them), keeping the files asked for.
  public func verdicts(office: Office, ids: [Int64]) throws -> [Verdict] {
    let wanted = IDSet(ids)
    var out: [Verdict] = []
    out.reserveCapacity(ids.count)
    var rules = GapRules()
    try FastStatement(db, sql: "SELECT id, verdict, eligible_on, gap_rules FROM case_file INDEXED BY case_file_triage WHERE office = ?")
      .forEachRow([.text(office.rawValue)]) { row in
        guard wanted.contains(row.int(0)) else { return }
        out.append(Verdict(verdict: row.text(1), eligibleOn: row.day(2), gapRules: rules.list(row, 3)))
      }
    return out
  }

  /// The ABH files (open only, or all; of `municipality` only, if given) that mention a § 104c
  /// permit or a follow-up application, with both days. Read from the index `case_file_abh_dates`,
  /// which holds the two `json_extract` values (migration v15): no file's JSON is parsed.
  public func abhPermits104c(openOnly: Bool, municipality: String? = nil) throws -> [Permit104c] {
    try permits(openOnly ? " AND is_open = 1" + Self.clause(municipality) : "", [municipality].compactMap { $0.map(SQLValue.text) }) { _ in true }
  }

  /// The ABH files among these ids that mention a § 104c permit or a follow-up application.
  public func abhPermits104c(ids: [Int64]) throws -> [Permit104c] {
    let wanted = IDSet(ids)
    return try permits("", [], wanted.contains)
  }

  private func permits(_ filter: String, _ values: [SQLValue], _ keep: (Int64) -> Bool) throws -> [Permit104c] {
    var out: [Permit104c] = []
    try FastStatement(
      db,
      sql: """
        SELECT id, json_extract(facts, '$.permit_104c.to'), json_extract(facts, '$.followup_application_on')
        FROM case_file INDEXED BY case_file_abh_dates WHERE office = 'ABH' AND mentions_104c = 1
        """ + filter
    ).forEachRow(values) { row in
      let id = row.int(0)
      if keep(id) { out.append(Permit104c(id: id, permitTo: row.day(1), followupOn: row.day(2))) }
    }
    return out
  }

  /// The stored screenings of the open files of `office` (of `municipality` only, if given),
  /// counted by route and verdict.
  public func openScreeningCounts(office: Office, municipality: String? = nil) throws -> [(route: String, verdict: String, count: Int)] {
    let ids = try FastStatement(db, sql: "SELECT id FROM case_file WHERE office = ? AND is_open = 1" + Self.clause(municipality))
      .ints([.text(office.rawValue)] + [municipality].compactMap { $0.map(SQLValue.text) })
    return try screeningCounts(ids: ids)
  }

  /// The stored screenings of the files with these ids, counted by route and verdict: one scan
  /// of `screening` over the ids' range, in key order; sorted by route and verdict.
  public func screeningCounts(ids: [Int64]) throws -> [(route: String, verdict: String, count: Int)] {
    let wanted = IDSet(ids)
    guard let range = wanted.range else { return [] }
    var counts = PairCounts()
    try FastStatement(db, sql: "SELECT case_id, route, verdict FROM screening WHERE case_id BETWEEN ? AND ?")
      .forEachRow([.int(range.lowerBound), .int(range.upperBound)]) { row in
        if wanted.contains(row.int(0)) { counts.add(row.bytes(1), row.bytes(2)) }
      }
    return counts.sorted
  }
}

/// Row ids as a bitmap over their range, for picking files out of a scan.
struct IDSet {
  let range: ClosedRange<Int64>?
  private var words: [UInt64] = []

  init(_ ids: [Int64]) {
    guard let low = ids.min(), let high = ids.max() else {
      range = nil
      return
    }
    range = low...high
    words = Array(repeating: 0, count: Int((high - low) / 64) + 1)
    for id in ids {
      let bit = Int(id - low)
      words[bit >> 6] |= 1 << UInt64(bit & 63)
    }
  }

  func contains(_ id: Int64) -> Bool {
    guard let range, range.contains(id) else { return false }
    let bit = Int(id - range.lowerBound)
    return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }
}

/// The rules of `gap_rules` (`RULE,RULE`), split once per distinct text.
struct GapRules {
  private var seen: [String: [String]] = [:]

  mutating func list(_ row: FastRow, _ column: Int32) -> [String] {
    guard let text = row.text(column) else { return [] }
    if let rules = seen[text] { return rules }
    let rules = text.split(separator: ",").map(String.init)
    seen[text] = rules
    return rules
  }
}

/// Counts of (route, verdict) pairs compared as bytes: a few distinct pairs, many rows.
struct PairCounts {
  private var pairs: [(route: [UInt8], verdict: [UInt8], count: Int)] = []

  mutating func add(_ route: UnsafeBufferPointer<UInt8>, _ verdict: UnsafeBufferPointer<UInt8>) {
    for i in pairs.indices where pairs[i].route.elementsEqual(route) && pairs[i].verdict.elementsEqual(verdict) {
      pairs[i].count += 1
      return
    }
    pairs.append((Array(route), Array(verdict), 1))
  }

  /// As `GROUP BY route, verdict` gives them (byte order).
  var sorted: [(route: String, verdict: String, count: Int)] {
    pairs.sorted { ($0.route.lexicographicallyPrecedes($1.route)) || ($0.route == $1.route && $0.verdict.lexicographicallyPrecedes($1.verdict)) }
      .map { (String(decoding: $0.route, as: UTF8.self), String(decoding: $0.verdict, as: UTF8.self), $0.count) }
  }
}
