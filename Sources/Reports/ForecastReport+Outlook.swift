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
    var out: [Int] = []
    out.reserveCapacity(trials)
    let recent = self.recent
    for _ in 0..<trials {
      var ring = recent, slot = 0, sum = recent.reduce(0, +)
      var left = Double(open)
      var n = 0
      while left > Double(target.value(recentIntake: sum)), n < ForecastReport.horizonWeeks {
        let k = rng.below(closures.count)
        left = max(0, left + Double(intake[k]) - scaled[k])
        if !ring.isEmpty {
          sum += intake[k] - ring[slot]
          ring[slot] = intake[k]
          slot = (slot + 1) % ring.count
        }
        n += 1
      }
      out.append(left > Double(target.value(recentIntake: sum)) ? Int.max : n)
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
