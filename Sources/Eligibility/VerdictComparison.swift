import CaseModel

/// Which files change verdict between two screenings, and the rules that flip. Used by
/// `backlog screen --compare DATE` (same files, two as-of days) and after a change of
/// `checklists/` (stored screenings against new ones).
///
///     let changes = VerdictComparison.compare(files, engine: engine, asOf: a, with: b)
///     print(VerdictComparison.render(changes, from: a, to: b))
public enum VerdictComparison {
  public struct RuleFlip: Sendable, Hashable {
    public var rule: String
    public var from: Outcome?
    public var to: Outcome?
  }

  public struct Change: Sendable, Hashable {
    public var fileNo: String
    public var route: Route
    public var from: Verdict
    public var to: Verdict
    public var eligibleOnFrom: Day?
    public var eligibleOnTo: Day?
    /// Rules whose outcome differs, most decisive first (those now excluding, suspending, ...).
    public var flips: [RuleFlip]
  }

  /// Screens every file as of `asOf` and as of `other` and returns the files whose verdict differs.
  public static func compare(_ files: [CaseFile], engine: ScreeningEngine, asOf: Day, with other: Day) -> [Change] {
    let batch = BatchScreener(engine: engine)
    return changes(from: batch.screen(files, asOf: asOf).flatMap { $0 }, to: batch.screen(files, asOf: other).flatMap { $0 })
  }

  /// Pairs screenings by file and route; returns those whose verdict differs.
  public static func changes(from old: [Screening], to new: [Screening]) -> [Change] {
    var before: [String: Screening] = [:]
    for s in old { before[s.fileNo + "\u{1F}" + s.route.rawValue] = s }
    var out: [Change] = []
    for n in new {
      guard let o = before[n.fileNo + "\u{1F}" + n.route.rawValue], o.verdict != n.verdict else { continue }
      out.append(Change(
        fileNo: n.fileNo, route: n.route, from: o.verdict, to: n.verdict, eligibleOnFrom: o.eligibleOn,
        eligibleOnTo: n.eligibleOn, flips: flips(o, n)))
    }
    return out
  }

  /// How many stored verdicts differ from new screenings (after `checklists/` changed), when only
  /// the stored verdicts are at hand. Files without a stored verdict count as changed.
  public static func changedCount(stored: [(fileNo: String, route: Route, verdict: Verdict)], new: [Screening]) -> Int {
    var before: [String: Verdict] = [:]
    for s in stored { before[s.fileNo + "\u{1F}" + s.route.rawValue] = s.verdict }
    return new.filter { before[$0.fileNo + "\u{1F}" + $0.route.rawValue] != $0.verdict }.count
  }

  static func flips(_ a: Screening, _ b: Screening) -> [RuleFlip] {
    let old = Dictionary(a.findings.map { ($0.rule, $0.outcome) }, uniquingKeysWith: { x, _ in x })
    let new = Dictionary(b.findings.map { ($0.rule, $0.outcome) }, uniquingKeysWith: { x, _ in x })
    let rules = Set(old.keys).union(new.keys)
    return rules.compactMap { r in old[r] == new[r] ? nil : RuleFlip(rule: r, from: old[r], to: new[r]) }
      .sorted { (weight($0.to), $0.rule) < (weight($1.to), $1.rule) }
  }

  static func weight(_ o: Outcome?) -> Int {
    switch o {
    case .excluded?: return 0
    case .suspend?: return 1
    case .gap?: return 2
    case .missing?: return 3
    case .review?: return 4
    default: return 5
    }
  }

  /// A readable report: counts per transition, then one line per file with the flipping rules.
  public static func render(_ changes: [Change], from: Day, to: Day) -> String {
    var counts: [String: Int] = [:]
    for c in changes { counts["\(c.from.rawValue) -> \(c.to.rawValue)", default: 0] += 1 }
    var out = "\(changes.count) verdicts change between \(from.iso) and \(to.iso)\n"
    for (k, v) in counts.sorted(by: { $0.value > $1.value }) { out += "  \(k): \(v)\n" }
    for c in changes {
      let flips = c.flips.map { "\($0.rule) \($0.from?.rawValue ?? "–")->\($0.to?.rawValue ?? "–")" }.joined(separator: ", ")
      out += "\(c.fileNo) \(c.route.rawValue): \(c.from.rawValue) -> \(c.to.rawValue) (\(flips))\n"
    }
    return out
  }

  /// JSON Lines, one object per change.
  public static func json(_ c: Change) -> String {
    let flips = c.flips.map {
      "{\"rule\":\(ScreeningJSON.quote($0.rule)),\"from\":\($0.from.map { "\"\($0.rawValue)\"" } ?? "null"),\"to\":\($0.to.map { "\"\($0.rawValue)\"" } ?? "null")}"
    }.joined(separator: ",")
    return "{\"file_no\":\(ScreeningJSON.quote(c.fileNo)),\"route\":\"\(c.route.rawValue)\",\"from\":\"\(c.from.rawValue)\",\"to\":\"\(c.to.rawValue)\",\"eligible_on_from\":\(c.eligibleOnFrom.map { "\"\($0.iso)\"" } ?? "null"),\"eligible_on_to\":\(c.eligibleOnTo.map { "\"\($0.iso)\"" } ?? "null"),\"flips\":[\(flips)]}"
  }
}
