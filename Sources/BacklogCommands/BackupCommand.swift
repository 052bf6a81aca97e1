import ArgumentParser
import CaseStore
import Foundation

/// `backlog backup --to PATH`: a consistent, checked copy while the server runs and writes.
struct BackupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backup", abstract: "Copy the database consistently (also while serving) and check the copy.",
    discussion: """
      The copy is one SQLite snapshot (VACUUM INTO), written under a temporary name beside PATH,
      checked (integrity_check, foreign_key_check, case files counted) and only then renamed to PATH.
      """)

  @OptionGroup var database: DatabaseOptions
  @Option(help: "The backup file to write (must not exist).") var to: String

  func run() throws {
    do {
      let report = try DatabaseBackup.make(from: database.path, to: to)
      Terminal.out(
        "Backed up \(Terminal.grouped(report.check.caseFiles)) case files to \(report.path) "
          + "(\(Terminal.grouped(report.bytes / 1024)) KiB, schema \(report.check.lastMigration ?? "none")) "
          + "in \(Terminal.seconds(report.duration)); integrity_check ok, no foreign key problems.")
    } catch let e as BackupError {
      throw InputError("backup: \(e.message)")
    }
  }
}

/// `backlog restore PATH`: the backup in place of the database, only while no process uses it.
struct RestoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore", abstract: "Put a backup in place of the database (only while no server runs).",
    discussion: """
      Refuses while any backlog process has the database open (they hold a lock on <db>.lock;
      the kernel drops it when a process ends). The backup is checked first; the replaced database
      is kept as <db>.replaced-<time> (with its -wal file).
      """)

  @OptionGroup var database: DatabaseOptions
  @Argument(help: "The backup file.") var backup: String

  func run() throws {
    do {
      let report = try DatabaseRestore.restore(
        backup: backup, database: database.path, now: CommandEnvironment.current.now())
      Terminal.out(
        "Restored \(Terminal.grouped(report.check.caseFiles)) case files from \(backup) into \(database.path) "
          + "(schema \(report.check.lastMigration ?? "none")).")
      if let aside = report.replacedAside { Terminal.out("The replaced database is kept as \(aside).") }
    } catch let e as BackupError {
      throw InputError("restore: \(e.message)")
    } catch let e as LockError {
      throw InputError("restore: \(e.message)")
    }
  }
}

/// `backlog migrate [--check]`: lists pending migrations, or applies them after a backup.
struct MigrateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "migrate", abstract: "List pending schema migrations (--check) or apply them after a backup.")

  @OptionGroup var database: DatabaseOptions
  @Flag(help: "Only list applied and pending migrations; change nothing.") var check = false
  @Option(help: "Folder for the backup made before migrating (default: beside the database).") var backupDir: String?

  func run() throws {
    guard FileManager.default.fileExists(atPath: database.path) else {
      throw InputError("migrate: no database at \(database.path)")
    }
    let status = try SchemaStatus.read(path: database.path)
    if !status.unknown.isEmpty { throw InputError("migrate: " + SchemaError.newerThanProgram(unknown: status.unknown).description) }
    Terminal.out("applied: \(status.applied.count) (newest \(status.applied.last ?? "none"))")
    if status.pending.isEmpty {
      Terminal.out("pending: none; the database is up to date")
      return
    }
    Terminal.out("pending: " + status.pending.joined(separator: ", "))
    if check { return }
    _ = try AppDatabase.open(path: database.path, now: CommandEnvironment.current.now, backupsBeforeMigration: backupDir)
    Terminal.out("Applied \(status.pending.count) migrations (a checked backup was made first).")
  }
}
