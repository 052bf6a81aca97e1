import CaseModel
import CaseStore
import Eligibility

/// The office's rules that turn a screening into what the store keeps: the verdict record of
/// each route, the triage group, and the rules still open after a referral came back.
extension Screening {
  /// The record the store keeps of this screening.
  func record(speaksForFile: Bool) -> VerdictRecord {
    VerdictRecord(
      route: route.rawValue, asOf: asOf, rulesetVersion: rulesetVersion, verdict: verdict.rawValue, eligibleOn: eligibleOn,
      openFindings: Self.compact(findings), gapRules: findings.filter { $0.outcome == .gap }.map(\.rule),
      queueGroup: queueGroup, speaksForFile: speaksForFile)
  }

  /// The triage group: gaps are split by who can close them (the office itself, the applicant or
  /// case management, or only time).
  var queueGroup: QueueGroup {
    guard verdict == .gaps else { return QueueGroup(rawValue: verdict.rawValue) ?? .review }
    let fixes = Set(findings.filter { $0.outcome == .gap }.compactMap(\.fix))
    if fixes.contains(.caseManagement) || fixes.contains(.applicant) { return .gaps }
    if fixes.contains(.authority) { return .officeAction }
    return .waitingForTime
  }

  /// `RULE=outcome/fix@until;...` for the findings that are not met or not applicable.
  static func compact(_ findings: [Finding]) -> String {
    findings.filter { $0.outcome != .met && $0.outcome != .notApplicable }.map { f in
      f.rule + "=" + f.outcome.rawValue + (f.fix.map { "/" + $0.rawValue } ?? "") + (f.until.map { "@" + $0.iso } ?? "")
    }.joined(separator: ";")
  }
}

extension Array where Element == Screening {
  /// The screening that speaks for the file: its route's, or the best ABH route's.
  var head: Screening? { first(where: { $0.bestRoute != nil && $0.route == $0.bestRoute }) ?? first }

  /// The records of a file's screenings, the one that speaks for the file marked.
  var records: [VerdictRecord] {
    let head = self.head
    return map { $0.record(speaksForFile: $0 == head) }
  }

  /// The rules of the screening that speaks for the file that are still not met.
  var openRules: Set<String> {
    Set((head?.findings ?? []).filter { $0.outcome != .met && $0.outcome != .notApplicable }.map(\.rule))
  }
}
