import CaseExchange
import CaseModel
import CaseStore

/// Two forecasts from the last 26 weeks.
///
/// 1. When the files open today are decided (`scenarios`, `littles_law_*`): a Monte Carlo
///    simulation draws weekly closures (with replacement) until the files open on the as-of date
///    are used up; the 50th and 85th percentile of the weeks needed give the dates. Beside it,
///    Little's law: open files / mean weekly closures. New intake is left out, so this is not
///    when the backlog is gone.
/// 2. Where the backlog goes (`outlook`, `backlog_scenarios`, `trend`): the same weeks drawn as
///    pairs of intake and closures (jointly, so seasonality and their correlation stay), the open
///    files of each trial carried forward; the distribution of the backlog in 3, 6, 12 and 24
///    months, the probability that it meets the target (`ForecastTarget`) by then, and the date
///    it meets it (50 %, 85 %). See `ForecastReport+Outlook.swift`.
///
/// One more (or one fewer) clerk scales every drawn week's closures (never the intake) by
/// (clerks ± 1) / clerks, clerks being those who closed files in the window.
public struct ForecastReport: ReportContent, Codable, Sendable, Equatable {
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
  /// Files received per week, oldest week first (same weeks as `weeklyClosures`).
  public var weeklyIntake: [Int]
  public var meanWeeklyIntake: Double
  public var target: ForecastTarget
  /// The target's value today (e.g. the files received in the last 13 weeks).
  public var targetToday: Int
  public var outlook: [Horizon]
  public var backlogScenarios: [Scenario]
  /// `at_target`, `shrinking` or `not_shrinking` (the median backlog in 12 months is not below
  /// today's, or the target is not met within ten years in half the trials).
  public var trend: String

  enum CodingKeys: String, CodingKey {
    case report, office, asOf = "as_of", seed, trials, open, weeklyClosures = "weekly_closures", meanWeekly = "mean_weekly"
    case littlesLawWeeks = "littles_law_weeks", littlesLawDate = "littles_law_date", scenarios
    case weeklyIntake = "weekly_intake", meanWeeklyIntake = "mean_weekly_intake", target, targetToday = "target_today", outlook
    case backlogScenarios = "backlog_scenarios", trend
  }

  public static let windowWeeks = 26
  /// Simulations stop after ten years: beyond that the answer is "not in sight".
  public static let horizonWeeks = 520

  public init(
    _ histories: [FileHistory], request: ReportRequest, clerks: Int, seed: UInt64 = 2026, trials: Int = 10_000,
    target: ForecastTarget? = nil
  ) {
    let day = request.asOf
    office = request.office.rawValue
    asOf = day.iso
    self.seed = seed
    self.trials = trials
    let windowStart = day.adding(days: -7 * Self.windowWeeks)  // exclusive
    var weeks = Array(repeating: 0, count: Self.windowWeeks)
    var intake = weeks
    var openCount = 0
    for h in histories {
      if h.isOpen(on: day) { openCount += 1 }
      if h.receivedOn > windowStart, h.receivedOn <= day { intake[(windowStart.days(until: h.receivedOn) - 1) / 7] += 1 }
      h.forEachClosure { c in
        if c.at > windowStart && c.at <= day { weeks[(windowStart.days(until: c.at) - 1) / 7] += 1 }
      }
    }
    open = openCount
    weeklyClosures = weeks
    meanWeekly = Double(weeks.reduce(0, +)) / Double(Self.windowWeeks)
    littlesLawWeeks = meanWeekly > 0 ? Double(openCount) / meanWeekly : nil
    littlesLawDate = littlesLawWeeks.map { day.adding(days: Int(saturating: ($0 * 7).rounded(.up))).iso }
    let c = max(clerks, 1)
    let plan: [(String, Int)] = [("current", c), ("one_more_clerk", c + 1)] + (c > 1 ? [("one_fewer_clerk", c - 1)] : [])
    weeklyIntake = intake
    meanWeeklyIntake = Double(intake.reduce(0, +)) / Double(Self.windowWeeks)
    let target = target ?? request.forecastTarget
    self.target = target
    let outlook = Outlook(open: openCount, intake: intake, closures: weeks, target: target, seed: seed, trials: trials)
    targetToday = outlook.targetToday
    // The simulations are independent, each drawing from its own seeded generator: both cores
    // run them (the same draws, the same figures). Per scenario the forecast of today's files and
    // the clearing with intake (today's staff, factor 1, also gives the outlook's probabilities),
    // then the outlook's levels.
    let (open, closures) = (openCount, weeks)
    let runs = Parallel.map(Array(0...(2 * plan.count)), chunkSize: 1) { job -> Simulated in
      guard job < 2 * plan.count else { return .levels(outlook.levels(at: Self.horizons.map(\.weeks))) }
      let factor = Double(plan[job / 2].1) / Double(c)
      if job % 2 == 1 { return .cleared(outlook.clearing(factor: factor)) }
      let (w50, w85) = Self.simulate(open: open, weeks: closures.map { Double($0) * factor }, seed: seed, trials: trials)
      return .weeks(w50, w85)
    }
    func scenario(_ i: Int, _ w50: Int?, _ w85: Int?) -> Scenario {
      Scenario(scenario: plan[i].0, clerks: plan[i].1, weeks50: w50, weeks85: w85,
               clearedBy50: w50.map { day.adding(days: 7 * $0).iso }, clearedBy85: w85.map { day.adding(days: 7 * $0).iso })
    }
    var current = Draws(values: [], trials: trials)
    var levels: [Draws] = []
    (scenarios, backlogScenarios) = ([], [])
    for (job, run) in runs.enumerated() {
      switch run {
      case .weeks(let w50, let w85): scenarios.append(scenario(job / 2, w50, w85))
      case .cleared(let cleared):
        if plan[job / 2].1 == c { current = cleared }
        backlogScenarios.append(scenario(job / 2, cleared.rank(0.5), cleared.rank(0.85)))
      case .levels(let l): levels = l
      }
    }
    self.outlook = zip(Self.horizons, levels).map { h, values in
      Horizon(
        months: h.months, weeks: h.weeks, on: day.adding(days: 7 * h.weeks).iso, p10: values.rank(0.1) ?? 0, p50: values.rank(0.5) ?? 0,
        p90: values.rank(0.9) ?? 0, probabilityAtTargetPercent: current.share(atMost: h.weeks) * 100)
    }
    let median12 = self.outlook.first { $0.months == 12 }?.p50 ?? openCount
    // Not shrinking: the median backlog in a year is not below today's, or the target is not met
    // within ten years (a backlog losing a few files a year is not being worked off).
    trend = openCount <= targetToday ? "at_target" : median12 < openCount && backlogScenarios.first?.weeks50 != nil ? "shrinking" : "not_shrinking"
  }

  /// The backlog's distribution at one horizon.
  public struct Horizon: Codable, Sendable, Equatable {
    public var months: Int
    public var weeks: Int
    public var on: String
    public var p10: Int
    public var p50: Int
    public var p90: Int
    /// Share of the trials in which the backlog met the target on or before `on`, in per cent.
    public var probabilityAtTargetPercent: Double
    enum CodingKeys: String, CodingKey {
      case months, weeks, on, p10, p50, p90, probabilityAtTargetPercent = "probability_at_target_percent"
    }
  }

  /// 3, 6, 12 and 24 months as whole weeks.
  public static let horizons: [(months: Int, weeks: Int)] = [(3, 13), (6, 26), (12, 52), (24, 104)]

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
