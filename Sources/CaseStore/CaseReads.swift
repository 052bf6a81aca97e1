import CaseExchange
import CaseModel
import GRDB

/// A stored case file with its version (for optimistic locking: `If-Match`).
public struct VersionedCaseFile: Sendable {
  public var file: CaseFile
  public var version: Int
}

public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  case notFound(fileNo: String)
  /// Someone else saved the file since it was read.
  case versionConflict(fileNo: String, expected: Int, actual: Int)
  case corrupt(fileNo: String, reason: String)

  public var description: String {
    switch self {
    case .notFound(let n): return "no file \(n)"
    case .versionConflict(let n, let e, let a):
      return "\(n) was changed by someone else (version \(a), you edited version \(e))"
    case .corrupt(let n, let r): return "stored file \(n) cannot be read: \(r)"
    }
  }
}

extension AppDatabase {
  /// Reads one file and records the read in the audit log; with `screen`, the file is screened
  /// again and the screening stored in the same transaction.
  public func caseFile(
    fileNo: String, actor: String, screen: Screener? = nil
  ) async throws -> VersionedCaseFile? {
    let stamp = timestamp()
    return try await writing { db in
      guard let stored = try CaseFileWrites(db: db, timestamp: stamp).stored(fileNo: fileNo) else {
        return nil
      }
      if let day = try CaseFileWrites(db: db, timestamp: stamp).deletedOn(fileNo: fileNo) {
        throw FileDeleted(fileNo: fileNo, deletedOn: day)
      }
      try CaseFileWrites(db: db, timestamp: stamp).audit(actor: actor, action: "read", fileNo: fileNo)
      let file = try Self.decodeStored(stored.facts, fileNo: fileNo)
      if let screen { _ = try Self.writeScreenings(screen(file), caseId: stored.id, db: db) }
      return VersionedCaseFile(file: file, version: stored.version)
    }
  }

  /// Saves a file edited by a user. `expectedVersion` nil creates a new file (and fails if one
  /// exists); otherwise the stored version must equal it, or `versionConflict` is thrown.
  @discardableResult
  public func saveCaseFile(
    _ file: CaseFile, expectedVersion: Int?, actor: String, screen: Screener? = nil
  ) async throws -> Int {
    let stamp = timestamp()
    return try await writing { db in
      let writes = CaseFileWrites(db: db, timestamp: stamp)
      let stored = try writes.stored(fileNo: file.fileNo)
      var old: CaseFile?
      if let stored {
        if let deleted = try writes.deletedOn(fileNo: file.fileNo) {
          throw InvalidCaseFile([Tombstone.refusal(deletedOn: deleted)])
        }
        let previous = try Self.decodeStored(stored.facts, fileNo: file.fileNo)
        old = previous
        try LifecycleGate.change(from: previous, to: file)
        let future = file.futureDateErrors(today: today(), comparedTo: previous)
        if !future.isEmpty { throw InvalidCaseFile(future) }
      } else {
        try LifecycleGate.new(file)
        let future = file.futureDateErrors(today: today())
        if !future.isEmpty { throw InvalidCaseFile(future) }
      }
      let facts = CaseFileWriter().canonicalJSON(file)
      switch (stored, expectedVersion) {
      case (nil, nil):
        try writes.insert(PreparedFile(file, facts: facts, screenings: screen?(file)))
        try writes.audit(actor: actor, action: "create", fileNo: file.fileNo)
        return 1
      case (nil, let v?):
        throw StoreError.versionConflict(fileNo: file.fileNo, expected: v, actual: 0)
      case (let s?, nil):
        throw StoreError.versionConflict(fileNo: file.fileNo, expected: 0, actual: s.version)
      case (let s?, let v?):
        guard s.version == v else {
          throw StoreError.versionConflict(fileNo: file.fileNo, expected: v, actual: s.version)
        }
        if s.facts == facts { return s.version }
        try writes.update(PreparedFile(file, facts: facts, screenings: screen?(file)), id: s.id)
        try writes.audit(
          actor: actor, action: "update", fileNo: file.fileNo,
          detail: (old.map { file.changedFields(from: $0) } ?? []).joined(separator: ","))
        try ReferralWriter(db: db, timestamp: stamp, today: today()).endWithoutConsent(caseIds: [s.id], actor: actor)
        return s.version + 1
      }
    }
  }

  /// Every stored file in file-number order, read in one snapshot; one audit entry records the
  /// read of all of them.
  public func allCaseFiles(actor: String, action: String = "export") async throws -> [CaseFile] {
    let files = try await reading { db in
      var files: [CaseFile] = []
      let rows = try Row.fetchCursor(db, sql: "SELECT file_no, facts FROM case_file ORDER BY file_no")
      while let row = try rows.next() { files.append(try Self.decodeStored(row[1], fileNo: row[0])) }
      return files
    }
    let stamp = timestamp()
    try await writing { db in
      try CaseFileWrites(db: db, timestamp: stamp).audit(
        actor: actor, action: action, fileNo: nil, detail: "\(files.count) files")
    }
    return files
  }

  /// The stored canonical JSON of every file in file-number order (the export's fast path: no
  /// decoding needed), read in one snapshot and audited as one entry.
  public func canonicalJSONOfAllFiles(actor: String, action: String = "export", includeAnonymised: Bool = false) async throws -> [String] {
    let all = try await reading { db in
      try String.fetchAll(
        db, sql: "SELECT facts FROM case_file" + (includeAnonymised ? "" : " WHERE anonymised_on IS NULL") + " ORDER BY file_no")
    }
    let stamp = timestamp()
    try await writing { db in
      try CaseFileWrites(db: db, timestamp: stamp).audit(
        actor: actor, action: action, fileNo: nil, detail: "\(all.count) files")
    }
    return all
  }

  public func caseFileCount() async throws -> Int {
    try await reading { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM case_file") ?? 0 }
  }

  public static func decodeStored(_ facts: String, fileNo: String) throws -> CaseFile {
    var text = facts
    return try text.withUTF8 { buf in
      do {
        return try JSONReader.read(CaseFile.self, bytes: buf, tape: try JSONTape.parse(buf))
      } catch {
        throw StoreError.corrupt(fileNo: fileNo, reason: "\(error)")
      }
    }
  }
}
