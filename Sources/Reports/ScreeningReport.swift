import CaseModel

/// The stored screenings across the open backlog: how many files are decidable today, waiting
/// only for time (and in which month they mature), have other gaps (by rule), are incomplete,
/// in review, suspended, excluded or not yet screened. Reads the verdict summary that screening
/// keeps on each file (`case_file.verdict`, `eligible_on`, `gap_rules`).
public struct ScreeningReport: ReportContent, Codable, Sendable, Equatable {
  /// One open file's stored verdict.
  public struct Row: Sendable {
    public var verdict: String?
    public var eligibleOn: Day?
    public var gapRules: [String]
    public init(verdict: String?, eligibleOn: Day? = nil, gapRules: [String] = []) {
      self.verdict = verdict
      self.eligibleOn = eligibleOn
      self.gapRules = gapRules
    }
  }
  public struct Count: Codable, Sendable, Equatable {
    public var key: String
    public var count: Int
  }

  public var report = "screening"
  public var office: String
  public var asOf: String
  public var open: Int
  /// decidable_today, waiting_for_time, gaps, incomplete, review, suspended, excluded, not_screened
  public var outcomes: [Count]
  /// Files waiting only for time, by the month they become eligible (`YYYY-MM`).
  public var maturing: [Count]
  /// Open files with a gap under each rule (a file with two gaps counts under both).
  public var gapsByRule: [Count]
  /// True when the as-of date lies before today: the files open then come from their status
  /// histories, but their verdicts are the latest stored screenings, not those of that day.
  public var openFromHistory = false

  enum CodingKeys: String, CodingKey {
    case report, office, asOf = "as_of", open, outcomes, maturing, gapsByRule = "gaps_by_rule", openFromHistory = "open_from_history"
  }

  public static let outcomeKeys = ["decidable_today", "waiting_for_time", "gaps", "incomplete", "review", "suspended", "excluded", "not_screened"]

  public init(_ rows: [Row], request: ReportRequest) {
    office = request.office.rawValue
    asOf = request.asOf.iso
    open = rows.count
    var outcome: [String: Int] = [:]
    var maturing: [Month: Int] = [:]
    var rules: [String: Int] = [:]
    for r in rows {
      let key: String
      switch r.verdict {
      case "eligible": key = "decidable_today"
      case "gaps" where r.eligibleOn != nil && r.eligibleOn! > request.asOf:
        key = "waiting_for_time"
        maturing[Month(r.eligibleOn!), default: 0] += 1
      case "gaps" where r.eligibleOn != nil: key = "decidable_today"  // matured since it was screened
      case let v?: key = v == "suspended" ? "suspended" : v
      case nil: key = "not_screened"
      }
      outcome[key, default: 0] += 1
      for rule in r.gapRules { rules[rule, default: 0] += 1 }
    }
    outcomes = Self.outcomeKeys.map { Count(key: $0, count: outcome[$0] ?? 0) }
    self.maturing = maturing.keys.sorted().map { Count(key: $0.iso, count: maturing[$0]!) }
    gapsByRule = rules.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { Count(key: $0.key, count: $0.value) }
  }
}
