import CaseModel

/// A file whose person was deleted under the retention rules: what is left counts in reports and
/// statistics but is no longer a person's file, so it is neither shown, nor read through the API,
/// nor exported (HTTP 410 Gone, the command line names the date).
public struct FileDeleted: Error, Sendable, Equatable, CustomStringConvertible {
  public var fileNo: String
  public var deletedOn: String
  public init(fileNo: String, deletedOn: String) {
    self.fileNo = fileNo
    self.deletedOn = deletedOn
  }
  public var description: String {
    "the personal data of \(fileNo) was deleted on \(deletedOn) under the retention rules; only anonymised figures for the reports remain"
  }
}

/// File numbers whose personal data the retention run deleted (`deleted_file`).
enum Tombstone {
  static func refusal(deletedOn: String) -> FieldError {
    FieldError(path: "file_no", reason: .personalDataDeleted(on: deletedOn))
  }
}

extension CaseFileWrites {
  func deletedOn(fileNo: String) throws -> String? {
    guard let row = try FastStatement(db, sql: "SELECT deleted_on FROM deleted_file WHERE file_no = ?").firstRow([.text(fileNo)]),
      case .text(let day) = row[0]
    else { return nil }
    return day
  }
}
