import CaseExchange
import CaseModel
import GRDB

extension AppDatabase {
  /// The office a file belongs to, without reading (or auditing) any personal data: lets the
  /// access policy decide before the audited read.
  public func officeOfCaseFile(fileNo: String) async throws -> Office? {
    try await reading { db in
      try String.fetchOne(db, sql: "SELECT office FROM case_file WHERE file_no = ?", arguments: [fileNo])
        .flatMap(Office.init(rawValue:))
    }
  }

  /// Applies a user's edit to the stored file in one transaction: checks the version the user
  /// edited (optimistic locking), validates like the import, writes, screens (with `screen`) and
  /// audits. Returns the new version.
  @discardableResult
  public func editCaseFile(
    fileNo: String, expectedVersion: Int, actor: String, mayReopen: Bool = false,
    screen: Screener? = nil,
    _ change: @escaping @Sendable (inout CaseFile) throws -> Void
  ) async throws -> Int {
    let stamp = timestamp()
    return try await writing { db in
      let writes = CaseFileWrites(db: db, timestamp: stamp)
      guard let stored = try writes.stored(fileNo: fileNo) else { throw StoreError.notFound(fileNo: fileNo) }
      guard stored.version == expectedVersion else {
        throw StoreError.versionConflict(fileNo: fileNo, expected: expectedVersion, actual: stored.version)
      }
      let old = try Self.decodeStored(stored.facts, fileNo: fileNo)
      var file = old
      try change(&file)
      try LifecycleGate.change(from: old, to: file, mayReopen: mayReopen)
      let errors = file.validate() + file.futureDateErrors(today: today(), comparedTo: old)
      guard errors.isEmpty else { throw InvalidCaseFile(errors) }
      guard file.fileNo == fileNo else { throw InvalidCaseFile([FieldError(path: "file_no", reason: .cannotBeChanged)]) }
      let facts = CaseFileWriter().canonicalJSON(file)
      if facts == stored.facts { return stored.version }
      try writes.update(PreparedFile(file, facts: facts, screenings: screen?(file)), id: stored.id)
      try writes.audit(
        actor: actor, action: "update", fileNo: fileNo,
        detail: file.changedFields(from: old).joined(separator: ","))
      try ReferralWriter(db: db, timestamp: stamp, today: today()).endWithoutConsent(caseIds: [stored.id], actor: actor)
      return stored.version + 1
    }
  }

  /// Assigns open files of one office to a clerk (nil: unassigned), in one transaction. Files of
  /// other offices and unknown numbers are skipped. Returns the file numbers changed.
  @discardableResult
  public func assignClerk(
    _ clerk: String?, fileNos: [String], office: Office, actor: String, screen: Screener? = nil
  ) async throws -> [String] {
    let stamp = timestamp()
    return try await writing { db in
      let writes = CaseFileWrites(db: db, timestamp: stamp)
      var changed: [String] = []
      for fileNo in Set(fileNos).sorted() {
        guard
          let row = try Row.fetchOne(
            db, sql: "SELECT id, facts FROM case_file WHERE file_no = ? AND office = ?",
            arguments: [fileNo, office.rawValue])
        else { continue }
        var file = try Self.decodeStored(row[1], fileNo: fileNo)
        guard file.clerk != clerk else { continue }
        file.clerk = clerk
        try writes.update(PreparedFile(file, facts: CaseFileWriter().canonicalJSON(file), screenings: screen?(file)), id: row[0])
        try writes.audit(actor: actor, action: "assign", fileNo: fileNo, detail: clerk ?? "-")
        changed.append(fileNo)
      }
      return changed
    }
  }
}
