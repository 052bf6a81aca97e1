import CaseModel
import Checklists

// MARK: - § 104c AufenthG follow-up: the permit and the switch into § 25a/§ 25b

extension Evaluators {
  static let permit104c: [String: Evaluator] = [
    "permit_104c_holder": Evaluator(params: [], facts: ["permit_104c", "stays", "followup_application_on"]) { _, _ in
      { ctx in
        guard let p = ctx.permit104c else {
          return ctx.file.stays == nil ? .missing("permit_104c") : .unmet("Keine AE nach § 104c", "no § 104c permit")
        }
        if ctx.holds104c {
          let applied = ctx.file.followupApplicationOn != nil
          if applied && ctx.asOf > p.to {
            return .met("AE nach § 104c gültig bis \(german: p.to) (Fiktion)", "§ 104c permit valid until \(iso: p.to) (continued by fiction)")
          }
          return .met("AE nach § 104c gültig bis \(german: p.to)", "§ 104c permit valid until \(iso: p.to)", deadline: applied ? nil : p.to)
        }
        if ctx.asOf < p.from { return .unmet("AE nach § 104c erst ab \(german: p.from)", "§ 104c permit only from \(iso: p.from)") }
        return .unmet("AE nach § 104c am \(german: p.to) abgelaufen ohne rechtzeitigen Antrag", "§ 104c permit expired on \(iso: p.to) without a timely application")
      }
    },
    "followup_application": Evaluator(params: ["last_day"], facts: ["followup_application_on", "permit_104c"]) { p, _ in
      let lastDay = try p.date("last_day")
      return { ctx in
        guard let permit = ctx.permit104c else { return .notApplicable("Keine AE nach § 104c", "no § 104c permit") }
        let deadline = min(permit.to, lastDay)
        guard let applied = ctx.file.followupApplicationOn else {
          return .unmet("Noch kein Antrag nach § 25a/§ 25b; spätestens bis \(german: deadline)", "no § 25a/§ 25b application yet; apply by \(iso: deadline)", deadline: deadline)
        }
        if applied <= deadline { return .met("Antrag nach § 25a/§ 25b am \(german: applied)", "§ 25a/§ 25b application of \(iso: applied)") }
        return .outcome(.excluded, nil, "Antrag am \(german: applied) nach Fristende \(german: deadline)", "applied on \(iso: applied), after the deadline \(iso: deadline)")
      }
    },
  ]
}
