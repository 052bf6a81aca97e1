import CaseExchange
import CaseModel
import GRDB

/// How a screening run changed the stored verdicts.
public struct RescreenSummary: Sendable, Equatable {
  public var files = 0
  public var verdictsChanged = 0
  public var rulesetVersion = ""
}

/// The verdict columns of `case_file`: the summary of the screening that speaks for a file (its
/// route's, or for an ABH file without a route the best of the routes screened).
struct VerdictSummary {
  var values: [SQLValue]

  static let names = [
    "verdict", "verdict_route", "eligible_on", "gap_rules", "screened_as_of", "ruleset_version", "queue_group",
  ]
  static var columnList: String { names.joined(separator: ", ") }
  static var assignments: String { names.map { "\($0) = ?" }.joined(separator: ", ") }

  init?(_ records: [VerdictRecord]) {
    guard let head = VerdictRecord.head(of: records) else { return nil }
    let gaps = head.gapRules
    values = [
      .text(head.verdict), .text(head.route), SQLValue(head.eligibleOn?.iso),
      gaps.isEmpty ? .null : .text("," + gaps.joined(separator: ",") + ","), .text(head.asOf.iso),
      .text(head.rulesetVersion), .text(head.queueGroup.rawValue),
    ]
  }

  var verdict: String? { if case .text(let v) = values[0] { return v } else { return nil } }

  static func values(_ summary: VerdictSummary?) -> [SQLValue] {
    summary?.values ?? names.map { _ in .null }
  }
}

extension AppDatabase {
  /// Replaces a file's stored screenings and its verdict summary, inside the caller's
  /// transaction.
  static func writeScreenings(_ screenings: [VerdictRecord], caseId: Int64, db: Database) throws {
    guard let summary = VerdictSummary(screenings) else { return }
    try writeScreenings([(caseId, screenings, summary)], db: db)
  }

  /// Replaces the stored screenings and verdict summaries of several files: their old rows go,
  /// the new rows of all of them are inserted together (see `RowInserter`); CHECK constraints
  /// are skipped for these typed values (see `withoutCheckConstraints`).
  static func writeScreenings(_ files: [(id: Int64, screenings: [VerdictRecord], summary: VerdictSummary)], db: Database) throws {
    guard !files.isEmpty else { return }
    try db.withoutCheckConstraints {
      let delete = try FastStatement(db, sql: "DELETE FROM screening WHERE case_id = ?")
      var rows: [[SQLValue]] = []
      for f in files {
        try delete.execute([.int(f.id)])
        for s in f.screenings { rows.append([.int(f.id)] + PreparedFile.screeningRow(s)) }
      }
      try CaseFileWrites.screeningInserter.insert(rows, db: db)
      let update = try FastStatement(db, sql: "UPDATE case_file SET \(VerdictSummary.assignments) WHERE id = ?")
      for f in files { try update.execute(f.summary.values + [.int(f.id)]) }
    }
  }

  /// Screens one stored file again and stores the result (after an edit in the web application).
  public func rescreen(fileNo: String, screen: Screener) async throws {
    try await writing { db in
      guard let row = try Row.fetchOne(db, sql: "SELECT id, facts FROM case_file WHERE file_no = ?", arguments: [fileNo])
      else { return }
      _ = try Self.writeScreenings(screen(try Self.decodeStored(row[1], fileNo: fileNo)), caseId: row[0], db: db)
    }
  }

  /// Re-screens everything when `checklists/` changed since the last screening; nil if not.
  public func rescreenIfChecklistsChanged(rulesetVersion: String, asOf: Day, actor: String, screen: @escaping Screener) throws
    -> RescreenSummary?
  {
    let stored = try writer.read { db in try Self.setting("ruleset_version", db: db) }
    guard stored != rulesetVersion else { return nil }
    return try rescreenAll(rulesetVersion: rulesetVersion, asOf: asOf, actor: actor, screen: screen)
  }

  /// The stored screenings of one file (no audit: callers audit the read of the file).
  public func storedScreenings(fileNo: String) async throws -> [StoredScreening] {
    try await reading { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT s.route, s.as_of, s.ruleset_version, s.verdict, s.eligible_on, s.open_findings
          FROM screening s JOIN case_file c ON c.id = s.case_id WHERE c.file_no = ? ORDER BY s.route
          """,
        arguments: [fileNo]
      ).map { row in
        StoredScreening(
          route: row[0], asOf: row[1], rulesetVersion: row[2], verdict: row[3], eligibleOn: row[4],
          openFindings: StoredScreening.parse(row[5]))
      }
    }
  }

  /// Count of files per stored verdict (nil = not screened), for an office or all.
  public func verdictCounts(office: Office? = nil, onlyOpen: Bool = true) async throws -> [String?: Int] {
    try await reading { db in
      var sql = "SELECT verdict, count(*) FROM case_file WHERE 1"
      var args: [any DatabaseValueConvertible] = []
      if onlyOpen { sql += " AND is_open = 1" }
      if let office {
        sql += " AND office = ?"
        args.append(office.rawValue)
      }
      let rows = try Row.fetchAll(db, sql: sql + " GROUP BY verdict", arguments: StatementArguments(args))
      return Dictionary(uniqueKeysWithValues: rows.map { (($0[0] as String?), $0[1] as Int) })
    }
  }

  static func setting(_ key: String, db: Database) throws -> String? {
    try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key])
  }

  static func setSetting(_ key: String, _ value: String, db: Database) throws {
    try db.execute(
      sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      arguments: [key, value])
  }
}

/// A stored screening: the verdict of one route as of a date under one rule set, with the
/// findings that are not met (the full screening is recomputed from the facts when shown).
public struct StoredScreening: Sendable, Equatable {
  public struct OpenFinding: Sendable, Equatable {
    public var rule: String
    public var outcome: String
    public var fix: String?
    public var until: String?
    public init(rule: String, outcome: String, fix: String?, until: String?) {
      self.rule = rule
      self.outcome = outcome
      self.fix = fix
      self.until = until
    }
  }

  public var route: String
  public var asOf: String
  public var rulesetVersion: String
  public var verdict: String
  public var eligibleOn: String?
  public var openFindings: [OpenFinding]

  static func parse(_ text: String) -> [OpenFinding] {
    text.split(separator: ";").map { item in
      let (rule, rest) = item.firstIndex(of: "=").map { (String(item[..<$0]), String(item[item.index(after: $0)...])) } ?? (String(item), "")
      let (head, until) = rest.firstIndex(of: "@").map { (String(rest[..<$0]), String(rest[rest.index(after: $0)...])) } ?? (rest, nil)
      let parts = head.split(separator: "/", maxSplits: 1).map(String.init)
      return OpenFinding(rule: rule, outcome: parts.first ?? "", fix: parts.count > 1 ? parts[1] : nil, until: until)
    }
  }
}
