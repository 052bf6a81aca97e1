/// A gap as a referral carries it: the rule, its outcome, who can close it, the reason in both
/// languages and the documents that would close it. Copied from the screening when the referral
/// is made, so the case manager reads what the clerk saw.
public struct ReferralGap: Sendable, Equatable, Codable {
  public var rule: String
  public var outcome: Outcome
  public var fix: Fix?
  public var citation: String
  public var reasonDE: String
  public var reasonEN: String
  public var documents: [String]
  /// The day a re-screening after the referral came back found the rule met.
  public var closedOn: Day?

  public init(
    rule: String, outcome: Outcome, fix: Fix?, citation: String, reasonDE: String, reasonEN: String,
    documents: [String], closedOn: Day? = nil
  ) {
    self.rule = rule
    self.outcome = outcome
    self.fix = fix
    self.citation = citation
    self.reasonDE = reasonDE
    self.reasonEN = reasonEN
    self.documents = documents
    self.closedOn = closedOn
  }

  public func reason(german: Bool) -> String { german ? reasonDE : reasonEN }
}
