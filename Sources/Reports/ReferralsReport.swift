import CaseModel

/// The referral bridge to municipal case management (module 2) in figures: per month the
/// referrals sent, accepted, declined, resolved, returned and withdrawn, and those open at the
/// month's end; days from sending to resolution (median, 80th percentile); the share resolved;
/// per rule the referrals that carried a gap under it and the gaps found closed; per
/// municipality counts only. Aggregates only: no names, no file numbers.
///
/// - Only referrals that reached case management count (`sent_on` set); drafts never sent and
///   withdrawn are internal.
/// - A month's `declined`, `resolved`, `returned` and `withdrawn` count the referrals now in that
///   state that ended in the month (by the day they ended).
/// - `open_at_end`: sent on or before the month's last day and not ended by then.
/// - `days_to_resolve`: over the referrals resolved within the period's months.
/// - `share_resolved_percent`: of the referrals that ended within the period's months, the share
///   resolved (the rest were declined, returned or withdrawn).
/// - Rules: `referrals` counts the referrals sent in the period that carried a gap under the
///   rule; `gaps_closed` the gaps under it that the re-screening after a return found met, by the
///   day it did, within the period.
public struct ReferralsReport: ReportContent, Codable, Sendable, Equatable {
  public enum State: String, Sendable {
    case proposed, sent, accepted, declined
    case inProgress = "in_progress"
    case resolved, returned, withdrawn
  }

  /// One referral as the report needs it (read by `ReferralLoader`).
  public struct Referral: Sendable {
    public var municipality: String
    public var state: State
    public var sentOn: Day
    public var acceptedOn: Day?
    /// The day it ended (declined, resolved, returned, withdrawn); nil while open.
    public var closedOn: Day?
    public var dueOn: Day?
    public var gaps: [Gap]

    public init(
      municipality: String, state: State, sentOn: Day, acceptedOn: Day? = nil, closedOn: Day? = nil, dueOn: Day? = nil,
      gaps: [Gap] = []
    ) {
      self.municipality = municipality
      self.state = state
      self.sentOn = sentOn
      self.acceptedOn = acceptedOn
      self.closedOn = closedOn
      self.dueOn = dueOn
      self.gaps = gaps
    }

    /// Whether it was sent and not yet ended at the end of `day`.
    func isOpen(on day: Day) -> Bool { sentOn <= day && (closedOn.map { $0 > day } ?? true) }
  }

  public struct Gap: Sendable {
    public var rule: String
    public var closedOn: Day?
    public init(rule: String, closedOn: Day? = nil) {
      self.rule = rule
      self.closedOn = closedOn
    }
  }

  public struct Counts: Codable, Sendable, Equatable {
    public var sent = 0, accepted = 0, declined = 0, resolved = 0, returned = 0, withdrawn = 0
    public init() {}
  }

  public struct MonthRow: Codable, Sendable, Equatable {
    public var month: String
    public var sent, accepted, declined, resolved, returned, withdrawn: Int
    public var openAtEnd: Int
    enum CodingKeys: String, CodingKey { case month, sent, accepted, declined, resolved, returned, withdrawn, openAtEnd = "open_at_end" }

    init(month: String, counts c: Counts, openAtEnd: Int) {
      self.month = month
      (sent, accepted, declined, resolved, returned, withdrawn) = (c.sent, c.accepted, c.declined, c.resolved, c.returned, c.withdrawn)
      self.openAtEnd = openAtEnd
    }
  }

  public struct RuleRow: Codable, Sendable, Equatable {
    public var rule: String
    public var referrals: Int
    public var gapsClosed: Int
    enum CodingKeys: String, CodingKey { case rule, referrals, gapsClosed = "gaps_closed" }
  }

  public struct MunicipalityRow: Codable, Sendable, Equatable {
    public var municipality: String
    public var sent: Int
    public var resolved: Int
    public var returned: Int
    public var open: Int
  }

  public var report = "referrals"
  public var office: String
  public var from: String
  public var to: String
  public var asOf: String
  public var months: [MonthRow]
  /// The months' counts added up.
  public var totals: Counts
  public var daysToResolve: Percentiles
  public var shareResolvedPercent: Double?
  /// Referrals open at the end of the as-of day, of which waiting to be accepted and past due.
  public var open: Int
  public var openNotAccepted: Int
  public var overdue: Int
  public var rules: [RuleRow]
  public var municipalities: [MunicipalityRow]

  enum CodingKeys: String, CodingKey {
    case report, office, from, to, asOf = "as_of", months, totals, daysToResolve = "days_to_resolve"
    case shareResolvedPercent = "share_resolved_percent", open, openNotAccepted = "open_not_accepted", overdue, rules, municipalities
  }

  public init(_ referrals: [Referral], request: ReportRequest) {
    office = request.office.rawValue
    from = request.from.iso
    to = request.to.iso
    asOf = request.asOf.iso
    let range = request.months
    let first = range.lowerBound
    func slot(_ day: Day?) -> Int? { day.flatMap { range.contains(Month($0)) ? first.distance(to: Month($0)) : nil } }
    var counts = Array(repeating: Counts(), count: range.count)
    var days: [Int] = []
    var rules: [String: RuleRow] = [:]
    var places: [String: MunicipalityRow] = [:]
    for r in referrals {
      var place = places[r.municipality] ?? MunicipalityRow(municipality: r.municipality, sent: 0, resolved: 0, returned: 0, open: 0)
      if let m = slot(r.sentOn) {
        counts[m].sent += 1
        place.sent += 1
        for g in r.gaps { rules[g.rule, default: RuleRow(rule: g.rule, referrals: 0, gapsClosed: 0)].referrals += 1 }
      }
      if let m = slot(r.acceptedOn) { counts[m].accepted += 1 }
      if let m = slot(r.closedOn) {
        switch r.state {
        case .declined: counts[m].declined += 1
        case .resolved:
          counts[m].resolved += 1
          place.resolved += 1
          days.append(r.sentOn.days(until: max(r.sentOn, r.closedOn!)))
        case .returned:
          counts[m].returned += 1
          place.returned += 1
        case .withdrawn: counts[m].withdrawn += 1
        case .proposed, .sent, .accepted, .inProgress: break
        }
      }
      for g in r.gaps where slot(g.closedOn) != nil {
        rules[g.rule, default: RuleRow(rule: g.rule, referrals: 0, gapsClosed: 0)].gapsClosed += 1
      }
      if r.isOpen(on: request.asOf) { place.open += 1 }
      places[r.municipality] = place
    }
    months = range.enumerated().map { i, month in
      MonthRow(month: month.iso, counts: counts[i], openAtEnd: referrals.reduce(0) { $0 + ($1.isOpen(on: month.lastDay) ? 1 : 0) })
    }
    totals = counts.reduce(into: Counts()) { t, c in
      t.sent += c.sent
      t.accepted += c.accepted
      t.declined += c.declined
      t.resolved += c.resolved
      t.returned += c.returned
      t.withdrawn += c.withdrawn
    }
    daysToResolve = Percentiles(days)
    let ended = totals.resolved + totals.returned + totals.declined + totals.withdrawn
    shareResolvedPercent = ended > 0 ? Double(totals.resolved) * 100 / Double(ended) : nil
    let openNow = referrals.filter { $0.isOpen(on: request.asOf) }
    open = openNow.count
    openNotAccepted = openNow.filter { r in r.acceptedOn.map { $0 > request.asOf } ?? true }.count
    overdue = openNow.filter { r in r.dueOn.map { $0 < request.asOf } ?? false }.count
    self.rules = rules.values.sorted { ($1.referrals, $1.gapsClosed, $0.rule) < ($0.referrals, $0.gapsClosed, $1.rule) }
    municipalities = places.values.filter { $0.sent + $0.resolved + $0.returned + $0.open > 0 }.sorted { $0.municipality < $1.municipality }
  }
}
