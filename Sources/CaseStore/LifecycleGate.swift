import CaseModel

/// Where every write path checks the file's lifecycle (`CaseLifecycle`): a new file's history, and
/// for a stored file only allowed steps added to its stored history. Throws the import's and the
/// API's validation error, so the API answers 422 naming the field.
enum LifecycleGate {
  static func new(_ file: CaseFile) throws {
    let errors = CaseLifecycle.problems(inNew: file)
    guard errors.isEmpty else { throw InvalidCaseFile(errors) }
  }

  static func change(from old: CaseFile, to file: CaseFile, mayReopen: Bool = false) throws {
    let errors = CaseLifecycle.problems(changing: old, to: file, mayReopen: mayReopen)
    guard errors.isEmpty else { throw InvalidCaseFile(errors) }
  }
}
