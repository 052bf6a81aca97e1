import CaseModel

/// The simulation of the backlog with intake: every simulated week draws one of the recent weeks
/// (with replacement) and takes both its intake and its closures, so a week with many closures
/// and many applications (after the summer break, say) stays one week. The open files of a
/// trial never fall below zero. The target is checked every week against the trial's own
/// intake of the last weeks (the first weeks look back on the real ones).
struct Outlook {
  let open: Int
  let intake: [Int]
  let closures: [Int]
  let target: ForecastTarget
  let seed: UInt64
  let trials: Int

  /// The real intake of the target's look-back weeks, oldest first.
  var recent: [Int] { Array(intake.suffix(target.weeks)) }
  var targetToday: Int { target.value(recentIntake: recent.reduce(0, +)) }

  /// Weeks until the backlog first meets the target, in every trial (`Int.max` when not within
  /// `ForecastReport.horizonWeeks`). Draws exactly as the forecast of today's files does (same
  /// seed, one draw a week, stopping when done), so with no intake both give the same weeks.
  func clearing(factor: Double) -> Draws {
    guard closures.contains(where: { $0 > 0 }) || open <= targetToday, trials > 0, !closures.isEmpty else {
      return Draws(values: [], trials: trials)
    }
    var rng = SplitMix64(seed: seed)
    let scaled = closures.map { Double($0) * factor }
    let intakeDouble = intake.map { Double($0) }
    let recent = self.recent
    let start = recent.reduce(0, +)
    // A fixed target does not move with the intake; otherwise it is the ring's sum.
    let fixed: Double? = if case .openAtMost(let n) = target { Double(n) } else { nil }
    let (count, horizon, slots) = (closures.count, ForecastReport.horizonWeeks, recent.count)
    var ring = recent
    var out: [Int] = []
    out.reserveCapacity(trials)
    // The same arithmetic as week by week on the arrays, on their buffers (no bounds checks, no
    // modulo, the target read once per week): the same draws give the same weeks.
    intake.withUnsafeBufferPointer { intake in
      intakeDouble.withUnsafeBufferPointer { intakeDouble in
        scaled.withUnsafeBufferPointer { scaled in
          ring.withUnsafeMutableBufferPointer { ring in
            for _ in 0..<trials {
              for i in 0..<slots { ring[i] = recent[i] }
              var slot = 0, sum = start
              var left = Double(open)
              var limit = fixed ?? Double(sum)
              var n = 0
              while left > limit, n < horizon {
                let k = rng.below(count)
                left = max(0, left + intakeDouble[k] - scaled[k])
                if slots > 0 {
                  sum += intake[k] - ring[slot]
                  ring[slot] = intake[k]
                  slot += 1
                  if slot == slots { slot = 0 }
                  if fixed == nil { limit = Double(sum) }
                }
                n += 1
              }
              out.append(left > limit ? Int.max : n)
            }
          }
        }
      }
    }
    return Draws(values: out, trials: trials)
  }

  /// The open files at each of `weeks` (ascending) in every trial, with today's staff.
  func levels(at weeks: [Int]) -> [Draws] {
    guard let last = weeks.last, trials > 0, !closures.isEmpty else { return weeks.map { _ in Draws(values: [open], trials: 1) } }
    var rng = SplitMix64(seed: seed &+ 1)
    var out = weeks.map { _ in [Int]() }
    for _ in 0..<trials {
      var left = open
      var h = 0
      for w in 1...last {
        let k = rng.below(closures.count)
        left = max(0, left + intake[k] - closures[k])
        if w == weeks[h] {
          out[h].append(left)
          h += 1
        }
      }
    }
    return out.map { Draws(values: $0, trials: trials) }
  }
}

/// One simulation's result (`ForecastReport.init` runs them in parallel).
enum Simulated: Sendable {
  case weeks(Int?, Int?)
  case cleared(Draws)
  case levels([Draws])
}

/// The outcomes of the trials, sorted once.
struct Draws {
  let sorted: [Int]
  let trials: Int
  init(values: [Int], trials: Int) {
    sorted = values.sorted()
    self.trials = trials
  }

  /// Nearest rank; nil when empty or when the rank lies beyond the horizon (`Int.max`).
  func rank(_ p: Double) -> Int? {
    guard !sorted.isEmpty else { return nil }
    let v = sorted[max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1)]
    return v == Int.max ? nil : v
  }

  /// Share of trials with a value at most `limit`.
  func share(atMost limit: Int) -> Double {
    guard !sorted.isEmpty else { return 0 }
    var lo = 0, hi = sorted.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if sorted[mid] <= limit { lo = mid + 1 } else { hi = mid }
    }
    return Double(lo) / Double(sorted.count)
  }
}
