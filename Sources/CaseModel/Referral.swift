
/// A referral of one file to the case management of one municipality, with the gaps it carries
/// and its history. `person` is filled only where the reader may see the person (see
/// `ReferralPerson`).
public struct Referral: Sendable, Equatable {
  public var id: Int64
  public var fileNo: String
  public var office: Office
  public var municipality: String
  public var state: ReferralState
  public var note: String?
  public var dueOn: Day?
  public var createdAt: String
  public var createdBy: String
  public var sentOn: Day?
  public var acceptedOn: Day?
  public var closedOn: Day?
  /// Case management resolved, returned or declined it and the clerk has not yet taken note.
  public var awaitsClerk: Bool
  public var version: Int
  public var gaps: [ReferralGap]
  public var events: [ReferralEvent]
  public var person: ReferralPerson?

  public init(
    id: Int64, fileNo: String, office: Office, municipality: String, state: ReferralState, note: String?,
    dueOn: Day?, createdAt: String, createdBy: String, sentOn: Day?, acceptedOn: Day?, closedOn: Day?,
    awaitsClerk: Bool, version: Int, gaps: [ReferralGap] = [], events: [ReferralEvent] = [],
    person: ReferralPerson? = nil
  ) {
    self.id = id
    self.fileNo = fileNo
    self.office = office
    self.municipality = municipality
    self.state = state
    self.note = note
    self.dueOn = dueOn
    self.createdAt = createdAt
    self.createdBy = createdBy
    self.sentOn = sentOn
    self.acceptedOn = acceptedOn
    self.closedOn = closedOn
    self.awaitsClerk = awaitsClerk
    self.version = version
    self.gaps = gaps
    self.events = events
    self.person = person
  }

  /// Past its due date while case management still has it.
  public func isOverdue(on day: Day) -> Bool {
    guard state.hasRunningDueDate, let dueOn else { return false }
    return dueOn < day
  }
}

/// One step in a referral's history.
public struct ReferralEvent: Sendable, Equatable {
  public var at: String
  public var actor: String
  /// `propose`, `send`, or a `ReferralAction`.
  public var action: String
  public var fromState: ReferralState?
  public var toState: ReferralState
  public var note: String?
  /// On resolve: the facts recorded, as JSON.
  public var facts: String?
  /// On resolve: what the re-screening changed, for the clerk.
  public var changes: ReferralOutcome?

  public init(
    at: String, actor: String, action: String, fromState: ReferralState?, toState: ReferralState, note: String?,
    facts: String? = nil, changes: ReferralOutcome? = nil
  ) {
    self.at = at
    self.actor = actor
    self.action = action
    self.fromState = fromState
    self.toState = toState
    self.note = note
    self.facts = facts
    self.changes = changes
  }
}

/// What case management may know of the person: name, how to reach them, languages and the
/// municipality. Nothing else of the file. Shown only while the person's consent is valid.
public struct ReferralPerson: Sendable, Equatable {
  public var familyName: String
  public var givenNames: String?
  public var phone: String?
  public var email: String?
  public var languages: [String]
  public var interpreterNeeded: Bool?
  public var municipality: String?

  public init(_ p: Person) {
    familyName = p.familyName
    givenNames = p.givenNames
    phone = p.phone
    email = p.email
    languages = p.languages ?? []
    interpreterNeeded = p.interpreterNeeded
    municipality = p.municipality
  }
}

/// What a returned referral changed: the verdict before and after the re-screening, the facts
/// recorded, and which of the referral's gaps are now closed or still open.
public struct ReferralOutcome: Sendable, Equatable, Codable {
  public var verdictBefore: String?
  public var verdictAfter: String?
  public var fields: [String]
  public var closedRules: [String]
  public var openRules: [String]

  public init(verdictBefore: String?, verdictAfter: String?, fields: [String], closedRules: [String], openRules: [String]) {
    self.verdictBefore = verdictBefore
    self.verdictAfter = verdictAfter
    self.fields = fields
    self.closedRules = closedRules
    self.openRules = openRules
  }

  enum CodingKeys: String, CodingKey {
    case verdictBefore = "verdict_before", verdictAfter = "verdict_after", fields
    case closedRules = "closed_rules", openRules = "open_rules"
  }
}

/// Why a referral step cannot be taken. The web layer maps these to 404/403/409/422.
public enum ReferralError: Error, Sendable, Equatable, CustomStringConvertible {
  case notFound(String)
  case forbidden(String)
  /// No valid consent to share data with case management (409).
  case noConsent(fileNo: String)
  case notAllowed(action: String, state: ReferralState)
  case fileClosed(fileNo: String)
  case alreadyReferred(rule: String, referral: Int64)
  case versionConflict(expected: Int, actual: Int)
  case invalid([FieldError])

  public var description: String {
    switch self {
    case .notFound(let what): return what
    case .forbidden(let why): return why
    case .noConsent(let n): return "no valid consent to share the data of \(n) with case management is recorded"
    case .notAllowed(let a, let s): return "\"\(a)\" is not possible for a referral that is \(s.rawValue)"
    case .fileClosed(let n): return "file \(n) is closed"
    case .alreadyReferred(let r, let id): return "\(r) is already with case management (referral \(id))"
    case .versionConflict(let e, let a): return "the referral was changed by someone else (version \(a), you saw \(e))"
    case .invalid(let errors): return errors.map(\.description).joined(separator: "; ")
    }
  }
}
