import Foundation
import GRDB

/// Consistent, checked copies of the database file (`backlog backup`, the daily backup of
/// `serve`, the backup before a migration).
///
/// The copy is made with `VACUUM INTO` on a connection of its own: SQLite writes one read
/// snapshot of the database, so writers (a running server, an import) go on meanwhile and the
/// copy holds either all of a transaction or none of it. It holds no free pages, so data deleted
/// before the snapshot (with `secure_delete`) is not in it. The copy is written under a temporary
/// name in the target's folder, checked, synced and only then renamed to the final name: a killed
/// backup leaves at most a `.partial` file, never a half file under the final name.
public enum DatabaseBackup {
  /// Copies the database at `source` to `target` and checks the copy. Does not migrate the source.
  @discardableResult
  public static func make(
    from source: String, to target: String, beforeRename: (String) throws -> Void = { _ in }
  ) throws -> BackupReport {
    let started = ContinuousClock.now
    let fm = FileManager.default
    guard fm.fileExists(atPath: source) else { throw BackupError("no database at \(source)") }
    if fm.fileExists(atPath: target) { throw BackupError("\(target) exists already; choose a new name") }
    let folder = (target as NSString).deletingLastPathComponent
    if !folder.isEmpty, !fm.fileExists(atPath: folder) {
      throw BackupError("the folder \(folder) does not exist")
    }
    let partial = partialName(for: target)
    try? fm.removeItem(atPath: partial)
    do {
      let connection = try DatabaseQueue(path: source, configuration: sourceConfiguration())
      try connection.writeWithoutTransaction { db in
        try db.execute(sql: "VACUUM INTO ?", arguments: [partial])
      }
      try connection.close()
      let check = try BackupCheck.run(path: partial)
      guard check.problems.isEmpty else {
        throw BackupError("the copy failed its checks: " + check.problems.joined(separator: "; "))
      }
      // Backups hold every person's data: readable by the service's user only.
      try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: partial)
      try syncFile(partial)
      try beforeRename(partial)  // tests: a backup that dies here leaves no file under the final name
      try fm.moveItem(atPath: partial, toPath: target)
      try syncFile(folder.isEmpty ? "." : folder)
      let size = (try? fm.attributesOfItem(atPath: target)[.size] as? Int) ?? 0
      return BackupReport(path: target, bytes: size, check: check, duration: ContinuousClock.now - started)
    } catch {
      try? fm.removeItem(atPath: partial)
      throw error
    }
  }

  /// The temporary name a backup is written under before it is checked and renamed.
  public static func partialName(for target: String) -> String {
    let url = URL(fileURLWithPath: target)
    return url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".partial").path
  }

  /// A plain connection: no migrations, `secure_delete` as on every connection of the program.
  static func sourceConfiguration() -> Configuration {
    var config = Configuration()
    config.busyMode = .timeout(10)
    config.prepareDatabase { db in try db.execute(sql: "PRAGMA secure_delete = ON") }
    return config
  }

  static func syncFile(_ path: String) throws {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw BackupError("cannot open \(path) to sync it") }
    defer { close(fd) }
    _ = fsync(fd)
  }
}

/// What a backup or a restore found in a copy: SQLite's own checks and what it holds.
public struct BackupCheck: Sendable, Equatable {
  public var integrity: String
  public var foreignKeyProblems: Int
  public var caseFiles: Int
  public var lastMigration: String?
  /// Empty when the copy can be used.
  public var problems: [String]

  /// Runs `PRAGMA integrity_check`, `PRAGMA foreign_key_check` and counts the case files.
  public static func run(path: String) throws -> BackupCheck {
    let queue = try DatabaseQueue(path: path, configuration: DatabaseBackup.sourceConfiguration())
    defer { try? queue.close() }
    // A copy is one self-contained file: no -wal or -shm beside it (WAL comes back when opened).
    try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
    return try queue.read { db in
      let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
      let fk = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count
      var problems: [String] = []
      if integrity != "ok" { problems.append("integrity_check: \(integrity)") }
      if fk > 0 { problems.append("\(fk) rows break foreign keys") }
      var files = 0
      var last: String?
      if try db.tableExists("case_file") {
        files = try Int.fetchOne(db, sql: "SELECT count(*) FROM case_file") ?? 0
      } else {
        problems.append("no case_file table: not a backlog database")
      }
      if try db.tableExists("grdb_migrations") {
        last = try String.fetchOne(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid DESC LIMIT 1")
      }
      return BackupCheck(
        integrity: integrity, foreignKeyProblems: fk, caseFiles: files, lastMigration: last, problems: problems)
    }
  }
}

public struct BackupReport: Sendable {
  public var path: String
  public var bytes: Int
  public var check: BackupCheck
  public var duration: Duration
}

public struct BackupError: Error, CustomStringConvertible, Sendable {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
