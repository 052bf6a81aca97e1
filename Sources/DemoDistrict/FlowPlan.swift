import CaseModel

/// Yearly intake and closure capacity of one office, scaled to the wanted number of files.
/// Closures follow a queue: the file with (noisy) queue rank r closes on the day the cumulative
/// closure capacity reaches r, so closures per year match the capacity table and the open backlog
/// at `today` is the intake minus the capacity used up to today.
struct FlowPlan: Sendable {
  let office: Office
  let today: Day
  let firstYear: Int
  /// Files received per year (up to `today`), summing to the wanted total.
  let intake: [Int]
  /// Full-year closure capacity and the share of it closed by the kim team, per year.
  let capacity: [Double]
  let kimCapacity: [Double]
  /// Intake volume of the busiest year, used to size the queue noise.
  let scale: Double

  init(office: Office, today: Day, total: Int?) {
    self.office = office
    self.today = today
    let figures = office == .EBH ? DistrictFigures.naturalization : DistrictFigures.duldung
    firstYear = DistrictFigures.firstYear
    let years = Array(firstYear...max(firstYear, today.year))
    let raw = years.map { year -> Double in
      figures.intake(year) * FlowPlan.elapsedFraction(of: year, today: today)
    }
    let rawTotal = raw.reduce(0, +)
    // Before the first year there is nothing to generate.
    let wanted = rawTotal > 0 ? Double(total ?? Int(rawTotal.rounded())) : 0
    let factor = rawTotal > 0 ? wanted / rawTotal : 0
    scale = factor
    intake = FlowPlan.apportion(raw.map { $0 * factor }, total: Int(wanted.rounded()))
    capacity = years.map { figures.closures($0) * factor }
    kimCapacity = years.map { figures.kimClosures($0) * factor }
  }

  /// Fraction of `year` that lies on or before `today`.
  static func elapsedFraction(of year: Int, today: Day) -> Double {
    if year < today.year { return 1 }
    if year > today.year { return 0 }
    let start = Day(year: year, month: 1, day: 1)!
    return Double(start.days(until: today) + 1) / Double(Day.isLeap(year) ? 366 : 365)
  }

  /// Rounds shares to integers that sum to `total` (largest remainder).
  static func apportion(_ shares: [Double], total: Int) -> [Int] {
    var counts = shares.map { Int($0) }
    let order = shares.indices.sorted { shares[$0] - Double(counts[$0]) > shares[$1] - Double(counts[$1]) }
    var missing = total - counts.reduce(0, +)
    var i = 0
    while missing > 0 && !order.isEmpty {
      counts[order[i % order.count]] += 1
      missing -= 1
      i += 1
    }
    return counts
  }

  func yearStart(_ index: Int) -> Day { Day(year: firstYear + index, month: 1, day: 1)! }

  func daysIn(_ index: Int) -> Int { Day.isLeap(firstYear + index) ? 366 : 365 }

  /// The day on which cumulative closures reach `rank`, or nil if that is after `today`.
  func closingDay(rank: Double) -> Day? {
    var before = 0.0
    for i in capacity.indices {
      let cap = capacity[i]
      if cap > 0, rank < before + cap {
        let day = yearStart(i).adding(days: Int((rank - before) / cap * Double(daysIn(i))))
        return day <= today ? day : nil
      }
      before += cap
    }
    return nil
  }

  /// Cumulative closure capacity used up to `today`.
  var closedByToday: Double {
    var total = 0.0
    for i in capacity.indices { total += capacity[i] * FlowPlan.elapsedFraction(of: firstYear + i, today: today) }
    return total
  }

  /// Capacity of the year containing `day` (closures per year).
  func capacity(on day: Day) -> Double {
    capacity[min(max(day.year - firstYear, 0), capacity.count - 1)]
  }

  /// Share of closures made by the module-3 (kim) clerks in the year containing `day`.
  func kimShare(on day: Day) -> Double {
    let i = min(max(day.year - firstYear, 0), capacity.count - 1)
    return capacity[i] > 0 ? kimCapacity[i] / capacity[i] : 0
  }
}
