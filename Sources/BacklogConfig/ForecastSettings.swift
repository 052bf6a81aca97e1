/// `forecast:` when the backlog forecast counts the backlog as cleared.
///
/// ```yaml
/// forecast:
///   target: three_months_intake    # default: no file open longer than three months (§ 75 VwGO)
///   # target: {intake_of_last_weeks: 8}   or   target: {open_at_most: 500}
/// ```
public struct ForecastSettings: Sendable, Equatable {
  public enum Target: Sendable, Equatable {
    /// Open files at most the intake of the last `weeks` weeks (13 = three months).
    case intakeOfLastWeeks(Int)
    /// Open files at most this number.
    case openAtMost(Int)
  }

  public var target: Target = .intakeOfLastWeeks(13)

  public init() {}

  init(_ n: ConfigNode) {
    n.only(["target"])
    guard let raw = n["target"] else { return }
    if raw.scalar?.text == "three_months_intake" { return }
    guard let t = n.map("target") else {
      n.problem("three_months_intake, {intake_of_last_weeks: N} or {open_at_most: N}", key: "target", at: raw)
      return
    }
    t.only(["intake_of_last_weeks", "open_at_most"])
    if let w = t.int("intake_of_last_weeks", in: 1...26) {
      target = .intakeOfLastWeeks(w)
    } else if let m = t.int("open_at_most", in: 0...10_000_000) {
      target = .openAtMost(m)
    } else {
      n.problem("name intake_of_last_weeks (1 to 26) or open_at_most", key: "target", at: raw)
    }
  }
}
