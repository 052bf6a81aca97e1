import CaseModel
import Eligibility
import Referrals

/// The resolve step on the referral page: the form for the facts and documents the referral's
/// rules read, what would close each gap when nothing recorded does, and, after a resolve, what
/// the re-screening found (closed or still open), in words.
extension ReferralView {
  /// The resolve form: the fact groups the referral's rules read, and the documents they name.
  struct ResolveForm: TemplateValues {
    let show_german: Bool
    let show_civics: Bool
    let show_identity: Bool
    let show_livelihood: Bool
    let show_declarations: Bool
    let levels: [Choice]
    let proofs: [Choice]
    let civicsProofs: [Choice]
    let documents: [Named]
    let hasDocuments: Bool

    init(_ r: Referral, engine: ScreeningEngine?, texts t: Texts) {
      let facts = Set(r.gaps.flatMap { engine?.rules[$0.rule]?.facts ?? [] }.map { String($0.split(separator: ".")[0]) })
      show_german = facts.contains("german")
      show_civics = facts.contains("civics")
      show_identity = facts.contains("identity")
      show_livelihood = facts.contains("livelihood")
      show_declarations = facts.contains("declarations")
      func options(_ codes: [String]) -> [Choice] { codes.map { Choice(value: $0, label: t.word(.value, $0) ?? $0) } }
      levels = options(LanguageLevel.allCases.map(\.rawValue))
      proofs = options(LanguageProof.allCases.map(\.rawValue))
      civicsProofs = options(CivicsProof.allCases.map(\.rawValue))
      var seen = Set<String>()
      documents = r.gaps.flatMap(\.documents).filter { seen.insert($0).inserted }.map { id in
        Named(id: id, name: engine?.documents[id].map { t.isGerman ? $0.de : $0.en } ?? id)
      }
      hasDocuments = !documents.isEmpty
    }
  }

  /// One line per open gap: its title, the facts case management may record for it and the
  /// documents that close it.
  struct Unproven: TemplateValues {
    struct Line: TemplateValues {
      let title: String
      let rule: String
      let facts: String
      let hasFacts: Bool
      let documents: String
      let hasDocuments: Bool
    }

    let gaps: [Line]
  }

  /// After a resolve: the gaps the re-screening closed and those still open, by title.
  struct Outcome: TemplateValues {
    let closed: String
    let open: String
    let hasClosed: Bool
    let hasOpen: Bool
  }

  static func unproven(_ r: Referral, engine: ScreeningEngine?, texts t: Texts) -> Unproven {
    let open = r.gaps.filter { $0.closedOn == nil }
    return Unproven(
      gaps: (open.isEmpty ? r.gaps : open).map { g in
        let rule = engine?.rules[g.rule]
        let facts = ResolutionEvidence.recordable(rule?.facts ?? []).map { FactLabels.words($0, t) }
        let documents = g.documents.map { id in engine?.documents[id].map { t.isGerman ? $0.de : $0.en } ?? id }
        return Unproven.Line(
          title: rule.map { t.isGerman ? $0.titleDE : $0.title } ?? g.rule, rule: g.rule,
          facts: facts.joined(separator: "; "), hasFacts: !facts.isEmpty,
          documents: documents.joined(separator: "; "), hasDocuments: !documents.isEmpty)
      })
  }

  static func outcome(_ r: Referral, ruleName: (String) -> String) -> Outcome? {
    guard r.state == .resolved, let c = r.events.last(where: { $0.action == "resolve" })?.changes else { return nil }
    return Outcome(
      closed: c.closedRules.map(ruleName).joined(separator: "; "), open: c.openRules.map(ruleName).joined(separator: "; "),
      hasClosed: !c.closedRules.isEmpty, hasOpen: !c.openRules.isEmpty)
  }
}
