import CaseModel
import Eligibility
import Referrals

/// The resolve step on the referral page: what would close each gap when nothing recorded does,
/// and, after a resolve, what the re-screening found (closed or still open), in words.
extension ReferralView {
  /// One line per open gap: its title, the facts case management may record for it and the
  /// documents that close it.
  static func unproven(_ r: Referral, engine: ScreeningEngine?, strings t: [String: String], german: Bool) -> [String: Any] {
    let open = r.gaps.filter { $0.closedOn == nil }
    let lines = (open.isEmpty ? r.gaps : open).map { g -> [String: Any] in
      let rule = engine?.rules[g.rule]
      let facts = ResolutionEvidence.recordable(rule?.facts ?? []).map { FactLabels.words($0, t) }
      let documents = g.documents.map { id in engine?.documents[id].map { german ? $0.de : $0.en } ?? id }
      return [
        "title": rule.map { german ? $0.titleDE : $0.title } ?? g.rule, "rule": g.rule,
        "facts": facts.joined(separator: "; "), "hasFacts": !facts.isEmpty,
        "documents": documents.joined(separator: "; "), "hasDocuments": !documents.isEmpty,
      ]
    }
    return ["gaps": lines]
  }

  /// After a resolve: the gaps the re-screening closed and those still open, by title.
  static func outcome(_ r: Referral, strings t: [String: String], ruleName: (String) -> String) -> [String: Any]? {
    guard r.state == .resolved, let c = r.events.last(where: { $0.action == "resolve" })?.changes else { return nil }
    return [
      "closed": c.closedRules.map(ruleName).joined(separator: "; "), "open": c.openRules.map(ruleName).joined(separator: "; "),
      "hasClosed": !c.closedRules.isEmpty, "hasOpen": !c.openRules.isEmpty,
    ]
  }
}
