@_exported import CaseModel
@_exported import Checklists
import CaseExchange

// The answer of a screening (spec section 4): findings per rule, the verdict, eligible_on.

/// One rule's answer for one file on one day.
public struct Finding: Sendable, Hashable {
  /// The rule's id, citation and evidence, shared by every finding of the rule.
  let info: RuleInfo
  public var outcome: Outcome
  public var fix: Fix?
  /// For a gap or exclusion that ends by time: the day it closes.
  public var until: Day?
  /// Extension: a day by which something must happen or the route closes (turning 27 for
  /// § 25a, the end of a § 104c permit, 30.06.2027 for the § 104c special rules).
  public var deadline: Day?
  /// The reason in English and German, formatted only when read (`reasonEN`, `reasonDE`).
  public var reasonTextEN: ReasonText
  public var reasonTextDE: ReasonText
  /// The finding is open (not met, not applicable): it names the evidence that closes it.
  let showsDocuments: Bool
  /// The rule encodes a point marked UNVERIFIED in legal-rules.md.
  public var legalReviewPending: Bool

  public var rule: String { info.rule }
  public var citation: String { info.citation }
  /// Evidence that closes the gap (ids of `documents.yaml`).
  public var documents: [String] { showsDocuments ? info.documents : [] }
  public var reasonEN: String { reasonTextEN.string }
  public var reasonDE: String { reasonTextDE.string }

  public static func == (a: Finding, b: Finding) -> Bool {
    a.rule == b.rule && a.outcome == b.outcome && a.fix == b.fix && a.until == b.until && a.deadline == b.deadline
      && a.citation == b.citation && a.reasonTextEN == b.reasonTextEN && a.reasonTextDE == b.reasonTextDE
      && a.documents == b.documents && a.legalReviewPending == b.legalReviewPending
  }

  public func hash(into h: inout Hasher) {
    h.combine(rule)
    h.combine(outcome)
    h.combine(fix)
    h.combine(until)
    h.combine(deadline)
    h.combine(reasonTextEN)
    h.combine(documents)
    h.combine(legalReviewPending)
  }
}

/// What findings say about their rule: its id, citation and the evidence that closes a gap,
/// with these parts already written as JSON (`ScreeningJSON` copies them into every screening).
final class RuleInfo: Sendable {
  let rule: String
  let citation: String
  let documents: [String]
  /// `{"rule":"ID","outcome":"`
  let ruleJSON: [UInt8]
  /// `,"citation":"…","reason":"`
  let citationJSON: [UInt8]
  /// `,"documents":["D01",…]`, empty without documents
  let documentsJSON: [UInt8]

  init(rule: String, citation: String, documents: [String]) {
    self.rule = rule
    self.citation = citation
    self.documents = documents
    let out = ByteBuffer(capacity: 256)
    out.append(#"{"rule":"#)
    out.appendQuoted(rule)
    out.append(#","outcome":""#)
    ruleJSON = Array(out.bytes)
    out.removeAll()
    out.append(#","citation":"#)
    out.appendQuoted(citation)
    out.append(#","reason":""#)
    citationJSON = Array(out.bytes)
    out.removeAll()
    if !documents.isEmpty {
      out.append(#","documents":["#)
      for (j, d) in documents.enumerated() {
        if j > 0 { out.append(UInt8(ascii: ",")) }
        out.appendQuoted(d)
      }
      out.append(UInt8(ascii: "]"))
    }
    documentsJSON = Array(out.bytes)
  }
}

/// Spec section 4, in order of precedence.
public enum Verdict: String, Sendable, Codable, CaseIterable {
  case excluded, suspended, gaps, incomplete, review, eligible

  /// Excluded > suspended > gaps > incomplete > review > eligible.
  public init(findings: [Finding]) {
    var (excluded, suspend, gap, missing, review) = (false, false, false, false, false)
    for i in findings.indices {  // (by index: no copy of each finding)
      switch findings[i].outcome {
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
