import GRDB
import GRDBSQLite

/// A value bound to a statement on the bulk-write paths.
enum SQLValue {
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

extension SQLValue {
  init(_ s: String?) { self = s.map { .text($0) } ?? .null }
}
