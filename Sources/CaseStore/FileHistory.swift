import CaseModel

/// The status history of one file, reduced to what the flow metrics need: no names, no facts.
/// `events` are in history order (spec section 1 `history`); the first is usually `received`.
public struct FileHistory: Sendable, Hashable {
  public struct Event: Sendable, Hashable {
    public var at: Day
    public var status: CaseStatus
    public init(at: Day, status: CaseStatus) {
      self.at = at
      self.status = status
    }
  }

  /// The `case_file` row id (used only to look up file numbers for the oldest-files list).
  public var id: Int64
  public var receivedOn: Day
  public var team: Team?
  public var events: [Event]

  public init(id: Int64 = 0, receivedOn: Day, team: Team? = nil, events: [Event]) {
    self.id = id
    self.receivedOn = receivedOn
    self.team = team
    self.events = events
  }

  /// The status at the end of `day`: that of the last entry dated on or before it; `received`
  /// from the day of receipt on if no entry is dated yet; nil before receipt.
  /// Entries dated before receipt count as on the day of receipt.
  public func status(on day: Day) -> CaseStatus? {
    guard receivedOn <= day else { return nil }
    var state = CaseStatus.received
    for e in events {
      if e.at > day { break }
      state = e.status
    }
    return state
  }

  /// Whether the file is open (received and not closed) at the end of `day`. A file that was
  /// closed and later got a non-closed entry (reopened) is open again from that entry's date.
  public func isOpen(on day: Day) -> Bool { status(on: day).map { !$0.isClosed } ?? false }

  /// Every closure: an entry that moves the file from an open status into granted, refused or
  /// withdrawn. A correction from one closed status to another (granted -> refused) is no new
  /// closure; a file reopened and closed again is closed twice.
  public func closures() -> [Event] {
    var out: [Event] = []
    forEachClosure { out.append($0) }
    return out
  }

  /// The same closures, handed to `body` one by one (no array per file).
  @inlinable public func forEachClosure(_ body: (Event) throws -> Void) rethrows {
    var state = CaseStatus.received
    for e in events {
      if e.status.isClosed, !state.isClosed { try body(Event(at: max(e.at, receivedOn), status: e.status)) }
      state = e.status
    }
  }
}
