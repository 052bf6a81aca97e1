import CaseExchange
import CaseModel
import GRDB

extension ReferralWriter {
  /// Resolving: records case management's facts in the file, re-screens it as of today and
  /// marks which of the referral's gaps are now closed. Returns what changed, for the clerk.
  func rescreen(
    caseId: Int64, referral: Referral, facts: JSONObject?, resolve: (Referral, CaseFile, JSONObject?) throws -> Resolution, actor: String
  ) throws -> ReferralOutcome {
    guard let stored = try files.stored(fileNo: referral.fileNo) else { throw ReferralError.notFound("no file \(referral.fileNo)") }
    let before = try String.fetchOne(db, sql: "SELECT verdict FROM case_file WHERE id = ?", arguments: [caseId])
    let old = try AppDatabase.decodeStored(stored.facts, fileNo: referral.fileNo)
    let resolution: Resolution
    do { resolution = try resolve(referral, old, facts) } catch let e as InvalidCaseFile {
      throw ReferralError.invalid(e.errors.map { FieldError(path: "facts." + $0.path, reason: $0.reason) })
    }
    let (file, screenings) = (resolution.file, resolution.records)
    let newFacts = CaseFileWriter().canonicalJSON(file)
    var fields: [String] = []
    if newFacts != stored.facts {
      fields = file.changedFields(from: old)
      try files.update(PreparedFile(file, facts: newFacts, screenings: screenings), id: stored.id)
      try files.audit(actor: actor, action: "update", fileNo: referral.fileNo, detail: fields.joined(separator: ","))
    } else {
      _ = try AppDatabase.writeScreenings(screenings, caseId: caseId, db: db)
    }
    // A rule no longer among the findings, met or no longer applicable is closed.
    let closed = referral.gaps.map(\.rule).filter { !resolution.openRules.contains($0) }
    for rule in closed {
      try db.execute(
        sql: "UPDATE referral_gap SET closed_on = ? WHERE referral_id = ? AND rule = ?",
        arguments: [today.iso, referral.id, rule])
    }
    return ReferralOutcome(
      verdictBefore: before, verdictAfter: VerdictSummary(screenings)?.verdict, fields: fields, closedRules: closed,
      openRules: referral.gaps.map(\.rule).filter { !closed.contains($0) })
  }

  /// Withdraws the open referrals (of the given files, or all) whose person has no valid consent
  /// today. Proposals stay: they wait for consent and were never shared.
  @discardableResult
  func endWithoutConsent(caseIds: [Int64]?, actor: String) throws -> Int {
    var sql = """
      SELECT r.id, c.file_no, c.facts FROM referral r JOIN case_file c ON c.id = r.case_id
      WHERE r.is_open = 1 AND r.state <> 'proposed'
      """
    if let caseIds {
      guard !caseIds.isEmpty else { return 0 }
      sql += " AND r.case_id IN (\(caseIds.map(String.init).joined(separator: ",")))"
    }
    var ended = 0
    for row in try Row.fetchAll(db, sql: sql) {
      let fileNo: String = row[1]
      guard try AppDatabase.decodeStored(row[2], fileNo: fileNo).referralConsent(on: today) == nil,
        let r = try ReferralRows.referral(id: row[0], db: db, today: today, reader: nil)
      else { continue }
      try move(r, to: .withdrawn, by: .withdraw)
      try event(r.id, actor: actor, action: "withdraw", from: r.state, to: .withdrawn, note: ReferralRows.consentEndedNote)
      try files.audit(actor: actor, action: "referral.withdraw", fileNo: fileNo, detail: "referral \(r.id): consent ended")
      ended += 1
    }
    return ended
  }
}
