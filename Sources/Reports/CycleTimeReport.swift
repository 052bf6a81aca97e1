import CaseModel
import CaseStore

/// Time from application to decision: days from `received_on` to the entry that grants or refuses
/// the file, for decisions within the period's months; median, 80th and 90th percentile per
/// quarter of the decision, per team, and overall; and the mean days the decided files spent in
/// each open stage. Withdrawals are no decision and are left out; a reopened file decided twice
/// counts with each decision, always from its receipt.
public struct CycleTimeReport: ReportContent, Codable, Sendable, Equatable {
  public struct Group: Codable, Sendable, Equatable {
    public var group: String
    public var days: Percentiles
  }
  public struct Stage: Codable, Sendable, Equatable {
    public var stage: String
    /// Mean days per decided file (files that skipped the stage count with 0), so the stage
    /// means add up to the mean cycle time.
    public var meanDays: Double
    /// Share of decided files that passed through the stage, in %.
    public var sharePercent: Double
    enum CodingKeys: String, CodingKey { case stage, meanDays = "mean_days", sharePercent = "share_percent" }
  }

  public var report = "cycle-time"
  public var office: String
  public var from: String
  public var to: String
  /// The team the report is limited to (absent: all files).
  public var team: String?
  public var overall: Percentiles
  public var quarters: [Group]
  public var teams: [Group]
  public var stages: [Stage]

  public init(_ histories: [FileHistory], request: ReportRequest) {
    office = request.office.rawValue
    from = request.from.iso
    to = request.to.iso
    team = request.team?.rawValue
    let range = request.months
    let (firstMonth, lastMonth) = (range.lowerBound.index, range.upperBound.index)
    var all: [Int] = []
    // By quarter (index year * 4 + quarter) and by team (kim, regular, none), named at the end.
    var byQuarter: [Int: [Int]] = [:]
    var byTeam: [[Int]] = [[], [], []]
    var stageDays = Array(repeating: 0, count: 8)
    var stageFiles = Array(repeating: 0, count: 8)
    // One pair of arrays for every file, reset per file.
    var spent = Array(repeating: 0, count: 8)
    var seen = Array(repeating: false, count: 8)
    for h in histories {
      var state = CaseStatus.received
      var since = h.receivedOn
      for s in 0..<8 {
        spent[s] = 0
        seen[s] = false
      }
      seen[0] = true
      for e in h.events {
        let at = max(e.at, h.receivedOn)
        if !state.isClosed { spent[state.index] += since.days(until: at) }
        if e.status == .granted || e.status == .refused, !state.isClosed {
          let month = Month(at).index
          if month >= firstMonth, month <= lastMonth {
            let days = h.receivedOn.days(until: at)
            all.append(days)
            byQuarter[month / 3, default: []].append(days)
            byTeam[h.team == .kim ? 0 : h.team == .regular ? 1 : 2].append(days)
            for s in 0..<5 {
              stageDays[s] += spent[s]
              if seen[s] { stageFiles[s] += 1 }
            }
          }
        }
        since = at
        state = e.status
        seen[state.index] = true
      }
    }
    overall = Percentiles(all)
    quarters = byQuarter.map { (Month(index: $0.key * 3).quarter, $0.value) }.sorted { $0.0 < $1.0 }
      .map { Group(group: $0.0, days: Percentiles($0.1)) }
    teams = zip(["kim", "regular", "none"], byTeam).filter { !$0.1.isEmpty }.map { Group(group: $0.0, days: Percentiles($0.1)) }
    let n = Double(max(all.count, 1))
    stages = CaseStatus.openStages.map {
      Stage(stage: $0.rawValue, meanDays: Double(stageDays[$0.index]) / n, sharePercent: Double(stageFiles[$0.index]) * 100 / n)
    }
  }
}
