// Checks of the second-wave fields (spec section 8), kept apart from `validate()`'s body so that
// changes to either merge cleanly. Free text is bounded: a file is a record, not a document store.

extension CaseFile {
  /// Longest accepted free text of a status change's reason (characters).
  public static let maxReasonLength = 1000
  /// Longest accepted street or city (characters).
  public static let maxAddressPartLength = 200
  /// Longest accepted postal code (characters; foreign codes included).
  public static let maxPostalCodeLength = 16

  func sectionEightErrors() -> [FieldError] {
    var errors: [FieldError] = []
    func bounded(_ path: String, _ text: String?, _ limit: Int) {
      if let text, text.count > limit {
        errors.append(FieldError(path: path, reason: .atMostCharactersGot(limit, got: text.count)))
      }
    }
    for (i, change) in (history ?? []).enumerated() {
      bounded("history[\(i)].reason", change.reason, Self.maxReasonLength)
    }
    // A remitted sentence was suspended and its suspension never revoked (§ 26a JGG, § 56g StGB).
    for (i, c) in (convictions ?? []).enumerated() where c.suspended == false && c.remitted == true {
      errors.append(FieldError(
        path: "convictions[\(i)].suspended",
        reason: .suspendedContradictsRemitted))
    }
    if let address = person.address {
      bounded("person.address.street", address.street, Self.maxAddressPartLength)
      bounded("person.address.postal_code", address.postalCode, Self.maxPostalCodeLength)
      bounded("person.address.city", address.city, Self.maxAddressPartLength)
    }
    return errors
  }
}
