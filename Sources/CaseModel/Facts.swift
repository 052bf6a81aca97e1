// The grouped facts of a case file (spec section 1). Every field optional: nil = not recorded.

public struct Identity: Codable, Hashable, Sendable {
  public var passportValid: Bool?
  /// Step of the BVerwG step model: 1 = passport, 2 = other official documents, 3 = non-official
  /// documents, 4 = own consistent statements.
  public var evidenceLevel: Int?
  public var passportObtainable: PassportObtainable?
  public var deception: Deception?
  public var deceptionCausedDuldung: Bool?
  public var efforts: [IdentityEffort]?
  public init() {}
  enum CodingKeys: String, CodingKey {
    case passportValid = "passport_valid", evidenceLevel = "evidence_level"
    case passportObtainable = "passport_obtainable", deception
    case deceptionCausedDuldung = "deception_caused_duldung", efforts
  }
}

public struct IdentityEffort: Codable, Hashable, Sendable {
  public var on: Day
  public var action: String
  public init(on: Day, action: String) {
    self.on = on
    self.action = action
  }
}

public struct German: Codable, Hashable, Sendable {
  public var level: LanguageLevel?
  public var oralOnly: Bool?
  public var proof: LanguageProof?
  public var on: Day?
  /// Spec section 8: a child under 16 speaks German as expected for its age (§ 10 Abs. 4 S. 2 StAG).
  public var ageAppropriate: Bool?
  public init(level: LanguageLevel? = nil, proof: LanguageProof? = nil, on: Day? = nil) {
    self.level = level
    self.proof = proof
    self.on = on
  }
  enum CodingKeys: String, CodingKey {
    case level, oralOnly = "oral_only", proof, on, ageAppropriate = "age_appropriate"
  }
}

public struct Civics: Codable, Hashable, Sendable {
  public var passed: Bool?
  public var proof: CivicsProof?
  public var on: Day?
  public init(passed: Bool? = nil, proof: CivicsProof? = nil, on: Day? = nil) {
    self.passed = passed
    self.proof = proof
    self.on = on
  }
}

public struct Declarations: Codable, Hashable, Sendable {
  public var fdgoSignedOn: Day?
  public var historySignedOn: Day?
  public init(fdgoSignedOn: Day? = nil, historySignedOn: Day? = nil) {
    self.fdgoSignedOn = fdgoSignedOn
    self.historySignedOn = historySignedOn
  }
  enum CodingKeys: String, CodingKey {
    case fdgoSignedOn = "fdgo_signed_on", historySignedOn = "history_signed_on"
  }
}

public struct Livelihood: Codable, Hashable, Sendable {
  public var benefitsSgb2Sgb12: Bool?
  public var fulltimeNow: Bool?
  public var fulltimeMonthsLast24: Int?
  public var notAtFault: Bool?
  public var incomeMonthly: Double?
  public var needMonthly: Double?
  public var inEducation: Bool?
  public var singleParent: Bool?
  public var carer: Bool?
  public init() {}
  enum CodingKeys: String, CodingKey {
    case benefitsSgb2Sgb12 = "benefits_sgb2_sgb12", fulltimeNow = "fulltime_now"
    case fulltimeMonthsLast24 = "fulltime_months_last_24", notAtFault = "not_at_fault"
    case incomeMonthly = "income_monthly", needMonthly = "need_monthly"
    case inEducation = "in_education", singleParent = "single_parent", carer
  }
}

public struct GuestWorkerEntry: Codable, Hashable, Sendable {
  public var kind: GuestWorkerKind
  public var on: Day
  public init(kind: GuestWorkerKind, on: Day) {
    self.kind = kind
    self.on = on
  }
}

public struct Conviction: Codable, Hashable, Sendable {
  public var on: Day
  public var kind: ConvictionKind
  public var dailyRates: Int?
  public var months: Double?
  /// Extension (spec section 8 style, 2026-12): the execution of the sentence is suspended on
  /// probation (§ 21 JGG, § 56 StGB) and the suspension was not revoked. `false`: never suspended,
  /// or the suspension was revoked (§ 26 JGG, § 56f StGB). Absent: unknown.
  public var suspended: Bool?
  /// The sentence was remitted after the probation period (§ 26a JGG, § 56g StGB); a remitted
  /// sentence was suspended.
  public var remitted: Bool?
  public var hateMotive: Bool?
  public var foreignerOnlyOffence: Bool?
  public var erasableOn: Day?
  public init(on: Day, kind: ConvictionKind) {
    self.on = on
    self.kind = kind
  }
  enum CodingKeys: String, CodingKey {
    case on, kind, dailyRates = "daily_rates", months, suspended, remitted, hateMotive = "hate_motive"
    case foreignerOnlyOffence = "foreigner_only_offence", erasableOn = "erasable_on"
  }
}

public struct Household: Codable, Hashable, Sendable {
  public var minorChildren: Int?
  public var childrenSchoolAttendanceProven: Bool?
  public var spouseOfFulltimeWorker: Bool?
  /// Extension: own dwelling or accommodation secured (§ 8 Abs. 1 Nr. 3 StAG).
  public var ownDwelling: Bool?
  /// Spec section 8: the minor children with their birth dates (`minorChildren` stays the count).
  public var children: [Child]?
  public init() {}
  enum CodingKeys: String, CodingKey {
    case minorChildren = "minor_children"
    case childrenSchoolAttendanceProven = "children_school_attendance_proven"
    case spouseOfFulltimeWorker = "spouse_of_fulltime_worker", ownDwelling = "own_dwelling", children
  }
}

public struct Waivers: Codable, Hashable, Sendable {
  public var illnessDisabilityAge: Bool?
  public var languageHardship: Bool?
  public init() {}
  enum CodingKeys: String, CodingKey {
    case illnessDisabilityAge = "illness_disability_age", languageHardship = "language_hardship"
  }
}

public struct School: Codable, Hashable, Sendable {
  public var yearsAttendedInGermany: Double?
  public var qualification: Bool?
  public init() {}
  enum CodingKeys: String, CodingKey {
    case yearsAttendedInGermany = "years_attended_in_germany", qualification
  }
}

public struct DocumentRecord: Codable, Hashable, Sendable {
  /// Document id from `checklists/documents.yaml` (D01-D19).
  public var id: String
  public var status: DocumentStatus
  public var on: Day?
  public var validUntil: Day?
  public init(id: String, status: DocumentStatus, on: Day? = nil, validUntil: Day? = nil) {
    self.id = id
    self.status = status
    self.on = on
    self.validUntil = validUntil
  }
  enum CodingKeys: String, CodingKey { case id, status, on, validUntil = "valid_until" }
}

/// A consent to share data, e.g. with municipal case management (the district's data-protection
/// declaration). A consent counts from `givenOn` up to the day before `withdrawnOn`.
public struct Consent: Codable, Hashable, Sendable {
  public var scope: ConsentScope
  public var givenOn: Day
  public var withdrawnOn: Day?
  /// Extension: the version of the signed form (e.g. "DSE-KIM 2024-03").
  public var formVersion: String?
  /// Extension: who recorded the consent.
  public var recordedBy: String?
  public init(
    scope: ConsentScope, givenOn: Day, withdrawnOn: Day? = nil, formVersion: String? = nil, recordedBy: String? = nil
  ) {
    self.scope = scope
    self.givenOn = givenOn
    self.withdrawnOn = withdrawnOn
    self.formVersion = formVersion
    self.recordedBy = recordedBy
  }

  /// Whether the consent covers `day`: given on or before it and not withdrawn by then.
  public func isValid(on day: Day) -> Bool {
    givenOn <= day && (withdrawnOn.map { day < $0 } ?? true)
  }

  enum CodingKeys: String, CodingKey {
    case scope, givenOn = "given_on", withdrawnOn = "withdrawn_on", formVersion = "form_version"
    case recordedBy = "recorded_by"
  }
}

extension CaseFile {
  /// The consent to share data with case management valid on `day`, if any.
  public func referralConsent(on day: Day) -> Consent? {
    (consents ?? []).last { $0.scope == .caseManagementReferral && $0.isValid(on: day) }
  }
}
