import CaseExchange
import CaseModel
import Foundation
import GRDB
import GRDBSQLite

extension HistoryLoader {
  /// Rows whose blobs are decoded together on another thread.
  static let chunkRows = 16_384

  /// Every file of `office` with its history (see `ReportHistory`), in id order.
  ///
  /// This thread steps through `report_file` and copies each chunk's blobs into one buffer;
  /// other threads decode the chunks meanwhile (each history an array of its own, most of the
  /// work). Over 180,000 files the load is the common first part of every flow report; decoding
  /// beside the stepping takes it from about 90 to 55 ms on two cores (README, benchmarks).
  static func load(_ db: Database, office: Office, chunkRows: Int = chunkRows) throws -> [FileHistory] {
    let statement = try db.cachedStatement(sql: historySQL)
    let s = statement.sqliteStatement
    sqlite3_reset(s)
    sqlite3_bind_text(s, 1, office.rawValue, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
    defer { sqlite3_reset(s) }
    let decoded = Collected<Int, Result<[FileHistory], DatabaseError>>()
    let group = DispatchGroup()
    var chunk = BlobChunk(index: 0, rows: chunkRows)
    defer { group.wait() }  // no decoding outlives the call, not even after an error
    while true {
      let rc = sqlite3_step(s)
      guard rc == SQLITE_ROW else { try check(rc, s); break }
      chunk.append(
        id: sqlite3_column_int64(s, 0),
        UnsafeRawBufferPointer(start: sqlite3_column_blob(s, 1), count: Int(sqlite3_column_bytes(s, 1))))
      if chunk.ends.count == chunkRows {
        let full = chunk
        DispatchQueue.global().async(group: group) { decoded.set(full.index, full.decode()) }
        chunk = BlobChunk(index: full.index + 1, rows: chunkRows)
      }
    }
    decoded.set(chunk.index, chunk.decode())  // the last (for a small office the only) chunk here
    group.wait()
    let chunks = decoded.all
    var out: [FileHistory] = []
    out.reserveCapacity(chunks.count * chunkRows)
    for index in chunks.keys.sorted() { out.append(contentsOf: try chunks[index]?.get() ?? []) }
    return out
  }
}

/// The blobs of consecutive rows in one buffer, each ending at `ends[i]`.
struct BlobChunk: Sendable {
  let index: Int
  var ids: [Int64] = []
  var ends: [Int] = []
  var bytes: [UInt8] = []

  init(index: Int, rows: Int) {
    self.index = index
    ids.reserveCapacity(rows)
    ends.reserveCapacity(rows)
  }

  mutating func append(id: Int64, _ blob: UnsafeRawBufferPointer) {
    ids.append(id)
    bytes.append(contentsOf: blob)
    ends.append(bytes.count)
  }

  /// The chunk's histories, or the error naming the first file whose blob is malformed.
  func decode() -> Result<[FileHistory], DatabaseError> {
    var out: [FileHistory] = []
    out.reserveCapacity(ids.count)
    return bytes.withUnsafeBytes { raw in
      var start = 0
      for (id, end) in zip(ids, ends) {
        guard let h = ReportHistory.decode(id: id, UnsafeRawBufferPointer(rebasing: raw[start..<end])) else {
          return .failure(ReportHistory.malformed(id))
        }
        out.append(h)
        start = end
      }
      return .success(out)
    }
  }
}
