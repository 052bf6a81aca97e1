import Eligibility

/// Which findings of a screening can go to case management: gaps the person can close with help
/// (fix `case_management` or `applicant`) and facts not recorded that the person could bring (a
/// `missing` finding whose rule declares such a fix). Gaps only time or the office can close, and
/// bars (excluded, suspend, review), are never referred.
public enum ReferableGaps {
  /// The referable gaps of the screening that speaks for the file (its route's, or the best ABH
  /// route's), in the order of the checklist.
  public static func of(_ screenings: [Screening], engine: ScreeningEngine) -> [ReferralGap] {
    guard let head = screenings.first(where: { $0.bestRoute != nil && $0.route == $0.bestRoute }) ?? screenings.first
    else { return [] }
    var seen = Set<String>()
    return head.findings.compactMap { f -> ReferralGap? in
      guard let fix = referableFix(f, engine: engine, asOf: head.asOf), seen.insert(f.rule).inserted else { return nil }
      return ReferralGap(
        rule: f.rule, outcome: f.outcome, fix: fix, citation: f.citation, reasonDE: f.reasonDE, reasonEN: f.reasonEN,
        documents: f.documents)
    }
  }

  /// The fix that makes a finding referable, or nil.
  static func referableFix(_ f: Finding, engine: ScreeningEngine, asOf: Day) -> Fix? {
    switch f.outcome {
    case .gap: return f.fix.flatMap(personCanClose)
    case .missing: return engine.declaredFix(rule: f.rule, on: asOf).flatMap(personCanClose)
    case .met, .notApplicable, .review, .suspend, .excluded: return nil
    }
  }

  static func personCanClose(_ fix: Fix) -> Fix? {
    fix == .caseManagement || fix == .applicant ? fix : nil
  }
}
