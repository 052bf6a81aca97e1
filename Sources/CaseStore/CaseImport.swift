import CaseExchange
import CaseModel
import Foundation
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

/// The outcome of a streamed import: what was (or would be) done, and every problem found. When
/// `issueCount` is above zero nothing was written.
/// An import of files that was rolled back: the problems found (up to the cap) and their number.
public struct ImportRejected: Error, Sendable, CustomStringConvertible {
  public var issues: [ImportIssue]
  public var count: Int
  public var description: String {
    "nothing imported, \(count) problem(s): " + issues.prefix(5).map(\.description).joined(separator: "; ")
  }
}

public struct StreamedImport: Sendable {
  public var summary: ImportSummary
  public var issues: [ImportIssue]
  public var issueCount: Int
}

extension AppDatabase {
  /// Imports validated case files all or nothing, in one transaction: new files are added,
  /// changed files replaced (version + 1), identical files left alone; a file the lifecycle refuses
  /// rolls everything back (`ImportRejected`). A dry run computes the same summary and rolls back. `progress(done, total)` is called every 1,000 files.
  @discardableResult
  public func importCaseFiles(
    _ files: [CaseFile], actor: String, dryRun: Bool = false,
    screen: Screener? = nil, progress: ((Int, Int) -> Void)? = nil
  ) throws -> ImportSummary {
    let channel = ChunkChannel(capacity: 2)
    channel.send(
      ImportChunk(files: files.map { SourcedCaseFile(file: $0, location: SourceLocation(file: "", line: 0)) }, issues: []))
    channel.send(nil)
    let result = try importCaseFiles(
      chunks: { channel.receive() }, actor: actor, dryRun: dryRun, screen: screen,
      progress: { progress?($0, files.count) })
    guard result.issueCount == 0 else { throw ImportRejected(issues: result.issues, count: result.issueCount) }
    return result.summary
  }

  /// Imports chunks as they arrive (see `CaseFileReader.streamJSONLines`), storing each chunk
  /// while the next one is read. Problems in any chunk (or a file number seen twice) roll the
  /// whole import back: all or nothing, with every problem listed (up to `issueCap`).
  /// With `screen`, every added or changed file is screened and its screening stored in the same
  /// transaction.
  public func importCaseFiles(
    chunks next: @escaping @Sendable () -> ImportChunk?, actor: String, dryRun: Bool = false, issueCap: Int = 50,
    screen: Screener? = nil, progress: ((Int) -> Void)? = nil
  ) throws -> StreamedImport {
    try importCaseFiles(
      chunks: next, actor: actor, dryRun: dryRun, issueCap: issueCap, screen: screen, progress: progress,
      expectedVersions: nil, finish: nil)
  }

  /// The import above, for files merged with their stored versions beforehand (an office's list):
  /// `expectedVersions` holds the version each file was read at (0: absent), and a file changed
  /// since is a problem rather than overwritten; `finish` runs in the same transaction before it
  /// commits (not on a dry run or with problems). `today` (default: the store's clock) is the day
  /// after which event dates are refused.
  func importCaseFiles(
    chunks next: @escaping @Sendable () -> ImportChunk?, actor: String, dryRun: Bool, issueCap: Int,
    screen: Screener?, progress: ((Int) -> Void)?,
    expectedVersions: [String: Int]?, today day: Day? = nil, finish: ((Database) throws -> Void)?
  ) throws -> StreamedImport {
    let started = ContinuousClock.now
    let prepared = Self.prepare(next, screen: screen)
    var result = StreamedImport(summary: ImportSummary(dryRun: dryRun), issues: [], issueCount: 0)
    func report(_ issue: ImportIssue) {
      result.issueCount += 1
      if result.issues.count < issueCap { result.issues.append(issue) }
    }
    let stamp = timestamp()
    let importDay = day ?? today()
    try self.writer.writeWithoutTransaction { db in
      try db.inTransaction(.immediate) {
        let writes = CaseFileWrites(db: db, timestamp: stamp)
        var seen: [String: SourceLocation] = [:]
        var done = 0
        while let (chunk, ready) = prepared.receive() {
          chunk.issues.forEach(report)
          for f in chunk.files {
            if let first = seen.updateValue(f.location, forKey: f.file.fileNo) {
              report(ImportIssue(location: f.location, fileNo: f.file.fileNo, field: "file_no",
                                 reason: .appearsTwiceInImport(first: "\(first)")))
            }
          }
          guard result.issueCount == 0 else { continue }  // keep reading to list every problem
          var added: [PreparedFile] = []
          for (prepared, source) in zip(ready, chunk.files) {
            if let expected = expectedVersions?[prepared.file.fileNo],
              (try writes.stored(fileNo: prepared.file.fileNo)?.version ?? 0) != expected
            {
              report(ImportIssue(location: source.location, fileNo: prepared.file.fileNo, field: "file_no",
                                 reason: .changedWhileListRead))
              continue
            }
            let refused = try store(
              prepared, writes: writes, actor: actor, dryRun: dryRun, today: importDay, added: &added,
              into: &result.summary)
            for e in refused {
              report(ImportIssue(location: source.location, fileNo: prepared.file.fileNo, field: e.path, reason: e.reason))
            }
          }
          try writes.insert(batch: added, actor: actor, action: "import-create")
          done += chunk.files.count
          progress?(done)
        }
        guard !dryRun, result.issueCount == 0 else { return .rollback }
        try finish?(db)
        if !result.summary.changed.isEmpty {  // a changed file may have lost its consent
          try ReferralWriter(db: db, timestamp: stamp, today: today()).endWithoutConsent(caseIds: nil, actor: actor)
        }
        try writes.audit(
          actor: actor, action: ImportRuns.action, fileNo: nil,
          detail: ImportRuns.detail(result.summary, duration: ContinuousClock.now - started))
        return .commit
      }
    }
    return result
  }

  /// A chunk with each file's canonical JSON and screenings, made on a thread of its own (and
  /// all cores) while the writer stores the previous chunk.
  typealias PreparedChunk = (ImportChunk, [PreparedFile])

  static func prepare(
    _ next: @escaping @Sendable () -> ImportChunk?, screen: Screener?
  ) -> Channel<PreparedChunk> {
    let out = Channel<PreparedChunk>(capacity: 1)
    let thread = Thread {
      let writer = CaseFileWriter()
      while let chunk = next() {
        out.send(
          (chunk, Parallel.map(chunk.files) { f in
            PreparedFile(f.file, facts: writer.canonicalJSON(f.file), screenings: screen?(f.file))
          }))
      }
      out.send(nil)
    }
    thread.stackSize = 8 << 20
    thread.start()
    return out
  }

  /// Adds, replaces or leaves one file, as its stored canonical JSON says, with its screenings.
  /// New files wait in `added` and are inserted together (`insert(batch:)`); a changed file first
  /// writes those waiting, so the audit log keeps the order of the input.
  /// Returns the lifecycle's objections and the event dates after `today` it adds (nothing is
  /// written then).
  func store(
    _ p: PreparedFile, writes: CaseFileWrites, actor: String, dryRun: Bool, today: Day,
    added: inout [PreparedFile], into summary: inout ImportSummary
  ) throws -> [FieldError] {
    let fileNo = p.file.fileNo
    if let stored = try writes.stored(fileNo: fileNo) {
      if stored.facts == p.facts {
        summary.unchanged += 1
        return []
      }
      // A file whose person was deleted under the retention rules never comes back from an old list.
      if let deleted = try writes.deletedOn(fileNo: fileNo) { return [Tombstone.refusal(deletedOn: deleted)] }
      // A re-import may only add allowed steps to the stored history (the administrator's
      // reopening, with its reason, included).
      let old = try Self.decodeStored(stored.facts, fileNo: fileNo)
      let refused = CaseLifecycle.problems(changing: old, to: p.file, mayReopen: true)
        + p.file.futureDateErrors(today: today, comparedTo: old)
      if !refused.isEmpty { return refused }
      let fields = Self.changedFields(old: stored.facts, new: p.facts)
      summary.changed.append((fileNo, fields))
      guard !dryRun else { return [] }
      try writes.insert(batch: added, actor: actor, action: "import-create")
      added.removeAll()
      try writes.update(p, id: stored.id)
      try writes.audit(actor: actor, action: "import-update", fileNo: fileNo, detail: fields.joined(separator: ","))
    } else {
      let refused = CaseLifecycle.problems(inNew: p.file) + p.file.futureDateErrors(today: today)
      if !refused.isEmpty { return refused }
      summary.added.append(fileNo)
      guard !dryRun else { return [] }
      added.append(p)
    }
    return []
  }

  /// The top-level fields whose values differ between two canonical JSON texts.
  static func changedFields(old: String, new: String) -> [String] {
    guard case .object(let a)? = try? JSONParser.parse(old),
      case .object(let b)? = try? JSONParser.parse(new)
    else { return [] }
    return Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }.sorted()
  }
}
