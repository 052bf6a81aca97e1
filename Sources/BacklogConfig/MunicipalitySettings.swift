/// `municipalities:` the towns of the district, each with its case-management office. Referrals go
/// only to these; an imported file naming another municipality keeps it and is flagged.
public struct MunicipalitySettings: Sendable, Equatable {
  public var name: String
  public var caseManagement: CaseManagementOffice?

  public init(name: String, caseManagement: CaseManagementOffice? = nil) {
    self.name = name
    self.caseManagement = caseManagement
  }

  init?(_ n: ConfigNode) {
    n.onlyKeys(["name", "case_management"])
    let name = n.string("name", required: true, maxLength: 100)
    caseManagement = n.child("case_management").flatMap(CaseManagementOffice.init)
    guard let name else { return nil }
    self.name = name
  }
}

/// The municipal case-management office (KIM module 2) as the handover sheet names it.
public struct CaseManagementOffice: Sendable, Equatable {
  public var name: String
  public var address: PostalAddress?
  public var phone: String?
  public var email: String?
  public var openingHours: String?
  /// The contact person, e.g. "Frau Yilmaz".
  public var contact: String?

  public init(name: String) { self.name = name }

  init?(_ n: ConfigNode) {
    n.onlyKeys(["name", "address", "phone", "email", "opening_hours", "contact"])
    let name = n.string("name", required: true, maxLength: 200)
    (address, phone, email, openingHours) = n.contact()
    contact = n.string("contact", maxLength: 200)
    guard let name else { return nil }
    self.name = name
  }
}
