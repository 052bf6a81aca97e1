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
    let decoded = DecodedChunks()
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
        DispatchQueue.global().async(group: group) { decoded.put(full) }
        chunk = BlobChunk(index: full.index + 1, rows: chunkRows)
      }
    }
    decoded.put(chunk)  // the last (for a small office the only) chunk on this thread
    group.wait()
    return try decoded.histories()
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

  /// The chunk's histories, or the id of the first file whose blob is malformed.
  func decode() -> Result<[FileHistory], MalformedHistory> {
    var out: [FileHistory] = []
    out.reserveCapacity(ids.count)
    return bytes.withUnsafeBytes { raw in
      var start = 0
      for (id, end) in zip(ids, ends) {
        guard let h = ReportHistory.decode(id: id, UnsafeRawBufferPointer(rebasing: raw[start..<end])) else {
          return .failure(MalformedHistory(id: id))
        }
        out.append(h)
        start = end
      }
      return .success(out)
    }
  }
}

struct MalformedHistory: Error {
  let id: Int64
}

/// The decoded chunks by index, collected under a lock.
final class DecodedChunks: @unchecked Sendable {
  private let lock = NSLock()
  private var chunks: [Int: Result<[FileHistory], MalformedHistory>] = [:]

  func put(_ chunk: BlobChunk) {
    let result = chunk.decode()
    lock.lock()
    defer { lock.unlock() }
    chunks[chunk.index] = result
  }

  /// All histories in row order; throws for the first malformed blob.
  func histories() throws -> [FileHistory] {
    lock.lock()
    defer { lock.unlock() }
    var out: [FileHistory] = []
    out.reserveCapacity(chunks.values.reduce(0) { $0 + ((try? $1.get())?.count ?? 0) })
    for index in chunks.keys.sorted() {
      switch chunks[index] {
      case .success(let h): out.append(contentsOf: h)
      case .failure(let bad): throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "report_file: the history of file \(bad.id) cannot be read")
      case nil: continue
      }
    }
    return out
  }
}
