import CaseModel

/// The Duldung caseload of the immigration office: open files by route candidate (§ 25a, § 25b,
/// § 104c follow-up) with the verdict of each route's stored screening, § 104c permits expiring
/// per month, and follow-up applications made per month.
public struct AbhReport: ReportContent, Codable, Sendable, Equatable {
  public struct File: Sendable {
    public var permit104cTo: Day?
    public var followupOn: Day?
    public init(permit104cTo: Day? = nil, followupOn: Day? = nil) {
      self.permit104cTo = permit104cTo
      self.followupOn = followupOn
    }
  }
  public struct RouteRow: Codable, Sendable, Equatable {
    public var route: String
    public var verdicts: [String: Int]
    public var screened: Int
  }
  public struct MonthCount: Codable, Sendable, Equatable {
    public var month: String
    public var count: Int
  }

  public var report = "abh"
  public var asOf: String
  public var open: Int
  public var routes: [RouteRow]
  public var permits104c: Int
  public var permits104cExpiring: [MonthCount]
  /// Follow-up applications made on or before the as-of date.
  public var followupsMade: Int
  public var followupsByMonth: [MonthCount]
  /// § 104c holders on the as-of date (permit not yet expired) without a follow-up application
  /// made by then.
  public var holdersWithoutFollowup: Int

  enum CodingKeys: String, CodingKey {
    case report, asOf = "as_of", open, routes, permits104c = "permits_104c", permits104cExpiring = "permits_104c_expiring"
    case followupsMade = "followups_made", followupsByMonth = "followups_by_month", holdersWithoutFollowup = "holders_without_followup"
  }

  public static let routes = ["AufenthG-25a", "AufenthG-25b", "AufenthG-104c-followup"]

  /// `files`: the open ABH files; `screenings`: (route, verdict) of their stored screenings.
  public init(_ files: [File], screenings: [(route: String, verdict: String)], request: ReportRequest) {
    self.init(files, open: files.count, screenings: screenings.map { ($0.route, $0.verdict, 1) }, request: request)
  }

  /// `files`: at least the open ABH files with a § 104c permit or a follow-up application (others
  /// add nothing); `open`: the number of open ABH files; `screenings`: their stored screenings
  /// counted by route and verdict.
  public init(_ files: [File], open: Int, screenings: [(route: String, verdict: String, count: Int)], request: ReportRequest) {
    asOf = request.asOf.iso
    self.open = open
    var byRoute: [String: [String: Int]] = [:]
    for s in screenings { byRoute[s.route, default: [:]][s.verdict, default: 0] += s.count }
    routes = Self.routes.map { r in RouteRow(route: r, verdicts: byRoute[r] ?? [:], screened: byRoute[r]?.values.reduce(0, +) ?? 0) }
    var expiring: [Month: Int] = [:], followups: [Month: Int] = [:]
    var holders = 0
    for f in files {
      if let to = f.permit104cTo {
        expiring[Month(to), default: 0] += 1
        if to >= request.asOf, f.followupOn.map({ $0 > request.asOf }) ?? true { holders += 1 }
      }
      if let on = f.followupOn, on <= request.asOf { followups[Month(on), default: 0] += 1 }
    }
    permits104c = files.filter { $0.permit104cTo != nil }.count
    permits104cExpiring = expiring.keys.sorted().map { MonthCount(month: $0.iso, count: expiring[$0]!) }
    followupsMade = files.filter { $0.followupOn.map { $0 <= request.asOf } ?? false }.count
    followupsByMonth = followups.keys.sorted().map { MonthCount(month: $0.iso, count: followups[$0]!) }
    holdersWithoutFollowup = holders
  }
}
