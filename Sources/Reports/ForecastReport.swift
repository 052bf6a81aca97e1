import CaseModel

/// When today's backlog is cleared at the recent pace. A Monte Carlo simulation draws weekly
/// closures (with replacement) from the last 26 weeks until the files open on the as-of date
/// are used up; the 50th and 85th percentile of the weeks needed give the dates. Beside it,
/// Little's law: open files / mean weekly closures. One more (or one fewer) clerk scales every
/// drawn week by (clerks ± 1) / clerks, clerks being those who closed files in the window.
///
/// Assumes the recent closures go to today's backlog; new intake competing for the same clerks
/// is not modelled, so the dates are the earliest plausible ones.
public struct ForecastReport: Codable, Sendable, Equatable {
  public struct Scenario: Codable, Sendable, Equatable {
    public var scenario: String
    public var clerks: Int
    public var weeks50: Int?
    public var weeks85: Int?
    public var clearedBy50: String?
    public var clearedBy85: String?
    enum CodingKeys: String, CodingKey {
      case scenario, clerks, weeks50 = "weeks_50", weeks85 = "weeks_85", clearedBy50 = "cleared_by_50", clearedBy85 = "cleared_by_85"
    }
  }

  public var report = "forecast"
  public var office: String
  public var asOf: String
  public var seed: UInt64
  public var trials: Int
  public var open: Int
  /// Closures per week, oldest week first; the last week ends on the as-of date.
  public var weeklyClosures: [Int]
  public var meanWeekly: Double
  public var littlesLawWeeks: Double?
  public var littlesLawDate: String?
  public var scenarios: [Scenario]

  enum CodingKeys: String, CodingKey {
    case report, office, asOf = "as_of", seed, trials, open, weeklyClosures = "weekly_closures", meanWeekly = "mean_weekly"
    case littlesLawWeeks = "littles_law_weeks", littlesLawDate = "littles_law_date", scenarios
  }

  public static let windowWeeks = 26
  /// Simulations stop after ten years: beyond that the answer is "not in sight".
  public static let horizonWeeks = 520

  public init(_ histories: [FileHistory], request: ReportRequest, clerks: Int, seed: UInt64 = 2026, trials: Int = 10_000) {
    let day = request.asOf
    office = request.office.rawValue
    asOf = day.iso
    self.seed = seed
    self.trials = trials
    let windowStart = day.adding(days: -7 * Self.windowWeeks)  // exclusive
    var weeks = Array(repeating: 0, count: Self.windowWeeks)
    var openCount = 0
    for h in histories {
      if h.isOpen(on: day) { openCount += 1 }
      for c in h.closures() where c.at > windowStart && c.at <= day {
        weeks[(windowStart.days(until: c.at) - 1) / 7] += 1
      }
    }
    open = openCount
    weeklyClosures = weeks
    meanWeekly = Double(weeks.reduce(0, +)) / Double(Self.windowWeeks)
    littlesLawWeeks = meanWeekly > 0 ? Double(openCount) / meanWeekly : nil
    littlesLawDate = littlesLawWeeks.map { day.adding(days: Int(saturating: ($0 * 7).rounded(.up))).iso }
    let c = max(clerks, 1)
    let plan: [(String, Int)] = [("current", c), ("one_more_clerk", c + 1)] + (c > 1 ? [("one_fewer_clerk", c - 1)] : [])
    scenarios = plan.map { name, n in
      let factor = Double(n) / Double(c)
      let (w50, w85) = Self.simulate(open: openCount, weeks: weeks.map { Double($0) * factor }, seed: seed, trials: trials)
      return Scenario(scenario: name, clerks: n, weeks50: w50, weeks85: w85,
                      clearedBy50: w50.map { day.adding(days: 7 * $0).iso }, clearedBy85: w85.map { day.adding(days: 7 * $0).iso })
    }
  }

  /// Weeks needed in 50 % and 85 % of the trials; nil when the backlog is not cleared within the
  /// horizon in that share of trials (or no closures were seen at all).
  static func simulate(open: Int, weeks: [Double], seed: UInt64, trials: Int) -> (Int?, Int?) {
    if open == 0 { return (0, 0) }
    guard weeks.contains(where: { $0 > 0 }), trials > 0 else { return (nil, nil) }
    var rng = SplitMix64(seed: seed)
    var needed: [Int] = []
    needed.reserveCapacity(trials)
    for _ in 0..<trials {
      var left = Double(open)
      var n = 0
      while left > 0, n < horizonWeeks {
        left -= weeks[rng.below(weeks.count)]
        n += 1
      }
      needed.append(left > 0 ? Int.max : n)
    }
    needed.sort()
    func rank(_ p: Double) -> Int? {
      let v = needed[max(0, Int((p * Double(trials)).rounded(.up)) - 1)]
      return v == Int.max ? nil : v
    }
    return (rank(0.5), rank(0.85))
  }
}
