import CaseModel
import GRDB
import GRDBSQLite

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the status histories of one office. `load` reads the compact histories of
/// `report_file` (one row per file, in id order, decoded from the blob's bytes); `loadFromEvents`
/// reads them from the rows they are made of, the office's files in id order (from the covering
/// index `case_file_history`) and `status_event` in primary-key order (case_id, seq), merged in
/// Swift: migration v15 filled `report_file` with it, and the tests hold the two against each
/// other. Both step through the SQLite C API, without a string allocation or a `Row` per row.
enum HistoryLoader {
  static let historySQL = "SELECT case_id, history FROM report_file WHERE office = ? ORDER BY case_id"

  static let filesSQL = """
    SELECT id, received_on, team, status, closed_on FROM case_file WHERE office = ? ORDER BY id
    """
  /// From the office's first file on (a range of the primary key): the events of files before it
  /// are never stepped through, and the scan stops after the office's last file.
  static let eventsSQL = "SELECT case_id, at, status FROM status_event WHERE case_id >= ? ORDER BY case_id, seq"
  static let firstSQL = "SELECT MIN(id) FROM case_file WHERE office = ?"

  /// Every file of `office` with its history from `case_file` and `status_event`. A file stored
  /// without history gets one from its columns: received on `received_on`, and closed on
  /// `closed_on` if its status is closed.
  /// Migration v15 (released, never edited) fills `report_file` with this and `ReportHistory.blob`:
  /// what both return for a given database must never change, or the migration changes with them.
  static func loadFromEvents(_ db: Database, office: Office) throws -> [FileHistory] {
    let first = try Int64.fetchOne(db.cachedStatement(sql: firstSQL), arguments: [office.rawValue]) ?? 0
    let fileStatement = try db.cachedStatement(sql: filesSQL)
    let eventStatement = try db.cachedStatement(sql: eventsSQL)
    let files = fileStatement.sqliteStatement
    let events = eventStatement.sqliteStatement
    sqlite3_reset(files)
    sqlite3_reset(events)
    sqlite3_bind_text(files, 1, office.rawValue, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
    sqlite3_bind_int64(events, 1, first)
    defer {
      sqlite3_reset(files)
      sqlite3_reset(events)
    }
    var out: [FileHistory] = []
    var scratch: [FileHistory.Event] = []
    var eventRC = sqlite3_step(events)
    while true {
      let rc = sqlite3_step(files)
      guard rc == SQLITE_ROW else { try check(rc, files); break }
      let id = sqlite3_column_int64(files, 0)
      // Events of the other office's files are skipped.
      while eventRC == SQLITE_ROW, sqlite3_column_int64(events, 0) < id { eventRC = sqlite3_step(events) }
      guard let received = day(files, 1) else { continue }
      let team = firstByte(files, 2)
      scratch.removeAll(keepingCapacity: true)
      while eventRC == SQLITE_ROW, sqlite3_column_int64(events, 0) == id {
        if let at = day(events, 1), let s = status(events, 2) { scratch.append(.init(at: at, status: s)) }
        eventRC = sqlite3_step(events)
      }
      if scratch.isEmpty {
        scratch.append(.init(at: received, status: .received))
        if let s = status(files, 3), s != .received {
          scratch.append(.init(at: day(files, 4) ?? received, status: s))
        }
      }
      // One exact-size allocation per file instead of an array grown event by event.
      out.append(
        FileHistory(
          id: id, receivedOn: received, team: team == UInt8(ascii: "k") ? .kim : team == UInt8(ascii: "r") ? .regular : nil,
          events: Array(scratch[...])))
    }
    try check(eventRC, events)
    return out
  }

  static func check(_ rc: Int32, _ s: OpaquePointer) throws {
    guard rc == SQLITE_DONE || rc == SQLITE_ROW else {
      throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(s))))
    }
  }

  static func firstByte(_ s: OpaquePointer, _ column: Int32) -> UInt8 {
    guard let p = sqlite3_column_text(s, column) else { return 0 }
    return p[0]
  }

  /// A `YYYY-MM-DD` column as a day, read from its bytes; nil for NULL or another form.
  static func day(_ s: OpaquePointer, _ column: Int32) -> Day? {
    guard let p = sqlite3_column_text(s, column), sqlite3_column_bytes(s, column) == 10 else { return nil }
    func n(_ i: Int, _ count: Int) -> Int {
      var v = 0
      for k in i..<i + count { v = v * 10 + Int(p[k]) - 48 }
      return v
    }
    return Day(year: n(0, 4), month: n(5, 2), day: n(8, 2))
  }

  /// Each status with its stored bytes, for `status(_:_:)`.
  static let statusBytes: [(CaseStatus, [UInt8])] = CaseStatus.allCases.map { ($0, Array($0.rawValue.utf8)) }

  /// A status column decoded by comparing its bytes with each status's stored name (no String per
  /// row); an unknown text is nil, never misread as a similar status.
  static func status(_ s: OpaquePointer, _ column: Int32) -> CaseStatus? {
    guard let p = sqlite3_column_text(s, column) else { return nil }
    let n = Int(sqlite3_column_bytes(s, column))
    for (status, bytes) in statusBytes where bytes.count == n && bytes[0] == p[0] {
      if bytes.withUnsafeBytes({ b in b.baseAddress.map { memcmp($0, p, n) == 0 } ?? false }) { return status }
    }
    return nil
  }

}
