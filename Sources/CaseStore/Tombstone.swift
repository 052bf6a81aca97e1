import CaseModel

/// File numbers whose personal data the retention run deleted (`deleted_file`).
enum Tombstone {
  static func refusal(deletedOn: String) -> FieldError {
    FieldError(
      path: "file_no",
      reason: "this file's personal data was deleted on \(deletedOn) under the retention rules; an old list must not bring it back (remove the record, or ask the data-protection officer)"
    )
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
