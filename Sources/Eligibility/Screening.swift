@_exported import CaseModel
@_exported import Checklists

// The answer of a screening (spec section 4): findings per rule, the verdict, eligible_on.

/// One rule's answer for one file on one day.
public struct Finding: Sendable, Hashable {
  public var rule: String
  public var outcome: Outcome
  public var fix: Fix?
  /// For a gap or exclusion that ends by time: the day it closes.
  public var until: Day?
  /// Extension: a day by which something must happen or the route closes (turning 27 for
  /// § 25a, the end of a § 104c permit, 30.06.2027 for the § 104c special rules).
  public var deadline: Day?
  public var citation: String
  /// The reason in English and German, formatted only when read (`reasonEN`, `reasonDE`).
  public var reasonTextEN: ReasonText
  public var reasonTextDE: ReasonText
  /// Evidence that closes the gap (ids of `documents.yaml`).
  public var documents: [String]
  /// The rule encodes a point marked UNVERIFIED in legal-rules.md.
  public var legalReviewPending: Bool

  public var reasonEN: String { reasonTextEN.string }
  public var reasonDE: String { reasonTextDE.string }
}

/// Spec section 4, in order of precedence.
public enum Verdict: String, Sendable, Codable, CaseIterable {
  case excluded, suspended, gaps, incomplete, review, eligible

  /// Excluded > suspended > gaps > incomplete > review > eligible.
  public init(findings: [Finding]) {
    var (excluded, suspend, gap, missing, review) = (false, false, false, false, false)
    for f in findings {
      switch f.outcome {
      case .excluded: excluded = true
      case .suspend: suspend = true
      case .gap: gap = true
      case .missing: missing = true
      case .review: review = true
      case .met, .notApplicable: break
      }
    }
    self = excluded ? .excluded : suspend ? .suspended : gap ? .gaps : missing ? .incomplete : review ? .review : .eligible
  }
}

/// The screening of one file under one route as of one day.
public struct Screening: Sendable, Hashable {
  public var fileNo: String
  public var route: Route
  public var asOf: Day
  public var verdict: Verdict
  /// First day on which the file would be eligible if no fact changes (decided under the law in
  /// force on that day); nil where facts other than time stand in the way.
  public var eligibleOn: Day?
  /// Extension: the last day on which an action keeps the route open (see `Finding.deadline`).
  public var eligibleUntil: Day?
  /// For `AufenthG-104c-followup`: the better of § 25a and § 25b; for ABH files without a route:
  /// the best route of all screened.
  public var bestRoute: Route?
  public var findings: [Finding]
  public var rulesetVersion: String
}
