import CaseModel
import CaseStore
import Foundation

/// What the command line takes from the outside world: the clock. `main.swift` provides the
/// system clock; tests run commands with a fixed one. Nothing below the commands reads the clock.
public struct CommandEnvironment: Sendable {
  public var now: @Sendable () -> Date
  public init(now: @escaping @Sendable () -> Date) { self.now = now }

  @TaskLocal public static var current = CommandEnvironment(now: { Date(timeIntervalSince1970: 0) })
}

extension Day {
  /// Today's date in Germany (Europe/Berlin) by the command environment's clock (or another).
  static func today(clock: @Sendable () -> Date = CommandEnvironment.current.now) -> Day {
    Day(inBerlinAt: clock())
  }
}

extension AppDatabase {
  /// Opens the database with the command environment's clock.
  static func open(path: String, backupsBeforeMigration: String? = nil) throws -> AppDatabase {
    do {
      return try AppDatabase.open(
        path: path, now: CommandEnvironment.current.now, backupsBeforeMigration: backupsBeforeMigration)
    } catch let e as SchemaError {
      throw InputError(e.description)
    } catch let e as LockError {
      throw InputError(e.message)
    } catch let e as BackupError {
      throw InputError("the backup before migrating failed, nothing was migrated: \(e.message)")
    }
  }
}
