import CaseExchange
import CaseModel
import GRDB

extension AppDatabase {
  /// Screens every stored file again (after a change of `checklists/` or of the date) in one
  /// transaction; files are decoded, screened and compared with what is stored on all cores.
  /// Only files whose outcome changed are rewritten (together, see `writeScreenings`); the as-of
  /// date and rule set of the others are moved on in one statement.
  /// `screen` (`Casework`'s) runs on all cores on threads of their own (`Parallel.map`).
  public func rescreenAll(
    rulesetVersion: String, asOf: Day, actor: String, onlyOpen: Bool = false, screen: @escaping Screener
  ) throws -> RescreenSummary {
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
        previous[r.int(0), default: ""] += (r.text(1) ?? "") + "|" + (r.text(2) ?? "") + "|" + (r.text(3) ?? "") + "|"
          + (r.text(4) ?? "") + "\n"
      }
      return (items, previous)
    }
    let screened = Parallel.map(items, chunkSize: 256) { item in Rescreened(item, screen: screen) }
    var summary = RescreenSummary(files: items.count, rulesetVersion: rulesetVersion)
    let stamp = timestamp()
    try writer.write { db in
      var changed: [(id: Int64, screenings: [VerdictRecord], summary: VerdictSummary)] = []
      for (r, item) in zip(screened, items) {
        if r.summary?.verdict != item.verdict { summary.verdictsChanged += 1 }
        if r.fingerprint != previous[item.id], let s = r.summary { changed.append((item.id, r.screenings, s)) }
        if changed.count == 1024 {
          try Self.writeScreenings(changed, db: db)
          changed.removeAll(keepingCapacity: true)
        }
      }
      try Self.writeScreenings(changed, db: db)
      let args: StatementArguments = [asOf.iso, rulesetVersion]
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
          let a: StatementArguments = [day.iso, rulesetVersion, item.id]
          try caseRow.execute(arguments: a)
          try rows.execute(arguments: a)
        }
      }
      try Self.setSetting("ruleset_version", rulesetVersion, db: db)
      try CaseFileWrites(db: db, timestamp: stamp).audit(
        actor: actor, action: "rescreen", fileNo: nil,
        detail: "\(summary.files) files as of \(asOf.iso), rule set \(rulesetVersion), \(summary.verdictsChanged) verdicts changed")
    }
    return summary
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
  var screenings: [VerdictRecord] = []
  var summary: VerdictSummary?
  var fingerprint = ""

  init(_ item: StoredForScreening, screen: Screener) {
    guard let file = try? AppDatabase.decodeStored(item.facts, fileNo: item.fileNo) else { return }
    screenings = screen(file).sorted { $0.route < $1.route }
    summary = VerdictSummary(screenings)
    fingerprint = screenings.map(\.fingerprint).joined()
  }
}
