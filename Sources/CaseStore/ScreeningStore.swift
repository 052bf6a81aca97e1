import CaseExchange
import CaseModel
import Eligibility
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

  init?(_ screenings: [Screening]) {
    guard let head = screenings.first(where: { $0.bestRoute != nil && $0.route == $0.bestRoute }) ?? screenings.first
    else { return nil }
    let gaps = head.findings.filter { $0.outcome == .gap }.map(\.rule)
    values = [
      .text(head.verdict.rawValue), .text(head.route.rawValue), SQLValue(head.eligibleOn?.iso),
      gaps.isEmpty ? .null : .text("," + gaps.joined(separator: ",") + ","), .text(head.asOf.iso),
      .text(head.rulesetVersion), .text(Self.queueGroup(head).rawValue),
    ]
  }

  /// The triage group: gaps are split by who can close them (the office itself, the applicant or
  /// case management, or only time).
  static func queueGroup(_ s: Screening) -> QueueGroup {
    guard s.verdict == .gaps else { return QueueGroup(rawValue: s.verdict.rawValue) ?? .review }
    let fixes = Set(s.findings.filter { $0.outcome == .gap }.compactMap(\.fix))
    if fixes.contains(.caseManagement) || fixes.contains(.applicant) { return .gaps }
    if fixes.contains(.authority) { return .officeAction }
    return .waitingForTime
  }

  var verdict: String? { if case .text(let v) = values[0] { return v } else { return nil } }

  static func values(_ summary: VerdictSummary?) -> [SQLValue] {
    summary?.values ?? names.map { _ in .null }
  }
}

extension AppDatabase {
  /// Replaces a file's stored screening rows.
  static func writeScreeningRows(_ screenings: [Screening], caseId: Int64, db: Database) throws {
    try FastStatement(db, sql: "DELETE FROM screening WHERE case_id = ?").execute([.int(caseId)])
    let insert = try FastStatement(
      db,
      sql: "INSERT INTO screening (case_id, route, as_of, ruleset_version, verdict, eligible_on, open_findings) VALUES (?,?,?,?,?,?,?)")
    for s in screenings { try insert.execute([.int(caseId)] + PreparedFile.screeningRow(s)) }
  }

  /// Replaces a file's stored screenings and its verdict summary, inside the caller's
  /// transaction. Returns whether the verdict changed.
  static func writeScreenings(_ screenings: [Screening], caseId: Int64, db: Database) throws -> Bool {
    guard let summary = VerdictSummary(screenings) else { return false }
    let old = try String.fetchOne(
      db.cachedStatement(sql: "SELECT verdict FROM case_file WHERE id = ?"), arguments: [caseId])
    try writeScreeningRows(screenings, caseId: caseId, db: db)
    try FastStatement(db, sql: "UPDATE case_file SET \(VerdictSummary.assignments) WHERE id = ?")
      .execute(summary.values + [.int(caseId)])
    return old != summary.verdict
  }

  /// Screens every stored file again (after a change of `checklists/` or of the date) in one
  /// transaction; files are decoded and screened on all cores. Only files whose outcome changed
  /// are rewritten; the as-of date and rule set of the others are moved on in one statement.
  public func rescreenAll(engine: ScreeningEngine, asOf: Day, actor: String, onlyOpen: Bool = false)
    throws -> RescreenSummary
  {
    let filter = onlyOpen ? " WHERE c.is_open = 1" : ""
    let (items, previous) = try writer.read { db -> ([(Int64, String, String, String?)], [Int64: String]) in
      let items = try Row.fetchAll(db, sql: "SELECT c.id, c.file_no, c.facts, c.verdict FROM case_file c" + filter)
        .map { ($0[0] as Int64, $0[1] as String, $0[2] as String, $0[3] as String?) }
      var previous: [Int64: String] = [:]
      let rows = try Row.fetchCursor(
        db, sql: "SELECT s.case_id, s.route, s.verdict, s.eligible_on, s.open_findings FROM screening s ORDER BY s.case_id, s.route")
      while let r = try rows.next() {
        previous[r[0], default: ""] += Self.fingerprint(route: r[1], verdict: r[2], eligibleOn: r[3], openFindings: r[4])
      }
      return (items, previous)
    }
    let screened = Parallel.map(items, chunkSize: 256) { id, fileNo, facts, _ -> (Int64, [Screening]) in
      guard let file = try? AppDatabase.decodeStored(facts, fileNo: fileNo) else { return (id, []) }
      return (id, engine.screen(file, asOf: asOf).sorted { $0.route.rawValue < $1.route.rawValue })
    }
    var summary = RescreenSummary(files: items.count, rulesetVersion: engine.rulesetVersion)
    let stamp = timestamp()
    try writer.write { db in
      for ((id, screenings), item) in zip(screened, items) {
        let now = screenings.map {
          Self.fingerprint(route: $0.route.rawValue, verdict: $0.verdict.rawValue, eligibleOn: $0.eligibleOn?.iso,
                           openFindings: StoredScreening.compact($0.findings))
        }.joined()
        if VerdictSummary(screenings)?.verdict != item.3 { summary.verdictsChanged += 1 }
        if now != previous[id] { _ = try Self.writeScreenings(screenings, caseId: id, db: db) }
      }
      let args: StatementArguments = [asOf.iso, engine.rulesetVersion]
      try db.execute(
        sql: "UPDATE case_file SET screened_as_of = ?, ruleset_version = ?" + (onlyOpen ? " WHERE is_open = 1" : ""),
        arguments: args)
      try db.execute(
        sql: "UPDATE screening SET as_of = ?, ruleset_version = ?"
          + (onlyOpen ? " WHERE case_id IN (SELECT id FROM case_file WHERE is_open = 1)" : ""), arguments: args)
      try Self.setSetting("ruleset_version", engine.rulesetVersion, db: db)
      try CaseFileWrites(db: db, timestamp: stamp).audit(
        actor: actor, action: "rescreen", fileNo: nil,
        detail: "\(summary.files) files as of \(asOf.iso), rule set \(engine.rulesetVersion), \(summary.verdictsChanged) verdicts changed")
    }
    return summary
  }

  static func fingerprint(route: String, verdict: String, eligibleOn: String?, openFindings: String) -> String {
    route + "|" + verdict + "|" + (eligibleOn ?? "") + "|" + openFindings + "\n"
  }

  /// Screens one stored file again and stores the result (after an edit in the web application).
  public func rescreen(fileNo: String, screen: @Sendable (CaseFile) -> [Screening]) throws {
    try writer.write { db in
      guard let row = try Row.fetchOne(db, sql: "SELECT id, facts FROM case_file WHERE file_no = ?", arguments: [fileNo])
      else { return }
      _ = try Self.writeScreenings(screen(try Self.decodeStored(row[1], fileNo: fileNo)), caseId: row[0], db: db)
    }
  }

  /// Re-screens everything when `checklists/` changed since the last screening; nil if not.
  public func rescreenIfChecklistsChanged(engine: ScreeningEngine, asOf: Day, actor: String) throws
    -> RescreenSummary?
  {
    let stored = try writer.read { db in try Self.setting("ruleset_version", db: db) }
    guard stored != engine.rulesetVersion else { return nil }
    return try rescreenAll(engine: engine, asOf: asOf, actor: actor)
  }

  /// The stored screenings of one file (no audit: callers audit the read of the file).
  public func storedScreenings(fileNo: String) throws -> [StoredScreening] {
    try writer.read { db in
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
  public func verdictCounts(office: Office? = nil, onlyOpen: Bool = true) throws -> [String?: Int] {
    try writer.read { db in
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

  /// `RULE=outcome/fix@until;...` for the findings that are not met or not applicable.
  static func compact(_ findings: [Finding]) -> String {
    findings.filter { $0.outcome != .met && $0.outcome != .notApplicable }.map { f in
      f.rule + "=" + f.outcome.rawValue + (f.fix.map { "/" + $0.rawValue } ?? "") + (f.until.map { "@" + $0.iso } ?? "")
    }.joined(separator: ";")
  }

  static func parse(_ text: String) -> [OpenFinding] {
    text.split(separator: ";").map { item in
      let (rule, rest) = item.firstIndex(of: "=").map { (String(item[..<$0]), String(item[item.index(after: $0)...])) } ?? (String(item), "")
      let (head, until) = rest.firstIndex(of: "@").map { (String(rest[..<$0]), String(rest[rest.index(after: $0)...])) } ?? (rest, nil)
      let parts = head.split(separator: "/", maxSplits: 1).map(String.init)
      return OpenFinding(rule: rule, outcome: parts.first ?? "", fix: parts.count > 1 ? parts[1] : nil, until: until)
    }
  }
}
