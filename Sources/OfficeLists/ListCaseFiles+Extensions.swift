import CaseModel

extension ListCaseFiles {
  /// The facts of spec section 8 a list may carry: the postal address (only its filled parts
  /// overwrite), sex and marital status.
  static func applyExtensions(_ r: ListRecord, to file: inout CaseFile) {
    if r.street != nil || r.postalCode != nil || r.city != nil {
      var a = file.person.address ?? Address()
      if let v = r.street { a.street = v }
      if let v = r.postalCode { a.postalCode = v }
      if let v = r.city { a.city = v }
      file.person.address = a
    }
    if let v = r.sex.flatMap(Sex.init(rawValue:)) { file.person.sex = v }
    if let v = r.maritalStatus.flatMap(MaritalStatus.init(rawValue:)) { file.person.maritalStatus = v }
  }
}
