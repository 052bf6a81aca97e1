import GRDB
import GRDBSQLite

/// A value bound to a statement on the bulk-write paths.
enum SQLValue: Sendable {
  case text(String)
  case int(Int64)
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
