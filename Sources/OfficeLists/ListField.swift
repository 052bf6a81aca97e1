/// What a list column holds, named by its path in the case file (spec section 1) where it has one.
/// A profile names columns with these names.
public enum ListField: String, CaseIterable, Sendable, Hashable {
  case fileNo = "file_no"
  case familyName = "person.family_name"
  case givenNames = "person.given_names"
  /// "Nachname, Vorname" in one cell, split at the comma.
  case fullName = "person.name"
  /// "Vorname Nachname" in one cell, split at the last space.
  case fullNameGivenFirst = "person.name_given_first"
  case birthDate = "person.birth_date"
  case nationality = "person.nationalities"
  case receivedOn = "received_on"
  case stage = "status"
  /// The date the list's stage was known ("Stand" holding dates).
  case asOf = "as_of"
  case clerk
  /// The procedure or legal basis ("§ 10 StAG", "§ 25b AufenthG"): the office and the route.
  case procedure
  case office
  case route
  case team
  case municipality = "person.municipality"
  case phone = "person.phone"
  case email = "person.email"
  case street = "person.address.street"
  case postalCode = "person.address.postal_code"
  case city = "person.address.city"
  /// "53721 Siegburg" in one cell.
  case postalCodeCity = "person.address.postal_code_city"
  case decidedOn = "decided_on"
  case certificateHandoverOn = "certificate_handover_on"
  case followUpOn = "follow_up_on"
  case sex = "person.sex"
  case maritalStatus = "person.marital_status"
  case languages = "person.languages"
  case interpreterNeeded = "person.interpreter_needed"
  /// A column recognised but not imported (notes, running numbers).
  case ignore

  /// Columns whose values are dates.
  public var isDate: Bool {
    switch self {
    case .birthDate, .receivedOn, .asOf, .decidedOn, .certificateHandoverOn, .followUpOn: return true
    default: return false
    }
  }

  /// Fields whose several columns add up (two nationality columns) or where the first filled one
  /// counts (phone and mobile).
  var allowsSeveralColumns: Bool { self == .nationality || self == .phone || self == .languages || self == .ignore }

  /// German label for the mapping shown to the administrator.
  public var german: String {
    switch self {
    case .fileNo: return "Aktenzeichen"
    case .familyName: return "Familienname"
    case .givenNames: return "Vornamen"
    case .fullName: return "Name, Vorname (an Komma getrennt)"
    case .fullNameGivenFirst: return "Vorname Name (am letzten Leerzeichen getrennt)"
    case .birthDate: return "Geburtsdatum"
    case .nationality: return "Staatsangehörigkeit"
    case .receivedOn: return "Antragsdatum"
    case .stage: return "Bearbeitungsstand"
    case .asOf: return "Stand (Datum)"
    case .clerk: return "Sachbearbeitung"
    case .procedure: return "Verfahren (Behörde und Rechtsgrundlage)"
    case .office: return "Behörde (EBH/ABH)"
    case .route: return "Rechtsgrundlage"
    case .team: return "Team"
    case .municipality: return "Gemeinde"
    case .phone: return "Telefon"
    case .email: return "E-Mail"
    case .street: return "Straße"
    case .postalCode: return "PLZ"
    case .city: return "Ort (Anschrift)"
    case .postalCodeCity: return "PLZ und Ort"
    case .decidedOn: return "Entscheidungsdatum"
    case .certificateHandoverOn: return "Aushändigung der Urkunde"
    case .followUpOn: return "Wiedervorlage"
    case .sex: return "Geschlecht"
    case .maritalStatus: return "Familienstand"
    case .languages: return "Sprachen"
    case .interpreterNeeded: return "Dolmetscher"
    case .ignore: return "nicht übernommen"
    }
  }
}
