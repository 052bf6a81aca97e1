import Yams

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

  static func read(_ root: Node, file: String) throws -> [ReferralReason] {
    let top = YAMLReader(file: file, node: root, context: "referral reasons")
    try top.onlyKeys(["reasons"])
    return try top.list("reasons").map { n in
      let r = top.child(n, "reason")
      try r.onlyKeys(["rule", "de", "en"])
      return ReferralReason(rule: try r.string("rule"), de: try r.string("de"), en: try r.string("en"), line: r.line)
    }
  }
}
