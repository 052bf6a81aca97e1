import Foundation
import CaseModel

/// The person's postal address as entered on the file page (contract extension
/// `person.address`). Each part is optional; an empty field removes that part. Checked here,
/// beyond the contract's lengths (street and town at most 200, postal code 16, which old files
/// keep): a postal code holds letters, digits, spaces and hyphens, and a code of digits only is a
/// German one with five digits (an address abroad writes its country before the code, "A-1010",
/// or has letters, "SW1A 1AA"), which catches the typed 4-digit German code.
struct AddressForm: Sendable {
  static let fields = ["address_street", "address_postal_code", "address_city"]

  var address: Address?
  var errors: [FieldError] = []
  var entered: [String: String] = [:]

  init(_ form: Form) {
    for name in Self.fields { entered[name] = form[name] ?? "" }
    var problems: [FieldError] = []
    func part(_ name: String, _ path: String, max: Int) -> String? {
      let text = (form[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
      if text.count > max { problems.append(FieldError(path: path, reason: .atMostCharactersGot(max, got: text.count))) }
      if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
        problems.append(FieldError(path: path, reason: .singleLine))
      }
      return text.isEmpty ? nil : text
    }
    let street = part("address_street", "person.address.street", max: CaseFile.maxAddressPartLength)
    let code = part("address_postal_code", "person.address.postal_code", max: CaseFile.maxPostalCodeLength)
    let city = part("address_city", "person.address.city", max: CaseFile.maxAddressPartLength)
    if let code, let reason = Self.checkPostalCode(code) {
      problems.append(FieldError(path: "person.address.postal_code", reason: reason))
    }
    errors = problems
    let a = Address(street: street, postalCode: code, city: city)
    address = a == Address() ? nil : a
  }

  /// nil when plausible, else the reason.
  static func checkPostalCode(_ code: String) -> Reason? {
    let allowed = code.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == " " || $0 == "-" }
    guard allowed else { return .postalCodeCharacters }
    if code.allSatisfy(\.isNumber), code.count != 5 { return .germanPostalCode }
    return nil
  }

  func apply(to file: inout CaseFile) { file.person.address = address }
}
