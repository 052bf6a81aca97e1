import CaseModel
import GRDB
import CaseExchange
import GRDBSQLite

/// A value bound to a statement on the bulk-write paths.
enum SQLValue: Sendable {
  case text(String)
  case int(Int64)
  case blob([UInt8])
  case null
}

/// Binds and steps a cached GRDB statement through the SQLite C API. Used only where one
/// transaction writes hundreds of thousands of rows (import): about twice as fast as
/// `StatementArguments`, which boxes every value.
struct FastStatement {
  let statement: Statement

  init(_ db: Database, sql: String) throws {
    statement = try db.cachedStatement(sql: sql)
  }

  func execute(_ values: [SQLValue]) throws {
    let s = statement.sqliteStatement
    sqlite3_reset(s)
    for (i, v) in values.enumerated() {
      let index = Int32(i + 1)
      switch v {
      case .null: sqlite3_bind_null(s, index)
      case .int(let n): sqlite3_bind_int64(s, index, n)
      case .text(let t):
        var text = t
        text.withUTF8 { buf in
          _ = sqlite3_bind_text(
            s, index, UnsafeRawPointer(buf.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(buf.count),
            unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
      case .blob(let b):
        b.withUnsafeBytes { _ = sqlite3_bind_blob(s, index, $0.baseAddress, Int32($0.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self)) }
      }
    }
    let rc = sqlite3_step(s)
    guard rc == SQLITE_DONE else {
      throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(s))))
    }
  }
}

extension FastStatement {
  /// Runs a query and returns its first row (integers and text), or nil.
  func firstRow(_ values: [SQLValue]) throws -> [SQLValue]? {
    let s = statement.sqliteStatement
    sqlite3_reset(s)
    for (i, v) in values.enumerated() {
      if case .text(let t) = v {
        var text = t
        text.withUTF8 { buf in
          _ = sqlite3_bind_text(
            s, Int32(i + 1), UnsafeRawPointer(buf.baseAddress!).assumingMemoryBound(to: CChar.self), Int32(buf.count),
            unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
      } else if case .int(let n) = v {
        sqlite3_bind_int64(s, Int32(i + 1), n)
      } else if case .blob(let b) = v {
        b.withUnsafeBytes { _ = sqlite3_bind_blob(s, Int32(i + 1), $0.baseAddress, Int32($0.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self)) }
      } else {
        sqlite3_bind_null(s, Int32(i + 1))
      }
    }
    let rc = sqlite3_step(s)
    defer { sqlite3_reset(s) }
    guard rc == SQLITE_ROW else {
      if rc == SQLITE_DONE { return nil }
      throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(s))))
    }
    return (0..<sqlite3_column_count(s)).map { c in
      switch sqlite3_column_type(s, c) {
      case SQLITE_INTEGER: return .int(sqlite3_column_int64(s, c))
      case SQLITE_NULL: return .null
      default:
        let n = Int(sqlite3_column_bytes(s, c))
        guard let p = sqlite3_column_text(s, c) else { return .text("") }
        return .text(String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self))
      }
    }
  }
}

extension SQLValue {
  init(_ s: String?) { self = s.map { .text($0) } ?? .null }
}

extension FastStatement {
  /// Runs a statement whose parameters are already bound.
  func step() throws {
    let s = statement.sqliteStatement
    let rc = sqlite3_step(s)
    sqlite3_reset(s)
    guard rc == SQLITE_DONE else {
      throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(s))))
    }
  }
}

/// Inserts many rows with one statement per `rowsPerStatement` rows (`INSERT ... VALUES (...),
/// (...), ...`). Much cheaper than a statement per row on the bulk paths: besides the per-statement
/// overhead, a `CHECK (x IN (...))` of the schema builds a temporary index each time a statement
/// runs, which made the one-row inserts of an import cost twice what the rows themselves cost.
struct RowInserter: Sendable {
  /// `INSERT INTO t (a, b) VALUES `
  let head: String
  let width: Int
  let rowsPerStatement: Int
  let fullSQL: String

  init(_ head: String, width: Int, rowsPerStatement: Int) {
    self.head = head
    self.width = width
    self.rowsPerStatement = rowsPerStatement
    fullSQL = Self.sql(head, width: width, rows: rowsPerStatement)
  }

  func insert(_ rows: [[SQLValue]], db: Database) throws {
    // The texts of one statement are copied into one buffer and bound without a copy of their
    // own (SQLITE_STATIC): a text bound as SQLITE_TRANSIENT costs SQLite a malloc and a free.
    let texts = ByteBuffer(capacity: 1 << 16)
    var start = 0
    while start < rows.count {
      let n = min(rowsPerStatement, rows.count - start)
      let statement = try FastStatement(db, sql: n == rowsPerStatement ? fullSQL : Self.sql(head, width: width, rows: n))
      let s = statement.statement.sqliteStatement
      sqlite3_reset(s)
      texts.removeAll()
      var size = 0
      for k in 0..<n {
        for v in rows[start + k] {
          if case .text(let t) = v { size += t.utf8.count } else if case .blob(let b) = v { size += b.count }
        }
      }
      texts.reserve(size)  // no reallocation below: the bound pointers stay valid
      for k in 0..<n {
        for (c, v) in rows[start + k].enumerated() {
          let index = Int32(k * width + c + 1)
          switch v {
          case .null: sqlite3_bind_null(s, index)
          case .int(let i): sqlite3_bind_int64(s, index, i)
          case .text(let t):
            let offset = texts.count
            texts.append(contentsOf: t)
            sqlite3_bind_text(s, index, UnsafeRawPointer(texts.base + offset).assumingMemoryBound(to: CChar.self), Int32(t.utf8.count), nil)
          case .blob(let b):
            let offset = texts.count
            b.withUnsafeBufferPointer { if let p = $0.baseAddress { texts.append(p, count: $0.count) } }
            sqlite3_bind_blob(s, index, texts.base + offset, Int32(b.count), nil)
          }
        }
      }
      defer { sqlite3_clear_bindings(s) }  // no pointer into `texts` outlives it
      try statement.step()
      start += n
    }
  }

  static func sql(_ head: String, width: Int, rows n: Int) -> String {
    let row = "(" + Array(repeating: "?", count: width).joined(separator: ",") + ")"
    return head + Array(repeating: row, count: n).joined(separator: ",")
  }
}

extension FastStatement {
  /// Runs a query and hands each row to `body` (the bulk reads: no `Row` per row).
  func forEachRow(_ values: [SQLValue] = [], _ body: (FastRow) throws -> Void) throws {
    let s = statement.sqliteStatement
    sqlite3_reset(s)
    for (i, v) in values.enumerated() {
      switch v {
      case .null: sqlite3_bind_null(s, Int32(i + 1))
      case .int(let n): sqlite3_bind_int64(s, Int32(i + 1), n)
      case .text(let t): sqlite3_bind_text(s, Int32(i + 1), t, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
      case .blob(let b):
        b.withUnsafeBytes { _ = sqlite3_bind_blob(s, Int32(i + 1), $0.baseAddress, Int32($0.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self)) }
      }
    }
    defer { sqlite3_reset(s) }
    while true {
      let rc = sqlite3_step(s)
      if rc == SQLITE_DONE { return }
      guard rc == SQLITE_ROW else {
        throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(s))))
      }
      try body(FastRow(statement: s))
    }
  }
}

/// The current row of a `FastStatement` query.
struct FastRow {
  let statement: OpaquePointer

  func int(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

  /// The column's text, nil for NULL.
  func text(_ column: Int32) -> String? {
    guard sqlite3_column_type(statement, column) != SQLITE_NULL, let p = sqlite3_column_text(statement, column) else {
      return nil
    }
    return String(decoding: UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(statement, column))), as: UTF8.self)
  }
}

extension FastRow {
  /// The column's bytes (empty for NULL); valid until the next step.
  func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
    guard let p = sqlite3_column_text(statement, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(statement, column)))
  }

  /// A blob column's bytes (empty for NULL); valid until the next step.
  func blob(_ column: Int32) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: sqlite3_column_blob(statement, column), count: Int(sqlite3_column_bytes(statement, column)))
  }

  /// A `YYYY-MM-DD` column as a day (nil for NULL or another form), read from its bytes.
  func day(_ column: Int32) -> Day? {
    let b = bytes(column)
    return b.count == 10 ? Day(isoBytes: b) : nil
  }
}

extension FastStatement {
  /// The first column of every row, as integers.
  func ints(_ values: [SQLValue] = []) throws -> [Int64] {
    var out: [Int64] = []
    try forEachRow(values) { out.append($0.int(0)) }
    return out
  }
}
