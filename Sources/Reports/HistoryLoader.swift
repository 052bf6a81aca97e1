import CaseModel
import CaseStore
import GRDB

/// Reads the status histories of one office in a single ordered pass over `case_file` joined
/// with `status_event`. SQLite turns dates into day numbers and statuses into small codes, so
/// Swift sees only integers (a million events load without a string allocation).
public enum HistoryLoader {
  static let statusCode = """
    CASE %@ WHEN 'received' THEN 0 WHEN 'documents_requested' THEN 1 WHEN 'in_review' THEN 2
      WHEN 'suspended' THEN 3 WHEN 'decision_pending' THEN 4 WHEN 'granted' THEN 5
      WHEN 'refused' THEN 6 WHEN 'withdrawn' THEN 7 END
    """
  static func code(_ column: String) -> String { statusCode.replacingOccurrences(of: "%@", with: column) }
  /// Days since 1970-01-01 of an ISO date column (NULL stays NULL).
  static func day(_ column: String) -> String { "CAST(julianday(\(column)) - 2440587.5 AS INTEGER)" }

  static var sql: String {
    """
    SELECT c.id, \(day("c.received_on")),
      CASE c.team WHEN 'kim' THEN 1 WHEN 'regular' THEN 2 ELSE 0 END,
      \(code("c.status")), \(day("c.closed_on")), \(day("e.at")), \(code("e.status"))
    FROM case_file c LEFT JOIN status_event e ON e.case_id = c.id
    WHERE c.office = ?
    ORDER BY c.id, e.seq
    """
  }

  /// Every file of `office` with its history. A file stored without history gets one from its
  /// columns: received on `received_on`, and closed on `closed_on` if its status is closed.
  public static func load(_ db: Database, office: Office) throws -> [FileHistory] {
    var out: [FileHistory] = []
    var current: FileHistory?
    let cursor = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: [office.rawValue])
    while let row = try cursor.next() {
      let id: Int64 = row[0]
      if current?.id != id {
        if let c = current { out.append(c) }
        let team: Int = row[2]
        var h = FileHistory(
          id: id, receivedOn: Day(ordinal: Int32(row[1] as Int64)), team: team == 1 ? .kim : team == 2 ? .regular : nil,
          events: [])
        if row.hasNull(atIndex: 5) {
          h.events.append(.init(at: h.receivedOn, status: .received))
          let status = CaseStatus.byIndex[row[3] as Int]
          if status != .received {
            let at = (row[4] as Int64?).map { Day(ordinal: Int32($0)) } ?? h.receivedOn
            h.events.append(.init(at: at, status: status))
          }
        }
        current = h
      }
      if !row.hasNull(atIndex: 5) {
        current!.events.append(.init(at: Day(ordinal: Int32(row[5] as Int64)), status: CaseStatus.byIndex[row[6] as Int]))
      }
    }
    if let c = current { out.append(c) }
    return out
  }
}

