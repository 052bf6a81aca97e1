import CaseModel
import Checklists

// MARK: - Status, age and periods for §§ 25a, 25b, 104c AufenthG

extension Evaluators {
  /// ABH counting: Duldung, Gestattung and permits; § 60b periods only for § 104c holders while the
  /// special rules are in force (§ 25a Abs. 5, § 25b Abs. 7); short gaps bridged (BMI guidance).
  static func abhPolicy(_ p: ParamValues) throws -> @Sendable (EvalContext) -> CountingPolicy {
    let base = CountingPolicy(
      counted: try p.statuses("counted"), bridgeMonths: try p.int("bridge_months"),
      absenceMaxMonths: try p.int("absence_max_months"), departureEndsDuldung: try p.bool("departure_ends_duldung"))
    var with60b = base
    with60b.counted.insert(.duldung60b)
    let special = try p.bool("special_104c")
    return { [with60b] ctx in special && ctx.holds104c ? with60b : base }
  }

  static let abhCountingParams = ["counted", "special_104c", "bridge_months", "absence_max_months", "departure_ends_duldung"]

  static let abhStatus: [String: Evaluator] = [
    "toleration_25a": Evaluator(
      params: ["duldung_months", "tolerated", "special_104c"], facts: ["stays", "permit_104c", "followup_application_on"]
    ) { p, _ in
      let months = try p.int("duldung_months")
      let tolerated = try p.statuses("tolerated")
      let special = try p.bool("special_104c")
      return { ctx in
        if special, ctx.holds104c { return .met("Inhaber einer AE nach § 104c", "holds a § 104c permit") }
        guard ctx.file.stays != nil else { return .missing("stays") }
        // § 60a Abs. 5 S. 1: a departure ends the Duldung, so its months start anew.
        let policy = CountingPolicy(counted: tolerated, departureEndsDuldung: true)
        guard case .since(let start, _) = ResidenceCounter.run(ctx.file, asOf: ctx.asOf, policy: policy) else {
          if ctx.currentStay?.status == .duldung60b {
            return .outcome(.gap, .caseManagement, "Duldung nach § 60b zählt nicht (§ 60b Abs. 5)", "a § 60b Duldung does not count (§ 60b Abs. 5)")
          }
          return .outcome(.excluded, nil, "Nicht geduldet am \(german: ctx.asOf)", "not tolerated on \(iso: ctx.asOf)")
        }
        let done = start.completing(months: months)
        let e = Wording.elapsed(from: start, to: ctx.asOf)
        let de: ReasonText = "Geduldet seit \(german: start) (\(de: e)); \(months) Monate erforderlich"
        let en: ReasonText = "tolerated since \(iso: start) (\(en: e)); \(months) months needed"
        return done <= ctx.asOf ? .met(de, en) : .unmet(de, en, until: done)
      }
    },
    "toleration_25b": Evaluator(params: ["special_104c"], facts: ["stays", "permit_104c"]) { p, _ in
      let special = try p.bool("special_104c")
      return { ctx in
        if special, ctx.holds104c { return .met("Inhaber einer AE nach § 104c", "holds a § 104c permit") }
        guard ctx.file.stays != nil else { return .missing("stays") }
        if ctx.tolerated { return .met("Geduldet am \(german: ctx.asOf)", "tolerated on \(iso: ctx.asOf)") }
        return .unmet("Nicht geduldet am \(german: ctx.asOf)", "not tolerated on \(iso: ctx.asOf)")
      }
    },
    "age_limit": Evaluator(
      params: ["max_age", "min_age"], facts: ["person.birth_date", "received_on", "followup_application_on"]
    ) { p, _ in
      let maxAge = try p.int("max_age")
      let minAge = try p.int("min_age")
      return { ctx in
        guard let birth = ctx.file.person.birthDate else { return .missing("person.birth_date") }
        let limit = birth.birthday(turning: maxAge)
        let app = ctx.application25a
        // "jugendlich": practice counts from 14 (a parameter marked as practice, not statute).
        let youngest = birth.birthday(turning: minAge)
        if ctx.asOf < youngest {
          return .outcome(
            .gap, .time, "Jünger als \(minAge) (Praxis: jugendlich ab \(minAge)); \(minAge). Geburtstag am \(german: youngest)",
            "younger than \(minAge) (practice: a youth from \(minAge)); turns \(minAge) on \(iso: youngest)", until: youngest)
        }
        if app.day < limit {
          if app.filed {
            return .met("Antrag am \(german: app.day), vor dem \(maxAge). Geburtstag", "applied on \(iso: app.day), before turning \(maxAge)")
          }
          let last = limit.adding(days: -1)
          return .met("Antrag bis \(german: last) stellen (\(maxAge). Geburtstag am \(german: limit))", "apply by \(iso: last) (turns \(maxAge) on \(iso: limit))", deadline: last)
        }
        return .unmet("Antrag nicht vor dem \(maxAge). Geburtstag (\(german: limit))", "no application before turning \(maxAge) (\(iso: limit))")
      }
    },
    "abh_residence": Evaluator(params: ["years"] + abhCountingParams, facts: ["stays", "absences"]) { p, _ in
      let years = try p.int("years")
      let policyFor = try abhPolicy(p)
      return { ctx in
        let r = residence(ctx, policy: policyFor(ctx), years: years)
        if case .met = r.kind { return withAbsencesKnown(ctx, r) }
        return r
      }
    },
    "abh_residence_family": Evaluator(
      params: ["years", "years_with_child", "duldung60d_months"] + abhCountingParams,
      facts: ["stays", "absences", "household.minor_children"]
    ) { p, _ in
      let (years, reduced) = (try p.int("years"), try p.int("years_with_child"))
      let months60d = try p.int("duldung60d_months")
      let policyFor = try abhPolicy(p)
      return { ctx in
        let policy = policyFor(ctx)
        var result = residence(ctx, policy: policy, years: years)
        if case .met = result.kind { return withAbsencesKnown(ctx, result) }
        if let children = ctx.file.household?.minorChildren {
          if children > 0 { result = residence(ctx, policy: policy, years: reduced) }
        } else {
          let short = residence(ctx, policy: policy, years: reduced)
          if case .met = short.kind { return .missing("household.minor_children") }
        }
        if case .met = result.kind { return withAbsencesKnown(ctx, result) }
        // § 25b Abs. 6: 30 months of a § 60d Duldung stand in for the six or four years.
        if months60d > 0, let r = duldung60d(ctx, months: months60d, policy: policy), case .met = r.kind {
          return withAbsencesKnown(ctx, r)
        }
        return result
      }
    },
  ]

  /// An uninterrupted stay is met only if the absences are recorded (`[]` = none).
  static func withAbsencesKnown(_ ctx: EvalContext, _ r: CheckResult) -> CheckResult {
    ctx.file.absences == nil ? .missing("absences") : r
  }

  /// § 25b Abs. 6 AufenthG: held a § 60d Duldung for `months` up to `asOf`.
  static func duldung60d(_ ctx: EvalContext, months: Int, policy: CountingPolicy) -> CheckResult? {
    var only60d = policy
    only60d.counted = StatusSet([.duldung60d])
    only60d.bridgeMonths = 0
    guard case .since(let start, _) = ResidenceCounter.run(ctx.file, asOf: ctx.asOf, policy: only60d) else { return nil }
    let done = start.completing(months: months)
    let de: ReasonText = "Beschäftigungsduldung (§ 60d) seit \(german: start); \(months) Monate genügen statt der Frist (§ 25b Abs. 6)"
    let en: ReasonText = "employment toleration (§ 60d) since \(iso: start); \(months) months replace the period (§ 25b Abs. 6)"
    return done <= ctx.asOf ? .met(de, en) : .unmet(de, en, until: done)
  }
}
