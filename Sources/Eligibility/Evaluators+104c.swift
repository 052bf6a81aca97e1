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
          return .met("AE nach § 104c gültig bis \(p.to.german)\(applied && ctx.asOf > p.to ? " (Fiktion)" : "")", "§ 104c permit valid until \(p.to.iso)\(applied && ctx.asOf > p.to ? " (continued by fiction)" : "")", deadline: applied ? nil : p.to)
        }
        if ctx.asOf < p.from { return .unmet("AE nach § 104c erst ab \(p.from.german)", "§ 104c permit only from \(p.from.iso)") }
        return .unmet("AE nach § 104c am \(p.to.german) abgelaufen ohne rechtzeitigen Antrag", "§ 104c permit expired on \(p.to.iso) without a timely application")
      }
    },
    "followup_application": Evaluator(params: ["last_day"], facts: ["followup_application_on", "permit_104c"]) { p, _ in
      let lastDay = try p.date("last_day")
      return { ctx in
        guard let permit = ctx.permit104c else { return .notApplicable("Keine AE nach § 104c", "no § 104c permit") }
        let deadline = min(permit.to, lastDay)
        guard let applied = ctx.file.followupApplicationOn else {
          return .unmet("Noch kein Antrag nach § 25a/§ 25b; spätestens bis \(deadline.german)", "no § 25a/§ 25b application yet; apply by \(deadline.iso)", deadline: deadline)
        }
        if applied <= deadline { return .met("Antrag nach § 25a/§ 25b am \(applied.german)", "§ 25a/§ 25b application of \(applied.iso)") }
        return .outcome(.excluded, nil, "Antrag am \(applied.german) nach Fristende \(deadline.german)", "applied on \(applied.iso), after the deadline \(deadline.iso)")
      }
    },
  ]
}
