import CaseModel

extension ListCaseFiles {
  /// The facts of spec section 8 (address, sex, marital status) once the case file carries them.
  static func applyExtensions(_ r: ListRecord, to file: inout CaseFile) {}
}
