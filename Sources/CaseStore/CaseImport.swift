import CaseExchange
import CaseModel
import GRDB

/// What an import did (or, for a dry run, would do).
public struct ImportSummary: Sendable, Equatable {
  public var added: [String] = []
  /// File number -> the top-level fields that change.
  public var changed: [(fileNo: String, fields: [String])] = []
  public var unchanged = 0
  public var dryRun = false

  public static func == (a: Self, b: Self) -> Bool {
    a.added == b.added && a.unchanged == b.unchanged && a.dryRun == b.dryRun
      && a.changed.map(\.fileNo) == b.changed.map(\.fileNo)
      && a.changed.map(\.fields) == b.changed.map(\.fields)
  }
}

extension AppDatabase {
  /// Imports validated case files all or nothing, in one transaction: new files are added,
  /// changed files replaced (version + 1), identical files left alone. A dry run computes the same
  /// summary and rolls back. `progress(done, total)` is called every 1,000 files.
  @discardableResult
  public func importCaseFiles(
    _ files: [CaseFile], actor: String, dryRun: Bool = false,
    progress: ((Int, Int) -> Void)? = nil
  ) throws -> ImportSummary {
    let writer = CaseFileWriter()
    let encoded = Parallel.map(files) { try? writer.canonicalJSON($0) }
    var summary = ImportSummary(dryRun: dryRun)
    let stamp = timestamp()
    try self.writer.writeWithoutTransaction { db in
      try db.inTransaction(.immediate) {
        let writes = CaseFileWrites(db: db, timestamp: stamp)
        for (i, file) in files.enumerated() {
          guard let facts = encoded[i] else { throw StoreError.corrupt(fileNo: file.fileNo, reason: "cannot encode") }
          if let stored = try writes.stored(fileNo: file.fileNo) {
            if stored.facts == facts {
              summary.unchanged += 1
            } else {
              let fields = Self.changedFields(old: stored.facts, new: facts)
              summary.changed.append((file.fileNo, fields))
              if !dryRun {
                try writes.update(file, facts: facts, id: stored.id)
                try writes.audit(
                  actor: actor, action: "import-update", fileNo: file.fileNo,
                  detail: fields.joined(separator: ","))
              }
            }
          } else {
            summary.added.append(file.fileNo)
            if !dryRun {
              try writes.insert(file, facts: facts)
              try writes.audit(actor: actor, action: "import-create", fileNo: file.fileNo)
            }
          }
          if (i + 1) % 1000 == 0 { progress?(i + 1, files.count) }
        }
        progress?(files.count, files.count)
        return dryRun ? .rollback : .commit
      }
    }
    return summary
  }

  /// The top-level fields whose values differ between two canonical JSON texts.
  static func changedFields(old: String, new: String) -> [String] {
    guard case .object(let a)? = try? JSONParser.parse(old),
      case .object(let b)? = try? JSONParser.parse(new)
    else { return [] }
    return Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
  }
}
