import GRDB

/// One entry of the audit log: who did what to which file, when.
public struct AuditEntry: Sendable, Codable, Equatable {
  public var at: String
  public var actor: String
  public var action: String
  public var fileNo: String?
  public var detail: String?

  enum CodingKeys: String, CodingKey {
    case at, actor, action, fileNo = "file_no", detail
  }
}

extension AppDatabase {
  /// Audit entries, newest first, optionally for one file.
  public func auditEntries(fileNo: String? = nil, limit: Int = 200) async throws -> [AuditEntry] {
    try await reading { db in
      let rows: [Row]
      if let fileNo {
        rows = try Row.fetchAll(
          db, sql: "SELECT at, actor, action, file_no, detail FROM audit_log WHERE file_no = ? ORDER BY id DESC LIMIT ?",
          arguments: [fileNo, limit])
      } else {
        rows = try Row.fetchAll(
          db, sql: "SELECT at, actor, action, file_no, detail FROM audit_log ORDER BY id DESC LIMIT ?",
          arguments: [limit])
      }
      return rows.map { AuditEntry(at: $0[0], actor: $0[1], action: $0[2], fileNo: $0[3], detail: $0[4]) }
    }
  }
}
