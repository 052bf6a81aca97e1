import Foundation
import GRDB

/// `backlog restore PATH`: puts a checked backup in place of the database file.
///
/// Only when no process uses the database: it takes `DatabaseLock` exclusively, which fails while
/// a server (or any other backlog command) holds it, and keeps it until the new file is in place,
/// so no server can start in between. The replaced database (with its `-wal` file, which may
/// still hold committed transactions) is moved aside under `<db>.replaced-<time>`, never deleted.
public enum DatabaseRestore {
  public struct Report: Sendable {
    public var check: BackupCheck
    /// Where the replaced database now is (nil when there was none).
    public var replacedAside: String?
  }

  public static func restore(backup: String, database: String, now: Date) throws -> Report {
    let fm = FileManager.default
    guard fm.fileExists(atPath: backup) else { throw BackupError("no backup at \(backup)") }
    guard let lock = try DatabaseLock.acquire(database: database, mode: .exclusive) else {
      throw BackupError(
        "the database \(database) is in use (a running `backlog serve` or another command holds \(DatabaseLock.lockPath(forDatabase: database))); stop it first"
      )
    }
    defer { withExtendedLifetime(lock) {} }
    // Check a copy beside the database, so the final step is a rename on one file system.
    let incoming = database + ".restoring"
    try? fm.removeItem(atPath: incoming)
    try fm.copyItem(atPath: backup, toPath: incoming)
    do {
      let check = try BackupCheck.run(path: incoming)
      guard check.problems.isEmpty else {
        throw BackupError("the backup failed its checks, nothing was changed: " + check.problems.joined(separator: "; "))
      }
      try DatabaseBackup.syncFile(incoming)
      var aside: String?
      if fm.fileExists(atPath: database) {
        let name = database + ".replaced-" + stamp(now)
        for suffix in ["", "-wal", "-shm"] where fm.fileExists(atPath: database + suffix) {
          try fm.moveItem(atPath: database + suffix, toPath: name + suffix)
        }
        aside = name
      }
      try fm.moveItem(atPath: incoming, toPath: database)
      let folder = (database as NSString).deletingLastPathComponent
      try DatabaseBackup.syncFile(folder.isEmpty ? "." : folder)
      return Report(check: check, replacedAside: aside)
    } catch {
      try? fm.removeItem(atPath: incoming)
      throw error
    }
  }

  /// `20261207T013000Z`: sortable, no characters a file system dislikes.
  static func stamp(_ date: Date) -> String {
    Timestamp.iso(date).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
  }
}
