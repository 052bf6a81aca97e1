import CaseModel
import Checklists

// MARK: - Residence periods for naturalization (§ 10 Abs. 1, § 9, § 8, § 12b StAG)

extension Evaluators {
  static let stagCountingParams = [
    "counted", "counted_if_recognised", "recognising", "absence_max_months", "half_rule",
  ]

  static func stagPolicy(_ p: ParamValues, years: Int) throws -> CountingPolicy {
    CountingPolicy(
      counted: try p.statuses("counted"), countedIfRecognised: try p.statuses("counted_if_recognised"),
      recognising: try p.protections("recognising"), bridgeMonths: 0,
      absenceMaxMonths: try p.int("absence_max_months"),
      halfRuleYears: try p.bool("half_rule") ? years : nil)
  }

  static let stagResidence: [String: Evaluator] = [
    "stag_residence": Evaluator(
      params: ["years"] + stagCountingParams, facts: ["stays", "absences", "protection"]
    ) { p, _ in
      let years = try p.int("years")
      let policy = try stagPolicy(p, years: years)
      return { ctx in residence(ctx, policy: policy, years: years) }
    },
    "stag_residence_reduced": Evaluator(
      params: ["years", "years_course", "years_special", "special_level", "course_level"] + stagCountingParams,
      facts: ["stays", "absences", "protection", "german.level", "civics.passed", "special_integration"]
    ) { p, _ in
      let (full, course, special) = (try p.int("years"), try p.int("years_course"), try p.int("years_special"))
      let (specialLevel, courseLevel) = (try p.level("special_level"), try p.level("course_level"))
      let policy = try stagPolicy(p, years: full)
      return { ctx in
        let level = ctx.file.german?.level ?? LanguageLevel.none
        var years = full
        if level >= courseLevel, ctx.file.civics?.passed == true { years = course }
        if level >= specialLevel, ctx.file.specialIntegration == true { years = special }
        return residence(ctx, policy: policy, years: years)
      }
    },
    "stag9_residence_marriage": Evaluator(
      params: ["years", "marriage_years"] + stagCountingParams,
      facts: ["stays", "absences", "protection", "married_to_german_since"]
    ) { p, _ in
      let (years, marriage) = (try p.int("years"), try p.int("marriage_years"))
      let policy = try stagPolicy(p, years: years)
      return { ctx in
        let res = residence(ctx, policy: policy, years: years)
        guard let since = ctx.file.marriedToGermanSince else { return .missing("married_to_german_since") }
        let done = since.completing(years: marriage)
        let m = Wording.elapsed(from: since, to: ctx.asOf)
        let need = Wording.years(marriage)
        let de: ReasonText = "Ehe seit \(german: since) (\(de: m); \(de: need) erforderlich); \(res.de)"
        let en: ReasonText = "married since \(iso: since) (\(en: m); \(en: need) needed); \(res.en)"
        switch res.kind {
        case .met where done <= ctx.asOf: return .met(de, en)
        case .met: return .unmet(de, en, until: done)
        case .unmet where res.until != nil: return .unmet(de, en, until: max(res.until!, done))
        default:
          var r = res
          (r.de, r.en) = (de, en)
          return r
        }
      }
    },
    "absence_interruption": Evaluator(
      params: ["years", "credit_years"] + stagCountingParams, facts: ["stays", "absences", "protection"]
    ) { p, _ in
      let (years, credit) = (try p.int("years"), try p.int("credit_years"))
      let policy = try stagPolicy(p, years: years)
      var unlimited = policy
      unlimited.absenceMaxMonths = nil
      unlimited.halfRuleYears = nil
      return { [unlimited] ctx in
        guard case .since(let start, let note) = ResidenceCounter.run(ctx.file, asOf: ctx.asOf, policy: policy) else {
          return ctx.file.stays == nil ? .missing("stays") : .notApplicable("Kein laufender Aufenthalt", "no current stay")
        }
        guard let note else { return .met("Keine Unterbrechung durch Auslandsaufenthalte", "no interruption by stays abroad") }
        if start.completing(years: years) <= ctx.asOf {
          return .met("Unterbrechung liegt vor der nötigen Frist: \(note.de)", "interruption lies before the period needed: \(note.en)")
        }
        guard case .since(let earliest, _) = ResidenceCounter.run(ctx.file, asOf: ctx.asOf, policy: unlimited), earliest < start else {
          return .met(note.de, note.en)
        }
        let before = Wording.elapsed(from: earliest, to: start)
        return .unmet(
          "\(note.de); \(de: before) früherer Aufenthalt, bis zu \(credit) Jahre anrechenbar (Ermessen, § 12b Abs. 2)",
          "\(note.en); \(en: before) of earlier residence, up to \(credit) years may be credited (discretion, § 12b Abs. 2)")
      }
    },
    "stag_lawful_residence": Evaluator(
      params: stagCountingParams, facts: ["stays", "absences", "protection"]
    ) { p, _ in
      let policy = try stagPolicy(p, years: 0)
      return { ctx in
        switch ResidenceCounter.run(ctx.file, asOf: ctx.asOf, policy: policy) {
        case .unknown: return .missing("stays")
        case .none:
          return .unmet("Kein rechtmäßiger Aufenthalt am \(german: ctx.asOf)", "no lawful stay on \(iso: ctx.asOf)")
        case .since(let start, _):
          let e = Wording.elapsed(from: start, to: ctx.asOf)
          return .met("Rechtmäßiger Aufenthalt seit \(german: start) (\(de: e))", "lawful stay since \(iso: start) (\(en: e))")
        }
      }
    },
  ]

  /// Counted residence against a required number of years; a shortfall closes by time.
  static func residence(_ ctx: EvalContext, policy: CountingPolicy, years: Int) -> CheckResult {
    let need = Wording.years(years)
    switch ResidenceCounter.run(ctx.file, asOf: ctx.asOf, policy: policy) {
    case .unknown: return .missing("stays")
    case .none:
      return .outcome(
        .gap, .authority, "Kein anrechenbarer Aufenthalt am \(german: ctx.asOf); \(de: need) erforderlich",
        "no counted stay on \(iso: ctx.asOf); \(en: need) needed")
    case .since(let start, let note):
      let e = Wording.elapsed(from: start, to: ctx.asOf)
      let done = start.completing(years: years)
      let de: ReasonText
      let en: ReasonText
      if let note {
        de = "\(de: e) anrechenbarer Aufenthalt seit \(german: start) (\(note.de)); \(de: need) erforderlich"
        en = "\(en: e) of counted residence since \(iso: start) (\(note.en)); \(en: need) needed"
      } else {
        de = "\(de: e) anrechenbarer Aufenthalt seit \(german: start); \(de: need) erforderlich"
        en = "\(en: e) of counted residence since \(iso: start); \(en: need) needed"
      }
      return done <= ctx.asOf ? .met(de, en) : .unmet(de, en, until: done)
    }
  }
}
