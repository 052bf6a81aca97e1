import GRDB

/// How the store's public methods reach SQLite: GRDB's async `read` and `write`, which run the
/// closure on GRDB's own dispatch queues (the writer's, one per reader connection) while the
/// caller is suspended. No thread of Swift's cooperative pool (as many as cores, two here) ever
/// blocks on SQLite or on a free connection. That matters: an async read keeps its reader
/// connection until its caller resumes on that pool, so a synchronous GRDB call blocking a pool
/// thread while every reader waits for resumption is a deadlock (it happened under 20 clerks).
///
/// Synchronous GRDB calls remain only in batch work that is one long transaction (imports,
/// screening every file again, the report benchmark): the command line and threads of its own.
extension AppDatabase {
  /// One read transaction (one snapshot) on a reader connection.
  func reading<T: Sendable>(_ value: @Sendable (Database) throws -> T) async throws -> T {
    try await writer.read(value)
  }

  /// One write transaction on the writer connection. The request id of `AuditContext` is bound
  /// inside it, so the audit rows written name their request.
  func writing<T: Sendable>(_ updates: @Sendable (Database) throws -> T) async throws -> T {
    let requestID = AuditContext.requestID
    return try await writer.write { db in try AuditContext.$requestID.withValue(requestID) { try updates(db) } }
  }
}
