import CaseExchange
import CaseModel
import GRDB

/// A change a user asked for that would make the file invalid; nothing was saved.
public struct InvalidCaseFile: Error, Sendable, Equatable {
  public var errors: [FieldError]
  public init(_ errors: [FieldError]) { self.errors = errors }
}

extension AppDatabase {
  /// The office a file belongs to, without reading (or auditing) any personal data: lets the
  /// access policy decide before the audited read.
  public func officeOfCaseFile(fileNo: String) async throws -> Office? {
    try await writer.read { db in
      try String.fetchOne(db, sql: "SELECT office FROM case_file WHERE file_no = ?", arguments: [fileNo])
        .flatMap(Office.init(rawValue:))
    }
  }

  /// Applies a user's edit to the stored file in one transaction: checks the version the user
  /// edited (optimistic locking), validates like the import, writes and audits. Returns the new version.
  @discardableResult
  public func editCaseFile(
    fileNo: String, expectedVersion: Int, actor: String, _ change: @escaping @Sendable (inout CaseFile) throws -> Void
  ) async throws -> Int {
    let stamp = timestamp()
    return try await writer.write { db in
      let writes = CaseFileWrites(db: db, timestamp: stamp)
      guard let stored = try writes.stored(fileNo: fileNo) else { throw StoreError.notFound(fileNo: fileNo) }
      guard stored.version == expectedVersion else {
        throw StoreError.versionConflict(fileNo: fileNo, expected: expectedVersion, actual: stored.version)
      }
      var file = try Self.decodeStored(stored.facts, fileNo: fileNo)
      try change(&file)
      let errors = file.validate()
      guard errors.isEmpty else { throw InvalidCaseFile(errors) }
      guard file.fileNo == fileNo else { throw InvalidCaseFile([FieldError(path: "file_no", reason: "cannot be changed")]) }
      let facts = try CaseFileWriter().canonicalJSON(file)
      if facts == stored.facts { return stored.version }
      try writes.update(file, facts: facts, id: stored.id)
      try writes.audit(
        actor: actor, action: "update", fileNo: fileNo,
        detail: Self.changedFields(old: stored.facts, new: facts).joined(separator: ","))
      return stored.version + 1
    }
  }

  /// Assigns open files of one office to a clerk (nil: unassigned), in one transaction. Files of
  /// other offices and unknown numbers are skipped. Returns the file numbers changed.
  @discardableResult
  public func assignClerk(_ clerk: String?, fileNos: [String], office: Office, actor: String) async throws -> [String] {
    let stamp = timestamp()
    return try await writer.write { db in
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
        try writes.update(file, facts: try CaseFileWriter().canonicalJSON(file), id: row[0])
        try writes.audit(actor: actor, action: "assign", fileNo: fileNo, detail: clerk ?? "-")
        changed.append(fileNo)
      }
      return changed
    }
  }
}

/// A stored screening of one route of a file (written by the eligibility engine).
public struct StoredScreening: Sendable {
  public var route: String
  public var asOf: String
  public var rulesetVersion: String
  public var verdict: String
  public var eligibleOn: String?
  public var findings: [Finding]

  /// One rule's outcome (spec section 4).
  public struct Finding: Sendable {
    public var rule: String
    public var outcome: String
    public var fix: String?
    public var until: String?
    public var citation: String?
    public var reason: String?
  }
}

extension AppDatabase {
  /// The stored screenings of a file, by route. Call after the audited read of the file.
  public func screenings(fileNo: String) async throws -> [StoredScreening] {
    try await writer.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT s.route, s.as_of, s.ruleset_version, s.verdict, s.eligible_on, s.findings
          FROM screening s JOIN case_file c ON c.id = s.case_id WHERE c.file_no = ? ORDER BY s.route
          """, arguments: [fileNo]
      ).map { r in
        StoredScreening(
          route: r[0], asOf: r[1], rulesetVersion: r[2], verdict: r[3], eligibleOn: r[4],
          findings: Self.findings(r[5]))
      }
    }
  }

  static func findings(_ json: String) -> [StoredScreening.Finding] {
    guard case .array(let items)? = try? JSONParser.parse(json) else { return [] }
    return items.compactMap { item in
      guard case .object(let o) = item, case .string(let rule)? = o["rule"], case .string(let outcome)? = o["outcome"]
      else { return nil }
      func text(_ key: String) -> String? {
        if case .string(let s)? = o[key] { return s }
        return nil
      }
      return .init(
        rule: rule, outcome: outcome, fix: text("fix"), until: text("until"), citation: text("citation"),
        reason: text("reason"))
    }
  }
}
