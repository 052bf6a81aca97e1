import CaseModel
import Checklists

// MARK: - Livelihood (§ 10 Abs. 1 S. 1 Nr. 3, § 40a, § 8 StAG) and other § 10/§ 8 conditions

extension Evaluators {
  static let stagLivelihood: [String: Evaluator] = [
    "livelihood_stag": Evaluator(
      params: ["guest_recruitment_until", "guest_contract_until", "fulltime_months", "transition_cutoff"],
      facts: ["livelihood.benefits_sgb2_sgb12", "livelihood.fulltime_now", "livelihood.fulltime_months_last_24",
              "livelihood.not_at_fault", "household.spouse_of_fulltime_worker", "household.minor_children",
              "guest_worker_entry", "received_on"]
    ) { p, _ in
      let recruitment = try p.date("guest_recruitment_until")
      let contract = try p.date("guest_contract_until")
      let months = try p.int("fulltime_months")
      let cutoff = try p.date("transition_cutoff")
      return { ctx in
        guard let l = ctx.file.livelihood, let benefits = l.benefitsSgb2Sgb12 else {
          return .missing("livelihood.benefits_sgb2_sgb12")
        }
        if !benefits { return .met("Keine Leistungen nach SGB II/XII", "no SGB II/XII benefits") }
        var unknown: [String] = []
        if let g = ctx.file.guestWorkerEntry, guestWorkerQualifies(g, (recruitment, contract)) {
          if l.notAtFault == true {
            return .met("Gastarbeitergeneration, Bezug nicht zu vertreten (Nr. 3 a)", "guest-worker generation, benefits not their fault (Nr. 3 a)")
          }
          if l.notAtFault == nil { unknown.append("livelihood.not_at_fault") }
        }
        switch (l.fulltimeNow, l.fulltimeMonthsLast24) {
        case (true?, let m?) where m >= months:
          return .met("Vollzeit, \(m) der letzten 24 Monate (Nr. 3 b)", "full-time, \(m) of the last 24 months (Nr. 3 b)")
        case (nil, _): unknown.append("livelihood.fulltime_now")
        case (true?, nil): unknown.append("livelihood.fulltime_months_last_24")
        default: break
        }
        let h = ctx.file.household
        if h?.spouseOfFulltimeWorker == true, let c = h?.minorChildren, c > 0 {
          return .met("Ehegatte eines Vollzeitbeschäftigten mit minderjährigem Kind (Nr. 3 c)", "spouse of a full-time worker with a minor child (Nr. 3 c)")
        }
        if h?.minorChildren == nil { unknown.append("household.minor_children") }
        else if (h?.minorChildren ?? 0) > 0, h?.spouseOfFulltimeWorker == nil { unknown.append("household.spouse_of_fulltime_worker") }
        if ctx.file.receivedOn <= cutoff {
          // § 40a StAG: the old Nr. 3 ("nicht zu vertreten") applies where more favourable.
          if l.notAtFault == true {
            return .met("§ 40a: Antrag vom \(german: ctx.file.receivedOn), Bezug nicht zu vertreten (alte Fassung)", "§ 40a: applied on \(iso: ctx.file.receivedOn), benefits not their fault (old rule)")
          }
          if l.notAtFault == nil { unknown.append("livelihood.not_at_fault") }
        }
        if !unknown.isEmpty { return .missing(unknown.joined(separator: ", ")) }
        return .unmet("Bezug von SGB II/XII; keine Ausnahme nach Nr. 3 a–c", "receives SGB II/XII benefits; no exception of Nr. 3 a-c")
      }
    },
    "livelihood_not_at_fault": Evaluator(
      params: [], facts: ["livelihood.benefits_sgb2_sgb12", "livelihood.not_at_fault"]
    ) { _, _ in
      { ctx in
        guard let l = ctx.file.livelihood, let benefits = l.benefitsSgb2Sgb12 else {
          return .missing("livelihood.benefits_sgb2_sgb12")
        }
        if !benefits { return .met("Keine Leistungen nach SGB II/XII", "no SGB II/XII benefits") }
        guard let nf = l.notAtFault else { return .missing("livelihood.not_at_fault") }
        if nf { return .met("Bezug nicht zu vertreten", "benefits not their fault") }
        return .unmet("Bezug von SGB II/XII, zu vertreten", "receives SGB II/XII benefits, attributable to them")
      }
    },
    "livelihood_no_benefits": Evaluator(params: [], facts: ["livelihood.benefits_sgb2_sgb12"]) { _, _ in
      { ctx in
        guard let b = ctx.file.livelihood?.benefitsSgb2Sgb12 else { return .missing("livelihood.benefits_sgb2_sgb12") }
        return b
          ? .unmet("Bezug von SGB II/XII", "receives SGB II/XII benefits")
          : .met("Keine Leistungen nach SGB II/XII", "no SGB II/XII benefits")
      }
    },
    "special_integration": Evaluator(params: [], facts: ["special_integration"]) { _, _ in
      { ctx in
        guard let s = ctx.file.specialIntegration else { return .missing("special_integration") }
        return s
          ? .met("Besondere Integrationsleistungen nachgewiesen", "special integration achievements shown")
          : .unmet("Keine besonderen Integrationsleistungen", "no special integration achievements")
      }
    },
    "dwelling": Evaluator(params: [], facts: ["household.own_dwelling"]) { _, _ in
      { ctx in
        guard let d = ctx.file.household?.ownDwelling else { return .missing("household.own_dwelling") }
        return d ? .met("Eigene Wohnung oder Unterkommen", "own dwelling or accommodation") : .unmet("Keine eigene Wohnung", "no own dwelling")
      }
    },
    "renunciation": Evaluator(
      params: ["exempt_nationalities", "exempt_protection", "document"],
      facts: ["person.nationalities", "protection", "documents"]
    ) { p, _ in
      let exempt = Set(try p.list("exempt_nationalities"))
      let protections = try p.protections("exempt_protection")
      let doc = try p.text("document")
      return { ctx in
        if let pr = ctx.file.protection, protections.contains(pr) {
          return .met("Schutzstatus \(pr.rawValue): Mehrstaatigkeit hingenommen (§ 12)", "protection \(pr.rawValue): multiple nationality accepted (§ 12)")
        }
        guard let nats = ctx.file.person.nationalities else { return .missing("person.nationalities") }
        if nats.allSatisfy(exempt.contains) {
          return .met("EU/Schweiz oder staatenlos: Mehrstaatigkeit hingenommen (§ 12 Abs. 2)", "EU/Swiss or stateless: multiple nationality accepted (§ 12 Abs. 2)")
        }
        if let d = ctx.file.documents?.first(where: { $0.id == doc }), d.status == .provided || d.status == .notRequired {
          return .met("Aufgabe nachgewiesen oder nicht erforderlich (\(doc))", "renunciation proven or not required (\(doc))")
        }
        if ctx.file.protection == nil { return .missing("protection") }  // (protection would exempt)
        return .unmet("Aufgabe der Staatsangehörigkeit (\(nats.joined(separator: ", "))) nicht nachgewiesen", "giving up \(nats.joined(separator: ", ")) nationality not proven")
      }
    },
    "discretion": Evaluator(params: [], facts: []) { _, v in
      let de = v.reasonDE.map(ReasonText.init(verbatim:)) ?? "Ermessensentscheidung"
      let en = v.reasonEN.map(ReasonText.init(verbatim:)) ?? "discretionary decision"
      return { _ in .review(de, en) }
    },
    "not_in_force": Evaluator(params: [], facts: []) { _, v in
      let de = v.reasonDE.map(ReasonText.init(verbatim:)) ?? "Nicht in Kraft"
      let en = v.reasonEN.map(ReasonText.init(verbatim:)) ?? "not in force"
      return { _ in .unmet(de, en) }
    },
  ]
}
