/// `office:` the authority as it signs letters and report cover pages.
public struct OfficeSettings: Sendable, Equatable {
  /// "Rhein-Sieg-Kreis – Der Landrat"
  public var name: String
  /// The signing unit: "Amt für Einbürgerung und Ausländerangelegenheiten".
  public var unit: String?
  public var address: PostalAddress?
  public var phone: String?
  public var email: String?
  public var openingHours: String?
  public var website: String?

  public init(name: String) { self.name = name }

  init?(_ n: ConfigNode) {
    n.only(["name", "unit", "address", "phone", "email", "opening_hours", "website"])
    let name = n.text("name", required: true, maxLength: 200)
    unit = n.text("unit", maxLength: 200)
    (address, phone, email, openingHours) = n.contact()
    website = n.text("website", maxLength: 300)
    guard let name else { return nil }
    self.name = name
  }
}

/// A German postal address: street and number, five-digit postal code, city.
public struct PostalAddress: Sendable, Equatable {
  public var street: String
  public var postalCode: String
  public var city: String

  public init(street: String, postalCode: String, city: String) {
    self.street = street
    self.postalCode = postalCode
    self.city = city
  }

  init?(_ n: ConfigNode) {
    n.only(["street", "postal_code", "city"])
    let street = n.text("street", required: true, maxLength: 200)
    let code = n.checked("postal_code", required: true) {
      $0.count == 5 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) ? nil : "a German postal code has five digits"
    }
    let city = n.text("city", required: true, maxLength: 200)
    guard let street, let code, let city else { return nil }
    self.init(street: street, postalCode: code, city: city)
  }
}

/// Plausibility checks for contact data (a typo here ends up on every letter).
enum Contact {
  static func checkPhone(_ s: String) -> String? {
    let allowed = Set("0123456789+-/() ")
    return s.allSatisfy({ allowed.contains($0) }) && s.filter(\.isNumber).count >= 5
      ? nil : "a phone number of digits, spaces and + - / ( )"
  }

  static func checkEmail(_ s: String) -> String? {
    let parts = s.split(separator: "@", omittingEmptySubsequences: false)
    return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !s.contains(where: \.isWhitespace)
      ? nil : "an e-mail address such as einbuergerung@example.de"
  }
}
