import Checklists
import CaseModel
import Referrals

/// What case management may read of a referral's gaps and outcome (issue 12, scopes): the plain
/// reason of `referral-reasons.yaml` instead of the screening's reason, which names office
/// knowledge ("receives SGB II/XII", "§ 60b Duldung"), and no verdict before or after.
enum CaseManagementReason {
  /// The plain reason of a rule; a rule without one (the linter reports it) gets a neutral line.
  static func of(_ rule: String, _ reasons: [String: ReferralReason]) -> (de: String, en: String) {
    if let r = reasons[rule] { return (r.de, r.en) }
    return ("Nachweise werden gebraucht; Einzelheiten bei der Behörde.", "Evidence is needed; details from the office.")
  }

  /// The outcome of a resolve step as case management sees it: the facts recorded and which of
  /// the referral's gaps closed, without the screening's verdict.
  static func withoutVerdict(_ o: ReferralOutcome) -> ReferralOutcome {
    ReferralOutcome(verdictBefore: nil, verdictAfter: nil, fields: o.fields, closedRules: o.closedRules, openRules: o.openRules)
  }
}
