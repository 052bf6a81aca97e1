import CaseModel
import GRDB

/// The compact status history of one file (`report_file.history`, migration v15), which the flow
/// reports read instead of every `status_event` row (see `ReportFile`).
///
/// The blob holds exactly what `HistoryLoader` returns for the file: the day of receipt (4 bytes,
/// days since 1970, little-endian), the team (1 byte: 0 none, 1 kim, 2 regular), then each
/// history entry as its day (4 bytes) and status (1 byte, `code`). A file without stored history
/// gets the one the loader has always made from its columns (received on `received_on`, then its
/// status on `closed_on` or `received_on`). The codes are stored: never renumber them.
enum ReportHistory {
  /// The stored status codes: a status's code is its position here. Stored: never reorder.
  static let statuses: [CaseStatus] = [
    .received, .documentsRequested, .inReview, .suspended, .decisionPending, .granted, .refused, .withdrawn,
  ]

  static func code(_ s: CaseStatus) -> UInt8 { UInt8(statuses.firstIndex(of: s) ?? 0) }

  /// The history the reports read for a file about to be written (see the type's comment).
  static func history(of file: CaseFile) -> FileHistory {
    var events = (file.history ?? []).map { FileHistory.Event(at: $0.at, status: $0.status) }
    if events.isEmpty {
      events.append(.init(at: file.receivedOn, status: .received))
      if file.status != .received { events.append(.init(at: file.closedOn ?? file.receivedOn, status: file.status)) }
    }
    return FileHistory(receivedOn: file.receivedOn, team: file.team, events: events)
  }

  static func blob(_ h: FileHistory) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(5 + 5 * h.events.count)
    func put(_ day: Day) { withUnsafeBytes(of: day.ordinal.littleEndian) { out.append(contentsOf: $0) } }
    put(h.receivedOn)
    out.append(h.team == .kim ? 1 : h.team == .regular ? 2 : 0)
    for e in h.events {
      put(e.at)
      out.append(code(e.status))
    }
    return out
  }

  /// The error for a file whose blob `decode` cannot read.
  static func malformed(_ id: Int64) -> DatabaseError {
    DatabaseError(resultCode: .SQLITE_CORRUPT, message: "report_file: the history of file \(id) cannot be read")
  }

  /// The history in `bytes` (a blob written by `blob`), nil when it is malformed.
  static func decode(id: Int64, _ bytes: UnsafeRawBufferPointer) -> FileHistory? {
    let n = bytes.count
    guard n >= 5, (n - 5) % 5 == 0 else { return nil }
    func day(_ offset: Int) -> Day { Day(ordinal: Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self))) }
    let team: Team? = bytes[4] == 1 ? .kim : bytes[4] == 2 ? .regular : nil
    // The events written straight into one exact-size array (no growing, no copy).
    var valid = true
    let events = [FileHistory.Event](unsafeUninitializedCapacity: (n - 5) / 5) { buffer, count in
      var offset = 5
      while offset < n {
        let code = Int(bytes[offset + 4])
        guard code < statuses.count else {
          valid = false
          return
        }
        buffer[count] = .init(at: day(offset), status: statuses[code])  // a trivial type: no deinitialization
        count += 1
        offset += 5
      }
    }
    guard valid else { return nil }
    return FileHistory(id: id, receivedOn: day(0), team: team, events: events)
  }
}
