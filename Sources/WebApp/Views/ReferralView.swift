import CaseModel
import Checklists
import Eligibility
import OfficeLists
import Referrals

/// Turns a referral into the values of `referral.mustache` (and of the handover sheet): the
/// person as far as the reader may see them, the gaps with reasons and documents, the history
/// with what changed, and the steps the reader may take.
struct ReferralView {
  let title: String
  let data: [String: Any]

  init(
    _ r: Referral, kind: ReferralParty.Kind, engine: ScreeningEngine?, today: Day, language: Language,
    message: (kind: String, text: String)? = nil, errors: [FieldError] = [], unproven: Bool = false
  ) {
    let t = Strings.table(language)
    let format = FactFormat(language: language, strings: t)
    let german = language == .de
    title = (t["ref_one"] ?? "") + " \(r.id)"
    var d = Self.summary(r, today: today, strings: t, format: format)
    d["forOffice"] = kind == .office
    let ruleName = { (id: String) in engine?.rules[id].map { german ? $0.titleDE : $0.title } ?? id }
    if unproven { d["unproven"] = Self.unproven(r, engine: engine, strings: t, german: german) }
    if let outcome = Self.outcome(r, strings: t, ruleName: ruleName) { d["outcome"] = outcome }
    d["person"] = r.person.map { Self.person($0, strings: t, german: german) } as Any
    d["personHidden"] = r.person == nil
    let forOffice = kind == .office
    d["gaps"] = r.gaps.map { g -> [String: Any] in
      let title = engine?.rules[g.rule].map { german ? $0.titleDE : $0.title } ?? g.rule
      // case management reads the plain reason, never the screening's (office knowledge)
      let plain = CaseManagementReason.of(g.rule, engine?.referralReasons ?? [:])
      let reason = forOffice ? g.reason(german: german) : (german ? plain.de : plain.en)
      return [
        // a fact not recorded reads as the condition still to be shown, not as a field name
        "rule": g.rule, "reason": g.outcome == .missing && forOffice ? t["ref_not_shown_yet"]! : reason,
        "citation": g.citation, "title": title,
        "plain": g.outcome == .missing && forOffice ? title : title + ": " + reason,
        "documents": g.documents.map { ["id": $0, "name": engine?.documents[$0].map { german ? $0.de : $0.en } ?? $0] },
        "hasDocuments": !g.documents.isEmpty, "closed": g.closedOn != nil, "closedOn": g.closedOn.map(format.day) ?? "",
      ]
    }
    d["events"] = r.events.reversed().map { e -> [String: Any] in
      var item: [String: Any] = [
        "at": format.time(e.at), "actor": e.actor,
        "action": t["action_" + e.action] ?? e.action, "to": t["refstate_" + e.toState.rawValue] ?? e.toState.rawValue,
        "note": e.note ?? "",
      ]
      if let c = e.changes { item["changes"] = Self.changes(c, strings: t, verdict: forOffice, ruleName: ruleName) }
      return item
    }
    let actions = ReferralAction.allowed(in: r.state, for: kind)
    d["hasActions"] = !actions.isEmpty
    d["hasSimpleActions"] = actions.contains { $0 != .resolve && !$0.needsNote }
    d["simpleActions"] = actions.filter { $0 != .resolve && !$0.needsNote }.map {
      ["action": $0.rawValue, "label": t["action_" + $0.rawValue] ?? $0.rawValue]
    }
    d["noteActions"] = actions.filter(\.needsNote).map {
      ["action": $0.rawValue, "label": t["action_" + $0.rawValue] ?? $0.rawValue,
       "noteLabel": $0 == .progress ? t["ref_progress_note"]! : t["ref_reason_required"]!]
    }
    if actions.contains(.resolve) { d["resolve"] = Self.resolveForm(r, engine: engine, strings: t, language: language) }
    if let message { d["message"] = ["kind": message.kind, "text": message.text] }
    d["hasErrors"] = !errors.isEmpty
    d["errors"] = errors.map { ServerMessages.text($0, t) }
    // the handover sheet: what the person still has to bring, as a checklist
    var seen = Set<String>()
    let open = r.gaps.filter { $0.closedOn == nil }.flatMap(\.documents).filter { seen.insert($0).inserted }
    d["sheetDocuments"] = open.map { ["name": engine?.documents[$0].map { german ? $0.de : $0.en } ?? $0] }
    d["hasDocuments"] = !open.isEmpty
    d["today"] = format.day(today)
    if let due = r.dueOn { d["dueOn"] = format.day(due) }
    data = d
  }

  /// The values a list row and the page share.
  static func summary(
    _ r: Referral, today: Day, strings t: [String: String], format: FactFormat, ruleName: (String) -> String = { $0 }
  ) -> [String: Any] {
    [
      "id": r.id, "fileNo": r.fileNo, "fileHref": Links.file(r.fileNo), "office": t["office_" + r.office.rawValue] ?? r.office.rawValue,
      "municipality": r.municipality, "state": t["refstate_" + r.state.rawValue] ?? r.state.rawValue,
      "stateKey": r.state.rawValue, "due": r.dueOn.map(format.day) ?? "–", "overdue": r.isOverdue(on: today),
      "created": format.iso(String(r.createdAt.prefix(10))), "createdBy": r.createdBy,
      "sentOn": r.sentOn.map(format.day) ?? "", "note": r.note ?? "", "awaitsClerk": r.awaitsClerk,
      "version": r.version, "name": r.person.map(Self.name) ?? "",
      "rules": r.gaps.map { ruleName($0.rule) }.joined(separator: "; "),
    ]
  }

  static func name(_ p: ReferralPerson) -> String { p.familyName + (p.givenNames.map { ", " + $0 } ?? "") }

  static func person(_ p: ReferralPerson, strings t: [String: String], german: Bool = true) -> [String: Any] {
    [
      "name": name(p), "phone": p.phone ?? t["ref_unknown"]!, "email": p.email ?? t["ref_unknown"]!,
      "languages": p.languages.isEmpty ? t["ref_unknown"]! : p.languages.map { DisplayNames.language($0, german: german) }.joined(separator: ", "),
      "interpreter": p.interpreterNeeded.map { $0 ? t["ref_yes"]! : t["ref_no"]! } ?? t["ref_unknown"]!,
      "interpreterNeeded": p.interpreterNeeded == true, "municipality": p.municipality ?? "",
    ]
  }

  /// What a resolve step changed; the verdict before and after only for the office.
  static func changes(
    _ c: ReferralOutcome, strings t: [String: String], verdict: Bool = true, ruleName: (String) -> String = { $0 }
  ) -> [String: Any] {
    var d: [String: Any] = [
      "hasVerdict": verdict,
      "fields": c.fields.map { FactLabels.words($0, t) }.joined(separator: ", "),
      "closed": c.closedRules.map(ruleName).joined(separator: ", "), "open": c.openRules.map(ruleName).joined(separator: ", "),
      "hasFields": !c.fields.isEmpty, "hasClosed": !c.closedRules.isEmpty, "hasOpen": !c.openRules.isEmpty,
    ]
    if verdict {
      d["before"] = c.verdictBefore.map { t["group_" + $0] ?? $0 } ?? "–"
      d["after"] = c.verdictAfter.map { t["group_" + $0] ?? $0 } ?? "–"
    }
    return d
  }

  /// The resolve form: the fact groups the referral's rules read, and the documents they name.
  static func resolveForm(_ r: Referral, engine: ScreeningEngine?, strings t: [String: String], language: Language) -> [String: Any] {
    let facts = Set(r.gaps.flatMap { engine?.rules[$0.rule]?.facts ?? [] }.map { String($0.split(separator: ".")[0]) })
    var form: [String: Any] = [:]
    for group in ResolutionForm.groups { form["show_" + group] = facts.contains(group) }
    func options(_ codes: [String]) -> [[String: String]] { codes.map { ["value": $0, "label": t["val_" + $0] ?? $0] } }
    form["levels"] = options(LanguageLevel.allCases.map(\.rawValue))
    form["proofs"] = options(LanguageProof.allCases.map(\.rawValue))
    form["civicsProofs"] = options(CivicsProof.allCases.map(\.rawValue))
    var seen = Set<String>()
    let documents = r.gaps.flatMap(\.documents).filter { seen.insert($0).inserted }
    form["documents"] = documents.map { id in
      ["id": id, "name": engine?.documents[id].map { language == .de ? $0.de : $0.en } ?? id]
    }
    form["hasDocuments"] = !documents.isEmpty
    return form
  }
}
