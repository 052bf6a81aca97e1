import CaseExchange
import CaseModel
import GRDB

/// What a clerk asks for when referring a file: which gaps, to which municipality (default the
/// person's), with a note and a due date; sent at once, or only proposed (e.g. until consent).
public struct NewReferral: Sendable {
  public var fileNo: String
  public var rules: [String]
  public var municipality: String?
  public var note: String?
  public var dueOn: Day?
  public var send: Bool

  public init(fileNo: String, rules: [String], municipality: String? = nil, note: String? = nil, dueOn: Day? = nil, send: Bool = true) {
    self.fileNo = fileNo
    self.rules = rules
    self.municipality = municipality
    self.note = note
    self.dueOn = dueOn
    self.send = send
  }
}

/// One step on a referral: the action, its note, and on resolve the facts case management records.
public struct ReferralStep: Sendable {
  public var action: ReferralAction
  public var note: String?
  public var facts: JSONObject?
  /// The referral version the user saw; nil skips the check (API calls without If-Match).
  public var expectedVersion: Int?

  public init(action: ReferralAction, note: String? = nil, facts: JSONObject? = nil, expectedVersion: Int? = nil) {
    self.action = action
    self.note = note
    self.facts = facts
    self.expectedVersion = expectedVersion
  }
}

extension AppDatabase {
  /// Refers a file's gaps to case management in one transaction: the gaps are those `referable`
  /// (`Casework`'s screening as of `today`) names, sending needs the person's valid consent, and
  /// the referral, its first event and an audit entry are written together. Returns the new
  /// referral's id.
  public func createReferral(
    _ new: NewReferral, by party: ReferralParty, today: Day, referable: @escaping @Sendable (CaseFile) throws -> [ReferralGap]
  ) async throws -> Int64 {
    let stamp = timestamp()
    return try await writing { db in
      try ReferralWriter(db: db, timestamp: stamp, today: today).create(new, by: party, referable: referable)
    }
  }

  /// Takes one step on a referral (accept, decline, progress, resolve, return, send, withdraw,
  /// seen) in one transaction. Resolving stores what `resolve` (`Casework`: facts merged, file
  /// screened) makes of the file and brings it back to the clerk, all in the same transaction.
  /// Returns the referral as the party sees it.
  @discardableResult
  public func recordReferralStep(
    _ step: ReferralStep, referral id: Int64, by party: ReferralParty, today: Day,
    resolve: @escaping @Sendable (Referral, CaseFile, JSONObject?) throws -> Resolution
  ) async throws -> Referral {
    let stamp = timestamp()
    return try await writing { db in
      let w = ReferralWriter(db: db, timestamp: stamp, today: today)
      try w.record(step, referral: id, by: party, resolve: resolve)
      guard let referral = try ReferralRows.referral(id: id, db: db, today: today, reader: party.kind)
      else { throw ReferralError.notFound("no referral \(id)") }
      return ReferralRows.visible(referral, to: party.kind)
    }
  }

  /// Ends the open referrals of files whose consent is no longer valid on `today` (withdrawn,
  /// or withdrawn with a date now reached). Returns how many were ended.
  @discardableResult
  public func endReferralsWithoutConsent(today: Day, actor: String) async throws -> Int {
    let stamp = timestamp()
    return try await writing { db in
      try ReferralWriter(db: db, timestamp: stamp, today: today).endWithoutConsent(caseIds: nil, actor: actor)
    }
  }
}
