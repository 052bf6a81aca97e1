import CaseModel
import Foundation
import GRDB

/// The one owner of the SQLite database: opens it (WAL for files, in memory for tests), runs the
/// migrations and offers writes named after what users do (`importCaseFiles`, `saveCaseFile`,
/// `recordScreenings`). Every write runs in one transaction; every read or change of a case file
/// writes an audit entry in the same transaction.
public struct AppDatabase: Sendable {
  /// Internal: other modules reach the database through named reads and writes only.
  let writer: any DatabaseWriter
  /// The clock for audit and change timestamps, injected so tests can fix it.
  public let now: @Sendable () -> Date
  /// The shared lock on `<db>.lock` held while this database is open (nil in memory): a
  /// restore refuses while it is held.
  public let lock: DatabaseLock?
  /// The database file (nil in memory): for backups and the health check.
  public let path: String?

  public init(_ writer: any DatabaseWriter, now: @escaping @Sendable () -> Date) throws {
    self.writer = writer
    self.now = now
    self.lock = nil
    self.path = nil
    try SchemaStatus.refuseNewer(writer)
    try Schema.migrator.migrate(writer)
  }

  private init(
    sharing writer: any DatabaseWriter, now: @escaping @Sendable () -> Date, lock: DatabaseLock?, path: String?
  ) {
    self.writer = writer
    self.now = now
    self.lock = lock
    self.path = path
  }

  /// The same database with another clock (e.g. to record generated demo history at past dates).
  public func withClock(_ now: @escaping @Sendable () -> Date) -> AppDatabase {
    AppDatabase(sharing: writer, now: now, lock: lock, path: path)
  }

  /// A database file in WAL mode (created if absent), migrated to the schema of this program.
  ///
  /// Holds `DatabaseLock` shared while open. Refuses a database whose schema is newer than this
  /// program knows (`SchemaError.newerThanProgram`). Pending migrations are preceded by a checked
  /// backup into `backupsBeforeMigration` (default: the folder of the database).
  public static func open(
    path: String, now: @escaping @Sendable () -> Date, backupsBeforeMigration: String? = nil
  ) throws -> AppDatabase {
    guard let lock = try DatabaseLock.acquire(database: path, mode: .shared) else {
      throw LockError(message: "the database \(path) is being restored; try again when the restore has finished")
    }
    var config = Configuration()
    config.prepareDatabase { db in
      // Case files are about 2 KB of JSON: 8 KB pages hold three of them (4 KB pages only one).
      // Takes effect when the database file is created.
      try db.execute(sql: "PRAGMA page_size = 8192")
      try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY")
      // Deleted rows are overwritten with zeros, not left readable in free pages (retention).
      try db.execute(sql: "PRAGMA secure_delete = ON")
      // Reads map the file instead of copying each page into every connection's own cache: a
      // committee report's first read over 1,000,000 status events took 18 % less wall time
      // (farm-bench, paired runs). Writes still go through write(2); SQLite caps the size at
      // its compiled maximum (2 GB here) and reads beyond it as before.
      try db.execute(sql: "PRAGMA mmap_size = 2147418112")
    }
    config.busyMode = .timeout(10)
    let pool = try DatabasePool(path: path, configuration: config)
    try SchemaStatus.refuseNewer(pool)
    let pending = try SchemaStatus.read(pool).pending
    if let first = pending.first, try SchemaStatus.read(pool).applied.isEmpty == false {
      let folder = backupsBeforeMigration ?? ((path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent)
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      let name = ((path as NSString).lastPathComponent) + ".before-" + first + "-" + DatabaseRestore.stamp(now()) + ".sqlite"
      try DatabaseBackup.make(from: path, to: (folder as NSString).appendingPathComponent(name))
    }
    try Schema.migrator.migrate(pool)
    return AppDatabase(sharing: pool, now: now, lock: lock, path: path)
  }

  /// A private in-memory database for tests.
  public static func inMemory(now: @escaping @Sendable () -> Date) throws -> AppDatabase {
    var config = Configuration()
    config.prepareDatabase { db in try db.execute(sql: "PRAGMA secure_delete = ON") }
    return try AppDatabase(DatabaseQueue(configuration: config), now: now)
  }

  /// `BACKLOG_DB` or `backlog.sqlite` in the working directory (spec section 5).
  public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String
  {
    environment["BACKLOG_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "backlog.sqlite"
  }

  /// Moves everything committed into the database file and empties the `-wal` file, so the file
  /// alone is complete (at shutdown; after a benchmark's import).
  public func checkpoint() async throws {
    try await writer.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
  }

  func timestamp() -> String { Timestamp.iso(now()) }
  /// Today in Germany by the injected clock (consent and due dates are days).
  func today() -> Day { Day(inBerlinAt: now()) }
}

/// ISO 8601 timestamps in UTC with seconds, as stored in the database.
enum Timestamp {
  static func iso(_ date: Date) -> String {
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    let day = Day(ordinal: Int32(seconds.floorDiv(86_400)))
    let s = seconds - Int(day.ordinal) * 86_400
    return day.iso + "T" + two(s / 3600) + ":" + two(s / 60 % 60) + ":" + two(s % 60) + "Z"
  }
  static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}

extension Int {
  func floorDiv(_ d: Int) -> Int { self >= 0 ? self / d : (self - d + 1) / d }
}
