import GRDB

/// A list with names that someone read: the queue, `GET /api/v1/files`, a name search, the
/// referral lists. Each request is one audit row (who, which list, which filters, how many rows)
/// and one `audit_list_file` row per file number shown. The filters are kept as given, the
/// search text included: it is personal data and goes with the audit row when its retention ends.
public struct ListRead: Sendable, Equatable {
  public var list: String
  /// The filters as `name=value`, in the order given.
  public var filters: [(name: String, value: String)]
  /// How many rows matched (all pages).
  public var total: Int
  /// The file numbers shown on this page.
  public var fileNos: [String]

  public init(list: String, filters: [(name: String, value: String)], total: Int, fileNos: [String]) {
    self.list = list
    self.filters = filters
    self.total = total
    self.fileNos = fileNos
  }

  public static func == (a: ListRead, b: ListRead) -> Bool {
    a.list == b.list && a.total == b.total && a.fileNos == b.fileNos
      && a.filters.map(\.name) == b.filters.map(\.name) && a.filters.map(\.value) == b.filters.map(\.value)
  }

  /// `queue: verdict=gaps q=Müller; 50 of 1234 shown`
  var detail: String {
    let given = filters.map { "\($0.name)=\($0.value)" }.joined(separator: " ")
    return list + ":" + (given.isEmpty ? "" : " " + given) + "; \(fileNos.count) of \(total) shown"
  }
}

extension AppDatabase {
  /// Records a list read (action `list-read`) with the file numbers it showed.
  public func auditListRead(actor: String, _ read: ListRead) async throws {
    let stamp = timestamp()
    try await writing { db in
      try CaseFileWrites(db: db, timestamp: stamp).audit(actor: actor, action: "list-read", fileNo: nil, detail: read.detail)
      let id = db.lastInsertedRowID
      let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO audit_list_file (audit_id, file_no) VALUES (?, ?)")
      for fileNo in read.fileNos { try insert.execute(arguments: [id, fileNo]) }
    }
  }

  /// Who saw a file in a list, newest first (for a data-subject report).
  public func listReads(fileNo: String, limit: Int = 500) async throws -> [AuditEntry] {
    try await reading { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT a.at, a.actor, a.action, ?, a.detail FROM audit_list_file f JOIN audit_log a ON a.id = f.audit_id
          WHERE f.file_no = ? ORDER BY a.id DESC LIMIT ?
          """, arguments: [fileNo, fileNo, limit]
      ).map { AuditEntry(at: $0[0], actor: $0[1], action: $0[2], fileNo: $0[3], detail: $0[4]) }
    }
  }
}
