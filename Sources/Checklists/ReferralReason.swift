import StrictYAML

/// What case management reads for a referred gap (`checklists/referral-reasons.yaml`): what the
/// person has to do, in plain words, without the office's knowledge (benefits, kind of Duldung,
/// convictions, the verdict) that the screening's own reasons carry.
public struct ReferralReason: Sendable, Equatable {
  public var rule: String
  public var de: String
  public var en: String
  public var line: Int?

  public init(rule: String, de: String, en: String, line: Int? = nil) {
    self.rule = rule
    self.de = de
    self.en = en
    self.line = line
  }

  public func text(german: Bool) -> String { german ? de : en }

  static func read(_ root: YAMLValue) -> [ReferralReason] {
    let top = root.labelled("referral reasons")
    top.only(["reasons"])
    return (top.list("reasons") ?? []).map { n in
      let r = n.labelled("reason")
      r.only(["rule", "de", "en"])
      return ReferralReason(
        rule: r.string("rule", required: true) ?? "", de: r.string("de", required: true) ?? "",
        en: r.string("en", required: true) ?? "", line: r.line)
    }
  }
}
