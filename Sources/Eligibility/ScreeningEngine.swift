import CaseModel
import Checklists

/// Pure screening: (file, as-of day, compiled checklists) -> `Screening`. No clock, no I/O.
///
///     let engine = try ScreeningEngine(checklists: ChecklistLoader.load(directory: dir))
///     let results = engine.screen(file, asOf: day)   // one per route screened
public struct ScreeningEngine: Sendable {
  public let compiled: CompiledChecklists
  /// The evidence of `documents.yaml` by id (D01-D19), for letters and document checklists.
  public let documents: [String: DocumentDefinition]
  /// Every rule of `checklists/` by id (titles, documents, the outcome each version declares).
  public let rules: [String: Rule]
  public var rulesetVersion: String { compiled.version }
  /// What case management reads for a referred gap, by rule id (`referral-reasons.yaml`).
  public var referralReasons: [String: ReferralReason] { checklists.referralReasons }

  /// What the engine was compiled from (see `independentCopy`).
  let checklists: ChecklistSet

  public init(checklists: ChecklistSet) throws {
    compiled = try CompiledChecklists(checklists)
    documents = Dictionary(checklists.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    rules = checklists.rulesByID
    self.checklists = checklists
  }

  /// The same engine compiled once more, sharing none of its plans with this one. Bulk
  /// screening gives each piece of work its own: objects that two cores retain and release at
  /// the same time (plan steps, rule texts, the rule-set version) make them wait for each other.
  func independentCopy() -> ScreeningEngine {
    (try? ScreeningEngine(checklists: checklists)) ?? self
  }

  /// Who can close the rule's gap under the version in force on `day` (the `fix` of rules.yaml):
  /// tells, for a fact not recorded, whether the person could bring it.
  public func declaredFix(rule: String, on day: Day) -> Fix? {
    rules[rule]?.version(on: day)?.unmet.fix
  }

  /// Loads and compiles `directory`, or `BACKLOG_CHECKLISTS`, or `checklists/` in the working directory.
  public static func load(directory: String? = nil, environment: [String: String] = [:]) throws -> ScreeningEngine {
    try ScreeningEngine(checklists: ChecklistLoader.load(directory: directory ?? ChecklistLoader.defaultDirectory(environment: environment)))
  }

  /// ABH routes screened for an ABH file without a route.
  public static let abhRoutes: [Route] = [.aufenthG25a, .aufenthG25b, .aufenthG104cFollowup]

  /// The file's own route (EBH default `StAG-10`); for an ABH file without a route every ABH
  /// route, each marked with the best of them in `bestRoute`.
  public func screen(_ file: CaseFile, asOf: Day) -> [Screening] {
    if let route = file.route { return [screen(file, route: route, asOf: asOf)] }
    if file.office == .EBH { return [screen(file, route: .stag10, asOf: asOf)] }
    var memo = Memo()
    var all = Self.abhRoutes.map { screen(file, route: $0, asOf: asOf, memo: &memo) }
    guard let best = all.min(by: { Self.rank($0) < Self.rank($1) })?.route else { return all }
    for i in all.indices { all[i].bestRoute = best }
    return all
  }

  public func screen(_ file: CaseFile, route: Route, asOf: Day) -> Screening {
    var memo = Memo()
    return screen(file, route: route, asOf: asOf, memo: &memo)
  }

  func screen(_ file: CaseFile, route: Route, asOf: Day, memo: inout Memo) -> Screening {
    let ev = evaluate(file, route: route, on: asOf, memo: &memo)
    var until: Day?  // the earliest deadline (none for an excluded file)
    if ev.verdict != .excluded {
      for i in ev.findings.indices { if let d = ev.findings[i].deadline { until = min(until ?? d, d) } }
    }
    return Screening(
      fileNo: file.fileNo, route: route, asOf: asOf, verdict: ev.verdict,
      eligibleOn: eligibleOn(file, route: route, asOf: asOf, first: ev, box: memo.box(file)), eligibleUntil: until,
      bestRoute: ev.subRoute, findings: ev.findings, rulesetVersion: compiled.version)
  }

  // MARK: - Evaluation

  struct Evaluation {
    var findings: [Finding]
    var verdict: Verdict
    var subRoute: Route?
  }

  /// Findings of the routes already evaluated for one file on one day (the follow-up route
  /// reuses those of § 25a and § 25b).
  /// (A few fixed slots, not an array: a file has at most three routes, and a new array of this
  /// element type looked up its generic metadata under a lock on every screening.)
  struct Memo {
    struct Slot {
      var route: Route
      var findings: [Finding]
    }
    var slots: (Slot?, Slot?, Slot?) = (nil, nil, nil)
    var boxed: EvalContext.FileBox?

    func findings(for r: Route) -> [Finding]? {
      if let s = slots.0, s.route == r { return s.findings }
      if let s = slots.1, s.route == r { return s.findings }
      if let s = slots.2, s.route == r { return s.findings }
      return nil
    }

    mutating func remember(_ findings: [Finding], for r: Route) {
      let slot = Slot(route: r, findings: findings)
      if slots.0 == nil { slots.0 = slot } else if slots.1 == nil { slots.1 = slot } else { slots.2 = slot }
    }

    mutating func box(_ file: CaseFile) -> EvalContext.FileBox {
      if let b = boxed { return b }
      let b = EvalContext.FileBox(file)
      boxed = b
      return b
    }
  }

  func evaluate(_ file: CaseFile, route: Route, on day: Day) -> Evaluation {
    var memo = Memo()
    return evaluate(file, route: route, on: day, memo: &memo)
  }

  func evaluate(_ file: CaseFile, route: Route, on day: Day, memo: inout Memo) -> Evaluation {
    func run(_ r: Route) -> [Finding] {
      if let f = memo.findings(for: r) { return f }
      let f = compiled.plan(r, on: day).run(EvalContext(box: memo.box(file), asOf: day, route: r))
      memo.remember(f, for: r)
      return f
    }
    var findings = run(route)
    var sub: Route?
    if route == .aufenthG104cFollowup {
      // The follow-up's verdict is that of the better of § 25a and § 25b (spec section 1).
      let options = [Route.aufenthG25a, .aufenthG25b].map { r in (r, run(r)) }
      let best = options.min { a, b in
        Self.rank(Verdict(findings: a.1), a.1) < Self.rank(Verdict(findings: b.1), b.1)
      }!
      sub = best.0
      findings += best.1
    }
    return Evaluation(findings: findings, verdict: Verdict(findings: findings), subRoute: sub)
  }

  /// The first day the file is eligible if no fact changes: follows time-bound gaps and
  /// exclusions to their `until` and re-screens under the law in force on that day; a change of
  /// the law before that day (e.g. 5 instead of 8 years from 27.06.2024) is tried first.
  func eligibleOn(_ file: CaseFile, route: Route, asOf: Day, first: Evaluation, box: EvalContext.FileBox) -> Day? {
    if first.verdict == .eligible || first.verdict == .review { return asOf }
    var current = first
    var day = asOf
    for _ in 0..<16 {
      let horizon = Self.timeHorizon(current.findings)
      let change = compiled.nextChange(for: route, after: day)
      guard let next = horizon.map({ min($0, change ?? $0) }) ?? change, next > day else { return nil }
      day = next
      var probe = Memo()
      probe.boxed = box
      current = evaluate(file, route: route, on: day, memo: &probe)
      if current.verdict == .eligible || current.verdict == .review { return day }
    }
    return nil
  }

  /// The latest `until` if every open finding ends by time alone; nil otherwise.
  static func timeHorizon(_ findings: [Finding]) -> Day? {
    var horizon: Day?
    for i in findings.indices {
      switch findings[i].outcome {
      case .met, .notApplicable, .review: continue
      case .gap where findings[i].fix == .time, .excluded:
        guard let u = findings[i].until else { return nil }
        horizon = max(horizon ?? u, u)
      default: return nil
      }
    }
    return horizon
  }

  // MARK: - Ranking routes

  static func rank(_ v: Verdict, _ findings: [Finding]) -> Int {
    switch v {
    case .eligible: return 0
    case .review: return 1
    case .gaps: return timeHorizon(findings) != nil ? 2 : 4
    case .incomplete: return 3
    case .suspended: return 5
    case .excluded: return 6
    }
  }

  static func rank(_ s: Screening) -> (Int, Int32) {
    (rank(s.verdict, s.findings), s.eligibleOn?.ordinal ?? Int32.max)
  }
}
