/// `retention:` how long personal data is kept (DSGVO Art. 5 Abs. 1 lit. e, Art. 17), used by
/// `backlog retention`. The defaults are PLACEHOLDERS: set by your data-protection officer.
///
/// ```yaml
/// retention:
///   naturalization:      # EBH files, years after closing, by outcome; "keep" = never deleted here
///     granted: keep      # handed to the archive instead
///     refused: 10
///     withdrawn: 5
///   residence:           # ABH (Duldung) files: the person left, got a title, or the file closed
///     granted: 5
///     refused: 10
///     withdrawn: 5
///   referral_months: 12  # a referral's notes and recorded facts, months after it ended
///   audit_years: 10      # audit rows
/// ```
public struct RetentionSettings: Sendable, Equatable {
  /// Years after closing by outcome (`granted`, `refused`, `withdrawn`); nil keeps.
  public var naturalization: [String: Int?] = ["granted": nil, "refused": 10, "withdrawn": 5]
  public var residence: [String: Int?] = ["granted": 5, "refused": 10, "withdrawn": 5]
  public var referralMonths: Int? = 12
  public var auditYears: Int? = 10
  /// False while every value is the shipped placeholder (the command says so).
  public var configured = false

  public static let outcomes = ["granted", "refused", "withdrawn"]

  public init() {}

  init(_ n: ConfigNode) {
    n.only(["naturalization", "residence", "referral_months", "audit_years"])
    configured = true
    if let c = n.map("naturalization") { naturalization = Self.periods(c, default: naturalization) }
    if let c = n.map("residence") { residence = Self.periods(c, default: residence) }
    if n["referral_months"] != nil { referralMonths = Self.period(n, "referral_months", in: 1...600) }
    if n["audit_years"] != nil { auditYears = Self.period(n, "audit_years", in: 1...100) }
  }

  static func periods(_ n: ConfigNode, default base: [String: Int?]) -> [String: Int?] {
    n.only(outcomes)
    var out = base
    for o in outcomes where n[o] != nil { out[o] = period(n, o, in: 1...100) }
    return out
  }

  /// A number in range, or `keep` (nil).
  static func period(_ n: ConfigNode, _ key: String, in range: ClosedRange<Int>) -> Int? {
    if n[key]?.scalar?.text == "keep" { return nil }
    return n.int(key, in: range)
  }
}
