import CaseModel
import CaseStore

/// One pass over all histories: per month of a range, the files received, the closures (by
/// outcome and team) and the number of files in each status at the month's end.
///
/// End-of-month counts use a difference array: every change of status adds one to the new
/// status and takes one from the old in the month of the change (changes before the range land
/// in its first month), so a prefix sum gives the status counts at every month's end in
/// O(events + months).
public struct MonthlyFlow: Sendable {
  public let months: [Month]
  public var received: [Int]
  public var closed: [Int]
  /// Closures by outcome, indexed like `CaseStatus.index` (granted 5, refused 6, withdrawn 7).
  public var closedAs: [[Int]]
  public var closedKim: [Int]
  public var closedRegular: [Int]
  /// Files in each status at the end of each month: `atEnd[month][CaseStatus.index]`.
  public var atEnd: [[Int]]

  public init(_ histories: [FileHistory], months range: ClosedRange<Month>) {
    let n = range.count
    let first = range.lowerBound.index
    months = Array(range)
    received = Array(repeating: 0, count: n)
    closed = received
    closedKim = received
    closedRegular = received
    var outcome = Array(repeating: 0, count: n * 8)
    var delta = Array(repeating: 0, count: n * 8)
    for h in histories {
      let r = Month(h.receivedOn).index - first
      guard r < n else { continue }
      if r >= 0 { received[r] += 1 }
      delta[max(r, 0) * 8] += 1
      var state = CaseStatus.received
      for e in h.events where e.status != state {
        let m = e.at > h.receivedOn ? Month(e.at).index - first : r
        guard m < n else { break }
        let b = max(m, 0) * 8
        delta[b + state.index] -= 1
        delta[b + e.status.index] += 1
        if m >= 0, e.status.isClosed, !state.isClosed {
          closed[m] += 1
          outcome[m * 8 + e.status.index] += 1
          if h.team == .kim { closedKim[m] += 1 } else if h.team == .regular { closedRegular[m] += 1 }
        }
        state = e.status
      }
    }
    var running = Array(repeating: 0, count: 8)
    atEnd = []
    atEnd.reserveCapacity(n)
    for m in 0..<n {
      for s in 0..<8 { running[s] += delta[m * 8 + s] }
      atEnd.append(running)
    }
    closedAs = (0..<n).map { Array(outcome[$0 * 8..<$0 * 8 + 8]) }
  }

  /// Files open (received and not closed) at the end of month `m`.
  public func openAtEnd(_ m: Int) -> Int { CaseStatus.openStages.reduce(0) { $0 + atEnd[m][$1.index] } }
}
