import GRDB

/// Which migrations a database has and which this program would still apply (`backlog migrate
/// --check`), and the refusal to open a database written by a newer program.
public struct SchemaStatus: Sendable, Equatable {
  public var applied: [String]
  public var pending: [String]
  /// Migrations in the database that this program does not know: it was written by a newer one.
  public var unknown: [String]

  /// The migrations this program knows, in order.
  public static var known: [String] { Schema.migrator.migrations }

  public static func read(_ reader: any DatabaseReader) throws -> SchemaStatus {
    of(applied: try reader.read { db in try Schema.migrator.appliedIdentifiers(db) })
  }

  /// The status of a database with these migrations applied.
  static func of(applied: Set<String>) -> SchemaStatus {
    let known = Schema.migrator.migrations
    return SchemaStatus(
      applied: known.filter { applied.contains($0) },
      pending: known.filter { !applied.contains($0) },
      unknown: applied.subtracting(known).sorted())
  }

  /// Reads the status of a database file without changing it.
  public static func read(path: String) throws -> SchemaStatus {
    let queue = try DatabaseQueue(path: path, configuration: DatabaseBackup.sourceConfiguration())
    defer { try? queue.close() }
    return try read(queue)
  }

  /// Migrates up to and including one migration (tests of upgrades start from old schemas).
  public static func migrate(_ writer: any DatabaseWriter, upTo identifier: String) throws {
    try Schema.migrator.migrate(writer, upTo: identifier)
  }

  static func refuseNewer(_ reader: any DatabaseReader) throws {
    let status = try read(reader)
    if !status.unknown.isEmpty { throw SchemaError.newerThanProgram(unknown: status.unknown) }
  }
}

public enum SchemaError: Error, CustomStringConvertible, Sendable, Equatable {
  case newerThanProgram(unknown: [String])

  public var description: String {
    switch self {
    case .newerThanProgram(let unknown):
      return "the database was written by a newer version of backlog (migrations unknown to this one: "
        + unknown.joined(separator: ", ")
        + "); run the version that wrote it, or restore a backup made before that upgrade (backlog restore)"
    }
  }
}

extension AppDatabase {
  /// The schema state of this database (the health check).
  public func schemaStatus() async throws -> SchemaStatus {
    SchemaStatus.of(applied: try await reading { db in try Schema.migrator.appliedIdentifiers(db) })
  }
}
