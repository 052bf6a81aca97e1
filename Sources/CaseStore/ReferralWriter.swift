import CaseExchange
import CaseModel
import Foundation
import GRDB

/// The referral writes inside one transaction: making referrals, taking steps, and ending
/// referrals whose consent ended. Every change writes a referral event and an audit entry.
struct ReferralWriter {
  let db: Database
  let timestamp: String
  let today: Day

  var files: CaseFileWrites { CaseFileWrites(db: db, timestamp: timestamp) }

  // MARK: - Making a referral

  func create(_ new: NewReferral, by party: ReferralParty, referable: (CaseFile) throws -> [ReferralGap]) throws -> Int64 {
    guard let office = party.office else { throw ReferralError.forbidden("only clerks may refer files") }
    guard let row = try Row.fetchOne(
      db, sql: "SELECT id, office, facts FROM case_file WHERE file_no = ?", arguments: [new.fileNo]),
      row["office"] as String == office.rawValue
    else { throw ReferralError.notFound("no file \(new.fileNo)") }
    let caseId: Int64 = row["id"]
    let file = try AppDatabase.decodeStored(row["facts"], fileNo: new.fileNo)
    guard !file.status.isClosed else { throw ReferralError.fileClosed(fileNo: new.fileNo) }
    let gaps = try chosenGaps(new.rules, of: try referable(file), caseId: caseId)
    let municipality = (new.municipality?.trimmed).flatMap { $0.isEmpty ? nil : $0 } ?? file.person.municipality
    // The office's rules on the note and the due date are checked by `Casework.refer`.
    guard let municipality else {
      throw ReferralError.invalid([FieldError(path: "municipality", reason: .municipalityRequired)])
    }
    if new.send, file.referralConsent(on: today) == nil { throw ReferralError.noConsent(fileNo: new.fileNo) }

    let state: ReferralState = new.send ? .sent : .proposed
    try db.execute(
      sql: """
        INSERT INTO referral (case_id, office, municipality, state, is_open, note, due_on, created_at, created_by, sent_on)
        VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?)
        """,
      arguments: [
        caseId, office.rawValue, municipality, state.rawValue, new.note?.nonEmpty, new.dueOn?.iso, timestamp, party.name,
        new.send ? today.iso : nil,
      ])
    let id = db.lastInsertedRowID
    for g in gaps {
      try db.execute(
        sql: """
          INSERT INTO referral_gap (referral_id, rule, outcome, fix, citation, reason_de, reason_en, documents)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [id, g.rule, g.outcome.rawValue, g.fix?.rawValue, g.citation, g.reasonDE, g.reasonEN, g.documents.joined(separator: ",")])
    }
    try event(id, actor: party.name, action: new.send ? "send" : "propose", from: nil, to: state, note: new.note?.nonEmpty)
    try files.audit(
      actor: party.name, action: new.send ? "referral.send" : "referral.propose", fileNo: new.fileNo,
      detail: "referral \(id) to \(municipality): \(gaps.map(\.rule).joined(separator: ","))")
    return id
  }

  /// The referable gaps named by `rules`; every rule that is not one of them is named in the error.
  func chosenGaps(_ rules: [String], of referable: [ReferralGap], caseId: Int64) throws -> [ReferralGap] {
    guard !rules.isEmpty else { throw ReferralError.invalid([FieldError(path: "rules", reason: .chooseAtLeastOneGap)]) }
    let unknown = rules.filter { r in !referable.contains { $0.rule == r } }
    guard unknown.isEmpty else {
      throw ReferralError.invalid(unknown.map {
        FieldError(path: "rules", reason: .notAWorkableGap(rule: $0))
      })
    }
    for rule in rules {
      if let open = try Int64.fetchOne(
        db,
        sql: """
          SELECT r.id FROM referral r JOIN referral_gap g ON g.referral_id = r.id
          WHERE r.case_id = ? AND r.is_open = 1 AND g.rule = ? LIMIT 1
          """, arguments: [caseId, rule])
      {
        throw ReferralError.alreadyReferred(rule: rule, referral: open)
      }
    }
    return referable.filter { rules.contains($0.rule) }
  }

  // MARK: - Steps

  func record(
    _ step: ReferralStep, referral id: Int64, by party: ReferralParty, resolve: (Referral, CaseFile, JSONObject?) throws -> Resolution
  ) throws {
    guard let (current, caseId) = try ReferralRows.stored(id: id, db: db, today: today, reader: nil),
      party.reaches(office: current.office, municipality: current.municipality, state: current.state)
    else { throw ReferralError.notFound("no referral \(id)") }
    guard step.action.party == party.kind else {
      throw ReferralError.forbidden(
        party.kind == .office ? "only case management may \(step.action.rawValue) a referral" : "only the office may \(step.action.rawValue) a referral")
    }
    if let expected = step.expectedVersion, expected != current.version {
      throw ReferralError.versionConflict(expected: expected, actual: current.version)
    }
    guard let next = step.action.next(from: current.state) else {
      throw ReferralError.notAllowed(action: step.action.rawValue, state: current.state)
    }
    let note = step.note?.trimmed.nonEmpty
    var problems: [FieldError] = []
    if step.action.needsNote, note == nil { problems.append(FieldError(path: "note", reason: .reasonOrNoteRequired)) }
    if let note, note.count > 4000 { problems.append(FieldError(path: "note", reason: .atMostCharacters(4000))) }
    if step.facts != nil, step.action != .resolve { problems.append(FieldError(path: "facts", reason: .factsOnResolveOnly)) }
    guard problems.isEmpty else { throw ReferralError.invalid(problems) }

    if step.action == .send {
      guard let facts = try String.fetchOne(db, sql: "SELECT facts FROM case_file WHERE id = ?", arguments: [caseId]) else {
        throw ReferralError.notFound("no file \(current.fileNo)")
      }
      let file = try AppDatabase.decodeStored(facts, fileNo: current.fileNo)
      if file.referralConsent(on: today) == nil { throw ReferralError.noConsent(fileNo: current.fileNo) }
    }
    var outcome: ReferralOutcome?
    var factsJSON: String?
    if step.action == .resolve {
      factsJSON = step.facts.map { JSONValue.object($0).jsonText }
      outcome = try rescreen(caseId: caseId, referral: current, facts: step.facts, resolve: resolve, actor: party.name)
    }
    try move(current, to: next, by: step.action)
    try event(id, actor: party.name, action: step.action.rawValue, from: current.state, to: next, note: note, facts: factsJSON, changes: outcome)
    try files.audit(
      actor: party.name, action: "referral." + step.action.rawValue, fileNo: current.fileNo,
      detail: "referral \(id): \(current.state.rawValue) -> \(next.rawValue)")
  }

  /// Updates the state, its milestone days and the clerk's marker; increments the version.
  func move(_ r: Referral, to next: ReferralState, by action: ReferralAction) throws {
    var sets = ["state = ?", "is_open = ?", "version = version + 1"]
    var args: [any DatabaseValueConvertible] = [next.rawValue, next.isOpen ? 1 : 0]
    switch action {
    case .send: sets.append("sent_on = ?"); args.append(today.iso)
    case .accept: sets.append("accepted_on = ?"); args.append(today.iso)
    case .seen: sets.append("clerk_seen_at = ?"); args.append(timestamp)
    default: break
    }
    if !next.isOpen && r.state.isOpen { sets.append("closed_on = ?"); args.append(today.iso) }
    if [.resolve, .return, .decline].contains(action) {
      sets.append("back_to_clerk_at = ?, clerk_seen_at = NULL")
      args.append(timestamp)
    }
    args.append(r.id)
    try db.execute(sql: "UPDATE referral SET \(sets.joined(separator: ", ")) WHERE id = ?", arguments: StatementArguments(args))
  }

  func event(
    _ id: Int64, actor: String, action: String, from: ReferralState?, to: ReferralState, note: String?,
    facts: String? = nil, changes: ReferralOutcome? = nil
  ) throws {
    try db.execute(
      sql: """
        INSERT INTO referral_event (referral_id, at, actor, action, from_state, to_state, note, facts, changes)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [id, timestamp, actor, action, from?.rawValue, to.rawValue, note, facts, changes.map(ReferralRows.encode)])
  }
}

extension String {
  var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
  var nonEmpty: String? { isEmpty ? nil : self }
}
