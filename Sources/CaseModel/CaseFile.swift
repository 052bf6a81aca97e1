/// One naturalization (EBH) or residence (ABH) file: the complete fact sheet of spec section 1.
/// Every fact is optional unless the contract requires it: `nil` means "not recorded", which rules
/// answer with `missing`, never with "no". Lists are optional too: `[]` says "none", `nil` "unknown".
public struct CaseFile: Codable, Hashable, Sendable {
  public var fileNo: String
  public var office: Office
  public var route: Route?
  public var receivedOn: Day
  public var status: CaseStatus
  public var history: [StatusChange]?
  public var team: Team?
  public var clerk: String?
  public var decidedOn: Day?
  public var certificateHandoverOn: Day?
  public var person: Person
  public var related: [RelatedFile]?
  public var stays: [Stay]?
  public var absences: [Absence]?
  public var protection: Protection?
  public var identity: Identity?
  public var german: German?
  public var civics: Civics?
  public var declarations: Declarations?
  public var livelihood: Livelihood?
  public var guestWorkerEntry: GuestWorkerEntry?
  public var convictions: [Conviction]?
  public var pendingInvestigation: Bool?
  public var securityCheck: SecurityCheck?
  public var spousesCount: Int?
  public var household: Household?
  public var waivers: Waivers?
  public var school: School?
  public var marriedToGermanSince: Day?
  public var specialIntegration: Bool?
  public var permit104c: Period?
  public var followupApplicationOn: Day?
  public var documents: [DocumentRecord]?
  public var consents: [Consent]?
  /// Extension: end of a 10-year naturalization bar under § 35a StAG (since 25.12.2025).
  public var sperrfristUntil: Day?
  /// Extension: the follow-up date (Wiedervorlage) on which the file comes back to the clerk.
  public var followUpOn: Day?

  public init(
    fileNo: String, office: Office, receivedOn: Day, status: CaseStatus, person: Person
  ) {
    self.fileNo = fileNo
    self.office = office
    self.receivedOn = receivedOn
    self.status = status
    self.person = person
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case fileNo = "file_no", office, route, receivedOn = "received_on", status, history, team, clerk
    case decidedOn = "decided_on", certificateHandoverOn = "certificate_handover_on", person, related
    case stays, absences, protection, identity, german, civics, declarations, livelihood
    case guestWorkerEntry = "guest_worker_entry", convictions
    case pendingInvestigation = "pending_investigation", securityCheck = "security_check"
    case spousesCount = "spouses_count", household, waivers, school
    case marriedToGermanSince = "married_to_german_since", specialIntegration = "special_integration"
    case permit104c = "permit_104c", followupApplicationOn = "followup_application_on"
    case documents, consents, sperrfristUntil = "sperrfrist_until", followUpOn = "follow_up_on"
  }
}

public struct StatusChange: Codable, Hashable, Sendable {
  public var at: Day
  public var status: CaseStatus
  public var by: String?
  /// Why a file was closed or reopened (spec section 8); free text of bounded length.
  public var reason: String?
  public init(at: Day, status: CaseStatus, by: String? = nil, reason: String? = nil) {
    self.at = at
    self.status = status
    self.by = by
    self.reason = reason
  }
}

public struct Person: Codable, Hashable, Sendable {
  public var familyName: String
  public var givenNames: String?
  public var birthDate: Day?
  public var nationalities: [String]?
  public var municipality: String?
  public var phone: String?
  public var email: String?
  public var languages: [String]?
  public var interpreterNeeded: Bool?
  /// Spec section 8: the postal address.
  public var address: Address?
  /// Spec section 8: for the § 36 StAG statistics.
  public var sex: Sex?
  public var maritalStatus: MaritalStatus?

  public init(familyName: String, givenNames: String? = nil, birthDate: Day? = nil) {
    self.familyName = familyName
    self.givenNames = givenNames
    self.birthDate = birthDate
  }

  enum CodingKeys: String, CodingKey {
    case familyName = "family_name", givenNames = "given_names", birthDate = "birth_date"
    case nationalities, municipality, phone, email, languages
    case interpreterNeeded = "interpreter_needed", address, sex, maritalStatus = "marital_status"
  }
}

/// Another file of the office. `relation` is what the related person is to this file's person
/// (a child's file lists its `parent`).
public struct RelatedFile: Codable, Hashable, Sendable {
  public var fileNo: String
  public var relation: Relation
  /// Spec section 8: this file's person is naturalized together with the related file's person
  /// (§ 10 Abs. 2 StAG).
  public var coApplication: Bool?
  public init(fileNo: String, relation: Relation, coApplication: Bool? = nil) {
    self.fileNo = fileNo
    self.relation = relation
    self.coApplication = coApplication
  }
  enum CodingKeys: String, CodingKey { case fileNo = "file_no", relation, coApplication = "co_application" }
}

public struct Stay: Codable, Hashable, Sendable {
  public var from: Day
  public var to: Day?
  public var status: StayStatus
  public var basis: String?
  /// Spec section 8: the cause of a gap in lawful residence just before this stay.
  public var gapCause: GapCause?
  public init(from: Day, to: Day? = nil, status: StayStatus, basis: String? = nil, gapCause: GapCause? = nil) {
    self.from = from
    self.to = to
    self.status = status
    self.basis = basis
    self.gapCause = gapCause
  }
  enum CodingKeys: String, CodingKey { case from, to, status, basis, gapCause = "gap_cause" }
}

public struct Absence: Codable, Hashable, Sendable {
  public var from: Day
  public var to: Day
  /// Spec section 8: why the person was abroad.
  public var reason: AbsenceReason?
  /// Spec section 8: back within the period the ABH set (§ 12b Abs. 1 S. 2 StAG).
  public var returnedWithinSetPeriod: Bool?
  public init(from: Day, to: Day, reason: AbsenceReason? = nil, returnedWithinSetPeriod: Bool? = nil) {
    self.from = from
    self.to = to
    self.reason = reason
    self.returnedWithinSetPeriod = returnedWithinSetPeriod
  }
  enum CodingKeys: String, CodingKey, CaseIterable {
    case from, to, reason, returnedWithinSetPeriod = "returned_within_set_period"
  }
}

/// Spec section 8: a postal address; every part optional.
public struct Address: Codable, Hashable, Sendable {
  public var street: String?
  public var postalCode: String?
  public var city: String?
  public init(street: String? = nil, postalCode: String? = nil, city: String? = nil) {
    self.street = street
    self.postalCode = postalCode
    self.city = city
  }
  enum CodingKeys: String, CodingKey { case street, postalCode = "postal_code", city }
}

/// Spec section 8: a minor child of the household, for rules that depend on its age.
public struct Child: Codable, Hashable, Sendable {
  public var birthDate: Day
  public init(birthDate: Day) { self.birthDate = birthDate }
  enum CodingKeys: String, CodingKey { case birthDate = "birth_date" }
}

/// A period with both ends, such as the 18-month § 104c permit.
public struct Period: Codable, Hashable, Sendable {
  public var from: Day
  public var to: Day
  public init(from: Day, to: Day) {
    self.from = from
    self.to = to
  }
}
