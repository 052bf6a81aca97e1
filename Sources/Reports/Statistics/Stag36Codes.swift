import CaseModel

extension Stag36Survey {
  /// The words the surveys use for the file's codes. The statistical offices' own code lists
  /// could not be confirmed (UNVERIFIED, see reports/README.md): the words are those of the
  /// Personenstandsrecht (sex: § 22 Abs. 3 PStG) and of the marital statuses of the
  /// Melderecht; a missing fact stays nil ("ohne Angabe").
  static func sexWord(_ code: String?) -> String? {
    switch code {
    case "female": "weiblich"
    case "male": "männlich"
    case "diverse": "divers"
    case "unspecified": "ohne Angabe im Personenstandsregister"
    default: nil
    }
  }

  static func maritalWord(_ code: String?) -> String? {
    switch code {
    case "single": "ledig"
    case "married": "verheiratet"
    case "widowed": "verwitwet"
    case "divorced": "geschieden"
    case "civil_partnership": "eingetragene Lebenspartnerschaft"
    case "civil_partnership_dissolved": "Lebenspartnerschaft aufgehoben"
    case "civil_partner_deceased": "Lebenspartner/in verstorben"
    default: nil
    }
  }

  /// The legal basis of a naturalization by the file's route (absent: § 10, the default route).
  static func legalBasis(_ route: String?) -> String {
    switch route {
    case "StAG-8": "§ 8 StAG"
    case "StAG-9": "§ 9 StAG"
    case "StAG-10-3": "§ 10 Abs. 3 StAG (a. F.)"
    default: "§ 10 StAG"
    }
  }

  static func closingWord(_ status: CaseStatus) -> String {
    switch status {
    case .granted: "Einbürgerung"
    case .refused: "Ablehnung"
    case .withdrawn: "Rücknahme"
    default: "sonstige Erledigung"
    }
  }

  /// German names of the features, for tables and the record layout's header.
  public static let featureNames: [String: String] = [
    "birth_year": "Geburtsjahr", "sex": "Geschlecht", "marital_status": "Familienstand", "residence": "Wohnort",
    "years_in_germany": "Aufenthaltsdauer im Bundesgebiet (Jahre)", "legal_basis": "Rechtsgrundlage der Einbürgerung",
    "nationalities": "bisherige Staatsangehörigkeiten", "closing": "Art der Erledigung",
  ]
}
