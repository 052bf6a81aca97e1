/// A closed vocabulary of the case-file contract (spec section 1). Decoding an unknown value fails
/// with a message that lists the allowed values.
public protocol FactEnum: RawRepresentable, CaseIterable, Codable, Hashable, Sendable
where RawValue == String {}

extension FactEnum {
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let value = Self(rawValue: text) else {
      let allowed = Self.allCases.map(\.rawValue).joined(separator: ", ")
      throw FieldError.invalid(
        path: decoder.codingPath, reason: .unknownValue(text, allowed: allowed))
    }
    self = value
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(rawValue)
  }
}

public enum Office: String, FactEnum { case EBH, ABH }

public enum CaseStatus: String, FactEnum {
  case received, documentsRequested = "documents_requested", inReview = "in_review", suspended
  case decisionPending = "decision_pending", granted, refused, withdrawn

  /// Granted, refused and withdrawn files are closed; every other status is open (the backlog).
  public var isClosed: Bool { self == .granted || self == .refused || self == .withdrawn }
}

public enum Route: String, FactEnum {
  case stag10 = "StAG-10", stag9 = "StAG-9", stag8 = "StAG-8", stag10FastTrack = "StAG-10-3"
  case aufenthG25a = "AufenthG-25a", aufenthG25b = "AufenthG-25b"
  case aufenthG104cFollowup = "AufenthG-104c-followup"

  public var office: Office {
    switch self {
    case .stag10, .stag9, .stag8, .stag10FastTrack: return .EBH
    default: return .ABH
    }
  }
}

public enum Team: String, FactEnum { case kim, regular }

public enum StayStatus: String, FactEnum {
  case residencePermit = "residence_permit", settlementPermit = "settlement_permit"
  case euLongTerm = "eu_long_term", blueCard = "blue_card", euFreeMovement = "eu_free_movement"
  case fiktion, gestattung, duldung
  case duldung60b = "duldung_60b", duldung60c = "duldung_60c", duldung60d = "duldung_60d"
  case permit104c = "permit_104c", none
}

public enum Protection: String, FactEnum {
  case none, asylum, refugee, subsidiary, deportationBan = "deportation_ban"
}

public enum PassportObtainable: String, FactEnum { case yes, impossible, unreasonable, unknown }

public enum Deception: String, FactEnum { case none, past, ongoing }

public enum LanguageLevel: String, FactEnum, Comparable {
  case none, A1, A2, B1, B2, C1, C2

  var rank: Int {
    switch self {
    case .none: return 0
    case .A1: return 1
    case .A2: return 2
    case .B1: return 3
    case .B2: return 4
    case .C1: return 5
    case .C2: return 6
    }
  }
  public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}

public enum LanguageProof: String, FactEnum {
  case certificate, school, vocational, university, oralCheck = "oral_check", none
}

public enum CivicsProof: String, FactEnum {
  case einbuergerungstest, lid, school, orientationCourse = "orientation_course"
}

/// `spouse`: joined a recruited or contract worker in temporal connection (spec section 8).
public enum GuestWorkerKind: String, FactEnum { case recruitment, contractWorker = "contract_worker", spouse }

/// Spec section 8: for the § 36 StAG statistics.
public enum Sex: String, FactEnum { case female, male, diverse, unspecified }

public enum MaritalStatus: String, FactEnum {
  case single, married, widowed, divorced, civilPartnership = "civil_partnership"
  case civilPartnershipDissolved = "civil_partnership_dissolved"
  case civilPartnerDeceased = "civil_partner_deceased"
}

/// Spec section 8: why lawful residence had a gap before a stay; `lateRenewal` is the late
/// application for renewal of § 12b Abs. 3 S. 1 StAG.
public enum GapCause: String, FactEnum { case lateRenewal = "late_renewal", other }

/// Spec section 8: why a person was abroad.
public enum AbsenceReason: String, FactEnum {
  case militaryService = "military_service", importantReason = "important_reason", other
}

public enum ConvictionKind: String, FactEnum {
  case fine, prisonSuspended = "prison_suspended", prison, youthMeasure = "youth_measure"
  case youthPrison = "youth_prison"
}

public enum SecurityCheck: String, FactEnum {
  case clear, hit, pending, notRequested = "not_requested"
}

public enum Relation: String, FactEnum { case spouse, child, parent, sibling }

public enum DocumentStatus: String, FactEnum {
  case provided, requested, missing, expired, notRequired = "not_required"
}

public enum ConsentScope: String, FactEnum { case caseManagementReferral = "case_management_referral" }
