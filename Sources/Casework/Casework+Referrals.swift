import Foundation
import CaseModel
import CaseStore
import Eligibility
import Referrals

/// The bridge to case management: referring gaps, the steps on a referral, and ending referrals
/// whose consent lapsed.
extension Casework {
  /// Refers gaps of one file (see `NewReferral`). The rules of the office checked here: a note
  /// of at most 4,000 characters, a due date not in the past; the store then checks, in the
  /// referral's transaction, that the gaps are referable today and that sending has consent.
  public func refer(_ new: NewReferral, by party: ReferralParty) async throws -> Int64 {
    let day = today()
    var problems: [FieldError] = []
    if let note = new.note, note.count > 4000 { problems.append(FieldError(path: "note", reason: .atMostCharacters(4000))) }
    if let due = new.dueOn, due < day { problems.append(FieldError(path: "due_on", reason: .mustNotBeInPast)) }
    guard problems.isEmpty else { throw ReferralError.invalid(problems) }
    let engine = try requiredEngine()
    let district = municipalities
    return try await store.createReferral(new, by: party, today: day) { file in
      let chosen = new.municipality.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
      if let outside = Self.outsideDistrict(chosen ?? file.person.municipality, district) { throw outside }
      return ReferableGaps.of(engine.screen(file, asOf: day), engine: engine)
    }
  }

  /// Takes one step on a referral (accept, decline, progress, resolve, return, send, withdraw,
  /// seen). Resolving records case management's facts in the file, screens it again and brings it
  /// back to the clerk, in the same transaction. Returns the referral as the party sees it.
  @discardableResult
  public func step(referral id: Int64, _ step: ReferralStep, by party: ReferralParty) async throws -> Referral {
    let (engine, day) = (try requiredEngine(), today())
    // Resolving: case management's facts merged into the file, the file screened as of today.
    return try await store.recordReferralStep(step, referral: id, by: party, today: day) { referral, old, facts in
      let file = try facts.map { try ResolutionFacts.apply($0, to: old) } ?? old
      // A proof or event dated after today is not a fact yet (paths become `facts.<field>`).
      let future = file.futureDateErrors(today: day, comparedTo: old)
      guard future.isEmpty else { throw InvalidCaseFile(future) }
      // Resolving needs something recorded that can close a referred gap (else: return with a reason).
      let ruleFacts = Dictionary(referral.gaps.map { ($0.rule, engine.rules[$0.rule]?.facts ?? []) }) { a, _ in a }
      let unproven = ResolutionEvidence.problems(facts, gaps: referral.gaps, ruleFacts: ruleFacts)
      guard unproven.isEmpty else { throw ReferralError.invalid(unproven) }
      let screenings = engine.screen(file, asOf: day)
      return Resolution(file: file, records: screenings.records, openRules: screenings.openRules)
    }
  }

  /// Ends the open referrals of files whose consent is no longer valid today (at server start
  /// and daily). Returns how many were ended.
  @discardableResult
  public func endReferralsWithoutConsent(actor: String) async throws -> Int {
    let day = today()
    return try await store.endReferralsWithoutConsent(today: day, actor: actor)
  }

  /// The referable gaps of a file today (empty without checklists).
  public func referableGaps(_ file: CaseFile) -> [ReferralGap] {
    guard engine.isAvailable else { return [] }
    return ReferableGaps.of(engine.screen(file, asOf: today()), engine: engine)
  }

  // MARK: - Reads

  public func referrals(_ filter: ReferralFilter, for party: ReferralParty) async throws -> ReferralList {
    let day = today()
    return try await store.referrals(filter, for: party, today: day)
  }

  public func referral(id: Int64, for party: ReferralParty) async throws -> Referral {
    let day = today()
    return try await store.referral(id: id, for: party, today: day)
  }

  public func referrals(ofFile fileNo: String) async throws -> [Referral] {
    try await store.referralsOfFile(fileNo: fileNo)
  }

  public func filesAwaitingClerk(_ fileNos: [String]) async throws -> Set<String> {
    try await store.filesAwaitingClerk(fileNos)
  }

  public func filesWithOpenReferral(_ fileNos: [String]) async throws -> Set<String> {
    try await store.filesWithOpenReferral(fileNos)
  }

  /// The engine, or `ScreeningUnavailable` where a feature needs the screening.
  public func requiredEngine() throws -> ScreeningEngine {
    guard engine.isAvailable else { throw ScreeningUnavailable() }
    return engine
  }

  /// A referral goes only to a municipality of the district (with a case-management office to
  /// receive it); nil when `municipality` is one, or no district list is configured.
  static func outsideDistrict(_ municipality: String?, _ district: [String]) -> ReferralError? {
    guard !district.isEmpty, let m = municipality,
      !district.contains(where: { $0.caseInsensitiveCompare(m) == .orderedSame })
    else { return nil }
    return .invalid([FieldError(path: "municipality", reason: .notAMunicipality(m))])
  }
}

/// A feature needs the screening and no checklists are loaded (the server answers 503).
public struct ScreeningUnavailable: Error, Sendable, CustomStringConvertible {
  public var description: String { "the server runs without checklists; this needs the screening" }

}
