import CaseExchange
import CaseModel
import Eligibility
import GRDB

extension AppDatabase {
  /// Screens every stored file again (after a change of `checklists/` or of the date) in one
  /// transaction; files are decoded, screened and compared with what is stored on all cores.
  /// Only files whose outcome changed are rewritten (together, see `writeScreenings`); the as-of
  /// date and rule set of the others are moved on in one statement.
  public func rescreenAll(engine: ScreeningEngine, asOf: Day, actor: String, onlyOpen: Bool = false)
    throws -> RescreenSummary
  {
    let filter = onlyOpen ? " WHERE c.is_open = 1" : ""
    let (items, previous) = try writer.read { db -> ([StoredForScreening], [Int64: String]) in
      var items: [StoredForScreening] = []
      try FastStatement(db, sql: "SELECT c.id, c.file_no, c.facts, c.verdict FROM case_file c" + filter).forEachRow { r in
        items.append(StoredForScreening(id: r.int(0), fileNo: r.text(1) ?? "", facts: r.text(2) ?? "", verdict: r.text(3)))
      }
      var previous: [Int64: String] = [:]
      try FastStatement(
        db, sql: "SELECT s.case_id, s.route, s.verdict, s.eligible_on, s.open_findings FROM screening s ORDER BY s.case_id, s.route"
      ).forEachRow { r in
        previous[r.int(0), default: ""] += Self.fingerprint(
          route: r.text(1) ?? "", verdict: r.text(2) ?? "", eligibleOn: r.text(3), openFindings: r.text(4) ?? "")
      }
      return (items, previous)
    }
    let screened = Parallel.map(items, chunkSize: 256) { item in Rescreened(item, engine: engine, asOf: asOf) }
    var summary = RescreenSummary(files: items.count, rulesetVersion: engine.rulesetVersion)
    let stamp = timestamp()
    try writer.write { db in
      var changed: [(id: Int64, screenings: [Screening], summary: VerdictSummary)] = []
      for (r, item) in zip(screened, items) {
        if r.summary?.verdict != item.verdict { summary.verdictsChanged += 1 }
        if r.fingerprint != previous[item.id], let s = r.summary { changed.append((item.id, r.screenings, s)) }
        if changed.count == 1024 {
          try Self.writeScreenings(changed, db: db)
          changed.removeAll(keepingCapacity: true)
        }
      }
      try Self.writeScreenings(changed, db: db)
      let args: StatementArguments = [asOf.iso, engine.rulesetVersion]
      try db.execute(sql: "UPDATE case_file SET screened_as_of = ?, ruleset_version = ? WHERE is_open = 1", arguments: args)
      try db.execute(
        sql: "UPDATE screening SET as_of = ?, ruleset_version = ? WHERE case_id IN (SELECT id FROM case_file WHERE is_open = 1)",
        arguments: args)
      if !onlyOpen {
        // Closed files keep the day of their decision (`CaseFile.screeningDay`), each its own.
        let caseRow = try db.makeStatement(sql: "UPDATE case_file SET screened_as_of = ?, ruleset_version = ? WHERE id = ?")
        let rows = try db.makeStatement(sql: "UPDATE screening SET as_of = ?, ruleset_version = ? WHERE case_id = ?")
        for (r, item) in zip(screened, items) {
          guard let day = r.screenings.first?.asOf, day != asOf else { continue }
          let a: StatementArguments = [day.iso, engine.rulesetVersion, item.id]
          try caseRow.execute(arguments: a)
          try rows.execute(arguments: a)
        }
      }
      try Self.setSetting("ruleset_version", engine.rulesetVersion, db: db)
      try CaseFileWrites(db: db, timestamp: stamp).audit(
        actor: actor, action: "rescreen", fileNo: nil,
        detail: "\(summary.files) files as of \(asOf.iso), rule set \(engine.rulesetVersion), \(summary.verdictsChanged) verdicts changed")
    }
    return summary
  }

  /// What the stored screening rows of one file say, compared across screenings.
  static func fingerprint(route: String, verdict: String, eligibleOn: String?, openFindings: String) -> String {
    route + "|" + verdict + "|" + (eligibleOn ?? "") + "|" + openFindings + "\n"
  }
}

/// A stored file as `rescreenAll` reads it.
struct StoredForScreening: Sendable {
  var id: Int64
  var fileNo: String
  var facts: String
  var verdict: String?
}

/// One file screened again, with its verdict summary and the fingerprint of its screening rows
/// (made on the worker threads, so the writing transaction only compares).
struct Rescreened: Sendable {
  var screenings: [Screening] = []
  var summary: VerdictSummary?
  var fingerprint = ""

  init(_ item: StoredForScreening, engine: ScreeningEngine, asOf: Day) {
    guard let file = try? AppDatabase.decodeStored(item.facts, fileNo: item.fileNo) else { return }
    screenings = engine.screen(file, asOf: asOf).sorted { $0.route.rawValue < $1.route.rawValue }
    summary = VerdictSummary(screenings)
    fingerprint = screenings.map {
      AppDatabase.fingerprint(
        route: $0.route.rawValue, verdict: $0.verdict.rawValue, eligibleOn: $0.eligibleOn?.iso,
        openFindings: StoredScreening.compact($0.findings))
    }.joined()
  }
}
