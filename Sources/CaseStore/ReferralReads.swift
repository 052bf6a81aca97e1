import CaseModel
import GRDB

/// Which referrals a list shows.
public struct ReferralFilter: Sendable, Equatable {
  /// Empty: every state the reader may see.
  public var states: [ReferralState] = []
  public var overdueOnly = false
  /// Resolved, returned or declined and not yet seen by the clerk (office lists only).
  public var awaitingClerkOnly = false
  public var municipality: String?
  public var rule: String?
  public var page = 1
  public var pageSize = 50

  public init() {}
}

/// A page of referrals with the counts a list shows above it.
public struct ReferralList: Sendable, Equatable {
  public var referrals: [Referral]
  public var total: Int
  public var counts: [ReferralState: Int]
  public var overdue: Int
  public var awaitingClerk: Int
  /// The municipalities of the reader's referrals with the number still open in each.
  public var municipalities: [MunicipalityCount]
  /// The file numbers of the referrals on this page, for the audit of the read (case managers
  /// never see them: `referrals` carry none for them).
  public var fileNos: [String] = []
}

public struct MunicipalityCount: Sendable, Equatable {
  public var name: String
  public var open: Int
}

extension AppDatabase {
  /// The referrals a party may see: a clerk those of the office, a case manager those sent to
  /// their municipalities (never proposals). Case managers get the person's minimal data where
  /// consent allows; their reading is audited.
  public func referrals(_ filter: ReferralFilter, for party: ReferralParty, today: Day) async throws -> ReferralList {
    var list = try await reading { db -> ReferralList in
      let (scope, scopeArgs) = Self.scope(of: party)
      var sql = ReferralRows.select + " WHERE " + scope
      var args = scopeArgs
      if !filter.states.isEmpty {
        sql += " AND r.state IN (\(filter.states.map { _ in "?" }.joined(separator: ",")))"
        args += filter.states.map(\.rawValue)
      }
      if filter.overdueOnly {
        sql += " AND r.state IN ('sent','accepted','in_progress') AND r.due_on < ?"
        args.append(today.iso)
      }
      if filter.awaitingClerkOnly { sql += " AND r.back_to_clerk_at IS NOT NULL AND r.clerk_seen_at IS NULL" }
      if let m = filter.municipality {
        sql += " AND r.municipality = ?"
        args.append(m)
      }
      if let rule = filter.rule {
        sql += " AND EXISTS (SELECT 1 FROM referral_gap g WHERE g.referral_id = r.id AND g.rule = ?)"
        args.append(rule)
      }
      let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(sql))", arguments: StatementArguments(args)) ?? 0
      let order = " ORDER BY r.is_open DESC, (r.due_on IS NULL), r.due_on, r.id DESC LIMIT ? OFFSET ?"
      let rows = try Row.fetchAll(
        db, sql: sql + order,
        arguments: StatementArguments(args + [filter.pageSize, min(max(0, filter.page - 1), Int(Int32.max) / max(1, filter.pageSize)) * filter.pageSize]))
      var referrals = rows.map(ReferralRows.make)
      let gaps = try ReferralRows.gaps(of: referrals.map(\.id), db: db)
      for (i, row) in rows.enumerated() {
        referrals[i].gaps = gaps[referrals[i].id] ?? []
        referrals[i].person = try ReferralRows.person(of: referrals[i], caseId: row[15], db: db, today: today, for: party.kind)
      }
      return ReferralList(
        referrals: referrals, total: total, counts: try Self.stateCounts(scope, scopeArgs, db: db),
        overdue: try Int.fetchOne(
          db,
          sql: "SELECT count(*) FROM referral r WHERE \(scope) AND r.state IN ('sent','accepted','in_progress') AND r.due_on < ?",
          arguments: StatementArguments(scopeArgs + [today.iso])) ?? 0,
        awaitingClerk: try Int.fetchOne(
          db, sql: "SELECT count(*) FROM referral r WHERE \(scope) AND r.back_to_clerk_at IS NOT NULL AND r.clerk_seen_at IS NULL",
          arguments: StatementArguments(scopeArgs)) ?? 0,
        municipalities: try Row.fetchAll(
          db, sql: "SELECT r.municipality, sum(r.is_open) FROM referral r WHERE \(scope) GROUP BY 1 ORDER BY 1",
          arguments: StatementArguments(scopeArgs)
        ).map { MunicipalityCount(name: $0[0], open: $0[1]) })
    }
    // (the read is audited by the caller as a list read, `auditListRead`, with its filters)
    list.fileNos = list.referrals.map(\.fileNo)
    if party.kind == .caseManagement {
      list.referrals = list.referrals.map { ReferralRows.visible($0, to: .caseManagement) }
    }
    return list
  }

  /// One referral as the party may see it (404 otherwise); the read is audited with the file.
  public func referral(id: Int64, for party: ReferralParty, today: Day) async throws -> Referral {
    guard let r = try await reading({ db in try ReferralRows.referral(id: id, db: db, today: today, reader: party.kind) }),
      party.reaches(office: r.office, municipality: r.municipality, state: r.state)
    else { throw ReferralError.notFound("no referral \(id)") }
    try await auditReferralRead(party.name, action: "referral.read", fileNo: r.fileNo, detail: "referral \(id)")
    return ReferralRows.visible(r, to: party.kind)
  }

  /// The referrals of one file, newest first, for the file page (the file's read is audited there).
  public func referralsOfFile(fileNo: String) async throws -> [Referral] {
    try await reading { db in
      let rows = try Row.fetchAll(db, sql: ReferralRows.select + " WHERE c.file_no = ? ORDER BY r.id DESC", arguments: [fileNo])
      var referrals = rows.map(ReferralRows.make)
      let gaps = try ReferralRows.gaps(of: referrals.map(\.id), db: db)
      for i in referrals.indices {
        referrals[i].gaps = gaps[referrals[i].id] ?? []
        referrals[i].events = try ReferralRows.events(of: referrals[i].id, db: db)
      }
      return referrals
    }
  }

  /// The file numbers among `fileNos` with a referral back from case management that the clerk
  /// has not yet seen (the queue's marker).
  public func filesAwaitingClerk(_ fileNos: [String]) async throws -> Set<String> {
    guard !fileNos.isEmpty else { return [] }
    return try await reading { db in
      Set(
        try String.fetchAll(
          db,
          sql: """
            SELECT DISTINCT c.file_no FROM referral r JOIN case_file c ON c.id = r.case_id
            WHERE r.back_to_clerk_at IS NOT NULL AND r.clerk_seen_at IS NULL
              AND c.file_no IN (\(fileNos.map { _ in "?" }.joined(separator: ",")))
            """, arguments: StatementArguments(fileNos)))
    }
  }

  /// Which of these files have a referral still open (proposed, sent, accepted or in progress):
  /// the queue marks them, so no clerk refers a gap twice or decides a file mid-referral.
  public func filesWithOpenReferral(_ fileNos: [String]) async throws -> Set<String> {
    guard !fileNos.isEmpty else { return [] }
    return try await reading { db in
      Set(
        try String.fetchAll(
          db,
          sql: """
            SELECT DISTINCT c.file_no FROM referral r JOIN case_file c ON c.id = r.case_id
            WHERE r.is_open = 1 AND c.file_no IN (\(fileNos.map { _ in "?" }.joined(separator: ",")))
            """, arguments: StatementArguments(fileNos)))
    }
  }

  static func scope(of party: ReferralParty) -> (String, [any DatabaseValueConvertible]) {
    if let office = party.office { return ("r.office = ?", [office.rawValue]) }
    guard !party.municipalities.isEmpty else { return ("0", []) }
    return (
      "r.state <> 'proposed' AND r.municipality IN (\(party.municipalities.map { _ in "?" }.joined(separator: ",")))",
      party.municipalities
    )
  }

  static func stateCounts(_ scope: String, _ args: [any DatabaseValueConvertible], db: Database) throws -> [ReferralState: Int] {
    var counts: [ReferralState: Int] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT r.state, count(*) FROM referral r WHERE \(scope) GROUP BY r.state", arguments: StatementArguments(args))
    {
      if let s = ReferralState(rawValue: row[0]) { counts[s] = row[1] }
    }
    return counts
  }

  func auditReferralRead(_ actor: String, action: String, fileNo: String?, detail: String) async throws {
    let stamp = timestamp()
    try await writing { db in try CaseFileWrites(db: db, timestamp: stamp).audit(actor: actor, action: action, fileNo: fileNo, detail: detail) }
  }
}

extension AppDatabase {
  /// The open files of a triage group, oldest first (e.g. the files with gaps for case management).
  public func openFileNumbers(in group: QueueGroup) async throws -> [String] {
    try await reading { db in
      try String.fetchAll(
        db, sql: "SELECT file_no FROM case_file WHERE is_open = 1 AND queue_group = ? ORDER BY received_on, file_no",
        arguments: [group.rawValue])
    }
  }
}
