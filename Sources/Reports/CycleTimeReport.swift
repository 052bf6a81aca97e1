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
    var all: [Int] = []
    var byQuarter: [String: [Int]] = [:]
    var byTeam: [String: [Int]] = [:]
    var stageDays = Array(repeating: 0, count: 8)
    var stageFiles = Array(repeating: 0, count: 8)
    for h in histories {
      var state = CaseStatus.received
      var since = h.receivedOn
      var spent = Array(repeating: 0, count: 8)
      var seen = Array(repeating: false, count: 8)
      seen[0] = true
      for e in h.events {
        let at = max(e.at, h.receivedOn)
        if !state.isClosed { spent[state.index] += since.days(until: at) }
        if (e.status == .granted || e.status == .refused), !state.isClosed, range.contains(Month(at)) {
          let days = h.receivedOn.days(until: at)
          all.append(days)
          byQuarter[Month(at).quarter, default: []].append(days)
          byTeam[h.team?.rawValue ?? "none", default: []].append(days)
          for s in 0..<5 {
            stageDays[s] += spent[s]
            if seen[s] { stageFiles[s] += 1 }
          }
        }
        since = at
        state = e.status
        seen[state.index] = true
      }
    }
    overall = Percentiles(all)
    quarters = byQuarter.keys.sorted().map { Group(group: $0, days: Percentiles(byQuarter[$0]!)) }
    teams = ["kim", "regular", "none"].compactMap { t in byTeam[t].map { Group(group: t, days: Percentiles($0)) } }
    let n = Double(max(all.count, 1))
    stages = CaseStatus.openStages.map {
      Stage(stage: $0.rawValue, meanDays: Double(stageDays[$0.index]) / n, sharePercent: Double(stageFiles[$0.index]) * 100 / n)
    }
  }
}
