/// `municipalities:` the towns of the district, each with its case-management office. Referrals go
/// only to these; an imported file naming another municipality keeps it and is flagged.
/// `key`: the official municipality key (Amtlicher Gemeindeschlüssel, 8 digits: Land, Regierungsbezirk,
/// Kreis, Gemeinde), which the § 36 StAG records give as the place of residence when it is set.
public struct MunicipalitySettings: Sendable, Equatable {
  public var name: String
  public var caseManagement: CaseManagementOffice?
  public var key: String?

  public init(name: String, caseManagement: CaseManagementOffice? = nil, key: String? = nil) {
    self.name = name
    self.caseManagement = caseManagement
    self.key = key
  }

  init?(_ n: ConfigNode) {
    n.only(["name", "case_management", "key"])
    let name = n.text("name", required: true, maxLength: 100)
    caseManagement = n.map("case_management").flatMap(CaseManagementOffice.init)
    key = n.checked("key", Self.checkKey)
    guard let name else { return nil }
    self.name = name
  }

  /// Nil for a plausible Gemeindeschlüssel (8 digits, the first two a Land from 01 to 16), else why not.
  public static func checkKey(_ s: String) -> String? {
    guard s.count == 8, s.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      return "an official municipality key (Amtlicher Gemeindeschlüssel) has 8 digits, e.g. \"05382056\"; write it in quotes"
    }
    guard let land = Int(s.prefix(2)), (1...16).contains(land) else {
      return "an official municipality key begins with the Land's number 01 to 16"
    }
    return nil
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
    n.only(["name", "address", "phone", "email", "opening_hours", "contact"])
    let name = n.text("name", required: true, maxLength: 200)
    (address, phone, email, openingHours) = n.contact()
    contact = n.text("contact", maxLength: 200)
    guard let name else { return nil }
    self.name = name
  }
}
