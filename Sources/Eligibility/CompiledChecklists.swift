import CaseModel
import Checklists

/// The checklists compiled once into evaluation plans: for every period in which no rule version
/// and no parameter value changes, one plan per route whose steps are closures with their
/// parameter values bound. Screening a file looks up the period (binary search) and runs the steps.
public struct CompiledChecklists: Sendable {
  public let version: String
  let starts: [Day]
  let periods: [[RoutePlan]]
  /// Per route, the days on which its rules or their parameter values actually change.
  let changes: [Route: [Day]]

  /// Compiles every route for every period; fails on an unknown evaluator or a missing parameter.
  public init(_ set: ChecklistSet) throws {
    // The YAML's hash and the evaluators' code version: either changing re-screens stored files.
    // (Storage of its own, see ScreeningEngine.independentCopy.)
    version = String(decoding: Array((set.version + "." + Evaluators.codeVersion).utf8), as: UTF8.self)
    var starts = [Day(ordinal: Int32.min / 2)]
    starts += set.changeDays
    var periods: [[RoutePlan]] = []
    var changes: [Route: [Day]] = [:]
    var lastSignature: [Route: String] = [:]
    let rulesByRoute = Dictionary(uniqueKeysWithValues: Route.allCases.map { ($0, set.rules(forRoute: $0.rawValue)) })
    for (i, day) in starts.enumerated() {
      var plans = Array(repeating: RoutePlan(steps: []), count: Route.allCases.count)
      for route in Route.allCases {
        let rules = rulesByRoute[route] ?? []
        let signature = Self.signature(rules, on: day, set: set)
        if i > 0, lastSignature[route] == signature, let previous = periods.last?[route.index] {
          plans[route.index] = previous
          continue
        }
        lastSignature[route] = signature
        if i > 0 { changes[route, default: []].append(day) }
        let encodedFrom = rules.compactMap { $0.versions.first?.validFrom }.min()
        plans[route.index] = RoutePlan(steps: try rules.map { try Self.step($0, on: day, set: set, encodedFrom: encodedFrom) })
      }
      periods.append(plans)
    }
    // The follow-up route also changes whenever § 25a or § 25b change.
    changes[.aufenthG104cFollowup] = Array(Set((changes[.aufenthG104cFollowup] ?? []) + (changes[.aufenthG25a] ?? [])
      + (changes[.aufenthG25b] ?? []))).sorted()
    self.starts = starts
    self.periods = periods
    self.changes = changes
  }

  /// Which version of each rule and which parameter values apply on `day`.
  static func signature(_ rules: [Rule], on day: Day, set: ChecklistSet) -> String {
    rules.map { r in
      guard let v = r.version(on: day) else { return r.id + ":-" }
      let params = v.params.sorted { $0.key < $1.key }.map { "\($0.key)=\(set.parameters[$0.value]?.value(on: day).map { "\($0)" } ?? "?")" }
      return r.id + ":" + v.validFrom.iso + "(" + params.joined(separator: ",") + ")"
    }.joined(separator: ";")
  }

  /// The next day after `day` on which the law for `route` changes.
  func nextChange(for route: Route, after day: Day) -> Day? {
    changes[route]?.first { $0 > day }
  }

  func plan(_ route: Route, on day: Day) -> RoutePlan {
    var lo = 0
    var hi = starts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if starts[mid] <= day { lo = mid } else { hi = mid - 1 }
    }
    return periods[lo][route.index]
  }

  static func step(_ rule: Rule, on day: Day, set: ChecklistSet, encodedFrom: Day?) throws -> PlanStep {
    if let encodedFrom, day < encodedFrom {
      let de: ReasonText = "Recht vor dem \(german: encodedFrom) ist nicht kodiert"
      let en: ReasonText = "law before \(iso: encodedFrom) is not encoded"
      let check: Check = { _ in .review(de, en) }
      return PlanStep(
        rule: rule.id, citation: rule.citation, documents: [], versionUnverified: true, parametersUnverified: false,
        unmet: .init(outcome: .review), check: check)
    }
    guard let v = rule.version(on: day) else {
      let first = rule.versions.first
      let last = rule.versions.last?.validTo
      let de = ReasonText(verbatim: "Nicht in Kraft (gilt \(first?.validFrom.german ?? "–")–\(last?.german ?? "offen"))")
      let en = ReasonText(verbatim: "not in force (valid \(first?.validFrom.iso ?? "-") to \(last?.iso ?? "open"))")
      let check: Check = { _ in .notApplicable(de, en) }
      return PlanStep(
        rule: rule.id, citation: rule.citation, documents: [], versionUnverified: false, parametersUnverified: false,
        unmet: .init(outcome: .notApplicable), check: check)
    }
    guard let evaluator = Evaluators.all[v.check] else {
      throw ChecklistError(file: rule.id, line: v.line, message: "unknown evaluator \"\(v.check)\"")
    }
    var values: [String: ParameterValue] = [:]
    var unverified = false
    for (arg, name) in v.params {
      guard let p = set.parameters[name], let value = p.value(on: day) else {
        throw ChecklistError(file: rule.id, line: v.line, message: "parameter \"\(name)\" has no value on \(day.iso)")
      }
      values[arg] = value
      unverified = unverified || p.unverified
    }
    let check: Check
    do { check = try evaluator.make(ParamValues(values: values, rule: rule.id), v) } catch {
      throw ChecklistError(file: rule.id, line: v.line, message: "\(error)")
    }
    return PlanStep(
      rule: rule.id, citation: v.citation ?? rule.citation, documents: rule.documents,
      versionUnverified: v.unverified, parametersUnverified: unverified, unmet: v.unmet, check: check)
  }
}

/// The compiled rules of one route for one period of the law.
struct RoutePlan: Sendable {
  var steps: [PlanStep]

  func run(_ ctx: EvalContext) -> [Finding] {
    var out: [Finding] = []
    out.reserveCapacity(steps.count)
    for step in steps { out.append(step.finding(ctx)) }
    return out
  }
}

/// One rule ready to evaluate (a class: plans are shared by every screening and never copied).
final class PlanStep: Sendable {
  let info: RuleInfo
  var rule: String { info.rule }
  /// The rule version encodes a point marked UNVERIFIED: every finding says "legal review pending".
  let versionUnverified: Bool
  /// An UNVERIFIED parameter is used: findings that are not met say "legal review pending".
  let parametersUnverified: Bool
  let unmet: UnmetOutcome
  let check: Check

  init(
    rule: String, citation: String, documents: [String], versionUnverified: Bool, parametersUnverified: Bool,
    unmet: UnmetOutcome, check: @escaping Check
  ) {
    info = RuleInfo(rule: rule, citation: citation, documents: documents)
    self.versionUnverified = versionUnverified
    self.parametersUnverified = parametersUnverified
    self.unmet = unmet
    self.check = check
  }

  func finding(_ ctx: EvalContext) -> Finding {
    let r = check(ctx)
    let outcome: Outcome
    var fix: Fix?
    switch r.kind {
    case .met: outcome = .met
    case .unmet: (outcome, fix) = (unmet.outcome, unmet.fix)
    case .missing: outcome = .missing
    case .review: outcome = .review
    case .notApplicable: outcome = .notApplicable
    case .outcome(let o, let f): (outcome, fix) = (o, f)
    }
    let open = outcome != .met && outcome != .notApplicable
    return Finding(
      info: info, outcome: outcome, fix: outcome == .gap ? fix : nil,
      until: outcome == .gap || outcome == .excluded || outcome == .suspend ? r.until : nil,
      deadline: r.deadline, reasonTextEN: r.en, reasonTextDE: r.de, showsDocuments: open,
      legalReviewPending: versionUnverified || (open && parametersUnverified))
  }
}
