/// When the backlog counts as cleared. With steady intake the open files never reach zero, so
/// "cleared" is a target the office sets (configuration `forecast.target`). The default follows
/// § 75 VwGO: no file open longer than three months, that is, no more files open than arrived in
/// the last three months (13 weeks).
public enum ForecastTarget: Sendable, Hashable, Codable {
  /// Open files at most the intake of the last `weeks` weeks.
  case intakeOfLast(weeks: Int)
  /// Open files at most this number.
  case openAtMost(Int)

  public static let `default` = ForecastTarget.intakeOfLast(weeks: 13)

  /// The target's value given the intake of the last weeks (newest last).
  func value(recentIntake sum: Int) -> Int {
    switch self {
    case .intakeOfLast: sum
    case .openAtMost(let n): n
    }
  }

  /// The weeks of intake the target looks back on (0 for a fixed number).
  var weeks: Int {
    if case .intakeOfLast(let w) = self { return max(1, min(w, ForecastReport.windowWeeks)) }
    return 0
  }

  /// The definition shown on the page and in the footnotes.
  public var definition: LocalizedText {
    switch self {
    case .intakeOfLast(let w) where w == 13:
      LocalizedText(
        "Abgebaut heißt: keine Akte länger als drei Monate offen (§ 75 VwGO), d. h. höchstens so viele offene Akten wie in den letzten drei Monaten (13 Wochen) eingegangen sind.",
        "Cleared means: no file open longer than three months (§ 75 VwGO), i.e. no more open files than arrived in the last three months (13 weeks).")
    case .intakeOfLast(let w):
      LocalizedText(
        "Abgebaut heißt: höchstens so viele offene Akten wie in den letzten \(w) Wochen eingegangen sind.",
        "Cleared means: no more open files than arrived in the last \(w) weeks.")
    case .openAtMost(let n):
      LocalizedText("Abgebaut heißt: höchstens \(n) offene Akten.", "Cleared means: at most \(n) open files.")
    }
  }

  enum CodingKeys: String, CodingKey { case kind, weeks, value }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .intakeOfLast(let w):
      try c.encode("intake_of_last_weeks", forKey: .kind)
      try c.encode(w, forKey: .weeks)
    case .openAtMost(let n):
      try c.encode("open_at_most", forKey: .kind)
      try c.encode(n, forKey: .value)
    }
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    if try c.decode(String.self, forKey: .kind) == "open_at_most" {
      self = .openAtMost(try c.decode(Int.self, forKey: .value))
    } else {
      self = .intakeOfLast(weeks: try c.decode(Int.self, forKey: .weeks))
    }
  }
}
