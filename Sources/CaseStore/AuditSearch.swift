import GRDB

/// Filters of the audit log page and API (issue 13): who, which file, which action, a period
/// (stored UTC timestamps, from inclusive, to exclusive), one page of newest-first rows.
public struct AuditFilter: Sendable, Equatable {
  public var actor: String?
  public var fileNo: String?
  public var action: String?
  public var from: String?
  public var to: String?
  public var page: Int
  public var pageSize: Int

  public init(actor: String? = nil, fileNo: String? = nil, action: String? = nil, from: String? = nil, to: String? = nil,
              page: Int = 1, pageSize: Int = 100) {
    self.actor = actor
    self.fileNo = fileNo
    self.action = action
    self.from = from
    self.to = to
    self.page = page
    self.pageSize = pageSize
  }
}

/// One page of the audit log and whether older rows follow.
public struct AuditPage: Sendable {
  public var entries: [AuditEntry]
  public var hasMore: Bool
}

extension AppDatabase {
  /// Newest first; the indexes on `(file_no, at)` and `(at)` serve the file and period filters.
  public func auditPage(_ f: AuditFilter) async throws -> AuditPage {
    var conditions: [String] = []
    var args: [any DatabaseValueConvertible] = []
    if let a = f.actor { conditions.append("actor = ?"); args.append(a) }
    if let n = f.fileNo { conditions.append("file_no = ?"); args.append(n) }
    if let a = f.action { conditions.append("action = ?"); args.append(a) }
    if let from = f.from { conditions.append("at >= ?"); args.append(from) }
    if let to = f.to { conditions.append("at < ?"); args.append(to) }
    let whereSQL = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    let offset = (f.page - 1) * f.pageSize
    args += [f.pageSize + 1, offset]
    let arguments: StatementArguments = StatementArguments(args)
    let rows = try await reading { db in
      try Row.fetchAll(
        db, sql: "SELECT at, actor, action, file_no, detail FROM audit_log\(whereSQL) ORDER BY id DESC LIMIT ? OFFSET ?",
        arguments: arguments
      ).map { AuditEntry(at: $0[0], actor: $0[1], action: $0[2], fileNo: $0[3], detail: $0[4]) }
    }
    return AuditPage(entries: Array(rows.prefix(f.pageSize)), hasMore: rows.count > f.pageSize)
  }
}
