import CaseExchange
import CaseModel
import Foundation
import GRDB

/// What a retention run would do, and why (`backlog retention --dry-run`). Counts and file
/// numbers only: the names stay where they are until they go.
public struct RetentionPlan: Sendable {
  public struct FileItem: Sendable, Equatable {
    public var fileNo: String
    public var office: Office
    public var status: CaseStatus
    public var closedOn: Day
    public var dueOn: Day
    /// e.g. "EBH refused: 10 years after closing"
    public var rule: String
  }
  public var files: [FileItem]
  /// Ended referrals whose notes and recorded facts go.
  public var referrals: [(id: Int64, endedOn: Day, dueOn: Day)]
  /// Audit rows older than the cut-off (deleted).
  public var auditRows: Int
  public var auditCutoff: Day?
}

public struct RetentionResult: Sendable, Equatable {
  public var filesAnonymised = 0
  public var notesDeleted = 0
  public var referralsCleared = 0
  public var auditRowsCleared = 0
  public var auditRowsDeleted = 0

  mutating func add(_ other: RetentionResult) {
    filesAnonymised += other.filesAnonymised
    notesDeleted += other.notesDeleted
    referralsCleared += other.referralsCleared
    auditRowsCleared += other.auditRowsCleared
    auditRowsDeleted += other.auditRowsDeleted
  }
}

extension AppDatabase {
  /// The files, referrals and audit rows whose retention period has ended by `today`.
  public func retentionPlan(_ policy: RetentionPolicy, today: Day) async throws -> RetentionPlan {
    try await reading { db in
      var files: [RetentionPlan.FileItem] = []
      let rows = try Row.fetchCursor(
        db,
        sql: "SELECT file_no, office, status, closed_on FROM case_file WHERE is_open = 0 AND anonymised_on IS NULL AND closed_on IS NOT NULL ORDER BY closed_on, file_no"
      )
      while let row = try rows.next() {
        guard let office = Office(rawValue: row[1]), let status = CaseStatus(rawValue: row[2]),
          let closed = Day(iso: row[3] as String), let years = policy.years(office: office, status: status)
        else { continue }
        let due = closed.adding(years: years)
        guard due <= today else { continue }
        files.append(.init(
          fileNo: row[0], office: office, status: status, closedOn: closed, dueOn: due,
          rule: "\(office.rawValue) \(status.rawValue): \(years) years after closing"))
      }
      var referrals: [(Int64, Day, Day)] = []
      if let months = policy.referralMonths {
        let ended = try Row.fetchAll(
          db,
          sql: """
            SELECT r.id, r.closed_on FROM referral r
            WHERE r.is_open = 0 AND r.closed_on IS NOT NULL
              AND (r.note IS NOT NULL OR EXISTS (SELECT 1 FROM referral_event e WHERE e.referral_id = r.id
                   AND (e.note IS NOT NULL OR e.facts IS NOT NULL OR e.changes IS NOT NULL)))
            ORDER BY r.closed_on, r.id
            """)
        for row in ended {
          guard let day = Day(iso: String((row[1] as String).prefix(10))) else { continue }
          let due = day.adding(months: months)
          if due <= today { referrals.append((row[0], day, due)) }
        }
      }
      var audit = 0
      let cutoff = policy.auditYears.map { today.adding(years: -$0) }
      if let cutoff {
        audit = try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE at < ?", arguments: [cutoff.iso]) ?? 0
      }
      return RetentionPlan(files: files, referrals: referrals, auditRows: audit, auditCutoff: cutoff)
    }
  }

  /// Carries out a plan in batches, one transaction each: a file's person and facts (beyond
  /// what reports and statistics need), its notes, its referrals' notes and recorded facts, and the
  /// details of audit rows naming it go; the file number is kept as a tombstone (`deleted_file`),
  /// so a re-import is refused. Ended referrals' notes, and audit rows past their period, go.
  /// Ends with one audit entry holding the counts, and a WAL checkpoint (TRUNCATE) so the deleted
  /// data is not left in the -wal file either (`secure_delete` zeroes the freed pages).
  public func applyRetention(_ plan: RetentionPlan, actor: String, batchSize: Int = 500) async throws -> RetentionResult {
    var result = RetentionResult()
    let stamp = timestamp()
    let today = self.today()
    for batch in stride(from: 0, to: plan.files.count, by: max(1, batchSize)).map({ plan.files[$0..<min($0 + batchSize, plan.files.count)] }) {
      result.add(try await retentionTransaction { db in
        var done = RetentionResult()
        for item in batch { try Self.anonymise(item, db: db, today: today, result: &done) }
        return done
      })
    }
    let referralIDs = plan.referrals.map(\.id)
    for start in stride(from: 0, to: referralIDs.count, by: max(1, batchSize)) {
      let ids = referralIDs[start..<min(start + batchSize, referralIDs.count)]
      try await retentionTransaction { db in
        for id in ids { try Self.clearReferral(id, db: db) }
      }
      result.referralsCleared += ids.count
    }
    if let cutoff = plan.auditCutoff {
      while true {
        let deleted = try await retentionTransaction { db -> Int in
          try db.execute(
            sql: "DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE at < ? ORDER BY id LIMIT ?)",
            arguments: [cutoff.iso, batchSize * 20])
          return db.changesCount
        }
        result.auditRowsDeleted += deleted
        if deleted == 0 { break }
      }
    }
    let done = result
    try await writing { db in
      try CaseFileWrites(db: db, timestamp: stamp).audit(
        actor: actor, action: "retention", fileNo: nil,
        detail: "files anonymised: \(done.filesAnonymised), notes deleted: \(done.notesDeleted), referrals cleared: \(done.referralsCleared), audit details cleared: \(done.auditRowsCleared), audit rows deleted: \(done.auditRowsDeleted)"
      )
    }
    try await checkpoint()
    return result
  }

  /// One write transaction in which the append-only triggers let the retention run through.
  func retentionTransaction<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws -> T {
    try await writing { db in
      try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, '1')", arguments: [Schema.retentionRunning])
      let value = try body(db)
      try db.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [Schema.retentionRunning])
      return value
    }
  }

  static func anonymise(_ item: RetentionPlan.FileItem, db: Database, today: Day, result: inout RetentionResult) throws {
    guard let row = try Row.fetchOne(db, sql: "SELECT id, facts FROM case_file WHERE file_no = ? AND anonymised_on IS NULL", arguments: [item.fileNo])
    else { return }
    let id: Int64 = row[0]
    let stored = try decodeStored(row[1], fileNo: item.fileNo)
    let kept = RetainedFacts.keep(stored)
    try db.execute(
      sql: """
        UPDATE case_file SET family_name = ?, given_names = NULL, birth_date = NULL, follow_up_on = NULL, clerk = clerk,
          facts = ?, anonymised_on = ?, search_text = '', version = version + 1 WHERE id = ?
        """,
      arguments: [kept.person.familyName, CaseFileWriter().canonicalJSON(kept), today.iso, id])
    try ReportFile.write(kept, id: id, db: db)  // the statistics' features go with the facts
    try db.execute(sql: "DELETE FROM file_note WHERE case_id = ?", arguments: [id])
    result.notesDeleted += db.changesCount
    for referral in try Int64.fetchAll(db, sql: "SELECT id FROM referral WHERE case_id = ?", arguments: [id]) {
      try clearReferral(referral, db: db)
    }
    try db.execute(sql: "UPDATE audit_log SET detail = NULL WHERE file_no = ? AND detail IS NOT NULL", arguments: [item.fileNo])
    result.auditRowsCleared += db.changesCount
    try db.execute(
      sql: "INSERT OR REPLACE INTO deleted_file (file_no, office, deleted_on, rule) VALUES (?, ?, ?, ?)",
      arguments: [item.fileNo, item.office.rawValue, today.iso, item.rule])
    result.filesAnonymised += 1
  }

  static func clearReferral(_ id: Int64, db: Database) throws {
    try db.execute(sql: "UPDATE referral SET note = NULL WHERE id = ?", arguments: [id])
    try db.execute(
      sql: "UPDATE referral_event SET note = NULL, facts = NULL, changes = NULL WHERE referral_id = ?", arguments: [id])
  }

  /// The date a file number was deleted under the retention rules, if it was.
  public func deletedOn(fileNo: String) async throws -> String? {
    try await reading { db in
      try String.fetchOne(db, sql: "SELECT deleted_on FROM deleted_file WHERE file_no = ?", arguments: [fileNo])
    }
  }
}

/// What stays of a file whose retention period ended: what the reports and statistics count
/// (office, route, dates, status history, team, municipality, nationalities), without a name.
enum RetainedFacts {
  static let placeholderName = "(gelöscht)"

  static func keep(_ f: CaseFile) -> CaseFile {
    var person = Person(familyName: placeholderName)
    person.nationalities = f.person.nationalities
    person.municipality = f.person.municipality
    var kept = CaseFile(fileNo: f.fileNo, office: f.office, receivedOn: f.receivedOn, status: f.status, person: person)
    kept.route = f.route
    kept.history = f.history.map { $0.map { StatusChange(at: $0.at, status: $0.status, by: $0.by) } }
    kept.team = f.team
    kept.clerk = f.clerk
    kept.decidedOn = f.decidedOn
    kept.certificateHandoverOn = f.certificateHandoverOn
    kept.protection = f.protection
    return kept
  }
}
