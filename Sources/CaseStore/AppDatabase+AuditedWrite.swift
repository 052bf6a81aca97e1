import GRDB

extension AppDatabase {
  /// GRDB's async write, with the request id of `AuditContext` carried onto GRDB's writer
  /// thread, so the audit rows it writes name their request.
  func auditedWrite<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
    let requestID = AuditContext.requestID
    return try await writer.write { db in try AuditContext.$requestID.withValue(requestID) { try body(db) } }
  }
}
