import CaseModel
import Checklists

// MARK: - Residence periods for naturalization (§ 10 Abs. 1, 2, § 9, § 8, § 12b StAG)

extension Evaluators {
  static let stagCountingParams = [
    "counted", "counted_if_recognised", "recognising", "absence_max_months", "half_rule", "free_movement",
  ]

  /// The § 12b counting of a naturalization route. The half-period rule (Abs. 1 S. 5) is not a
  /// restart: it holds "in der Regel", so `halfPeriod` asks the clerk.
  static func stagPolicy(_ p: ParamValues, years: Int) throws -> CountingPolicy {
    _ = try p.bool("half_rule")
    return CountingPolicy(
      counted: try p.statuses("counted"), countedIfRecognised: try p.statuses("counted_if_recognised"),
      recognising: try p.protections("recognising"), bridgeMonths: 0,
      absenceMaxMonths: try p.int("absence_max_months"), halfRuleYears: nil, stag12b: true,
      freeMovementNationalities: Set(try p.list("free_movement")), creditYears: (try? p.int("credit_years")) ?? 0)
  }

  static let stagResidence: [String: Evaluator] = [
    "stag_residence": Evaluator(
      params: ["years", "credit_years"] + stagCountingParams,
      facts: ["stays", "stays.gap_cause", "absences", "protection", "related", "person.birth_date"]
    ) { p, _ in
      let years = try p.int("years")
      let policy = try stagPolicy(p, years: years)
      let half = try p.bool("half_rule")
      return { ctx in naturalizationResidence(ctx, policy: policy, years: years, halfRule: half) }
    },
    "stag_residence_reduced": Evaluator(
      params: ["years", "years_course", "years_special", "special_level", "course_level", "credit_years"] + stagCountingParams,
      facts: ["stays", "stays.gap_cause", "absences", "protection", "german.level", "civics.passed", "special_integration",
              "related", "person.birth_date"]
    ) { p, _ in
      let (full, course, special) = (try p.int("years"), try p.int("years_course"), try p.int("years_special"))
      let (specialLevel, courseLevel) = (try p.level("special_level"), try p.level("course_level"))
      let policy = try stagPolicy(p, years: full)
      let half = try p.bool("half_rule")
      return { ctx in
        let level = ctx.file.german?.level ?? LanguageLevel.none
        var years = full
        if level >= courseLevel, ctx.file.civics?.passed == true { years = course }
        if level >= specialLevel, ctx.file.specialIntegration == true { years = special }
        let result = naturalizationResidence(ctx, policy: policy, years: years, halfRule: half)
        // The shorter periods depend on German and the test: where they are not recorded and
        // would decide, they are missing, not a longer period.
        if case .met = result.kind { return result }
        let unknownLevel = ctx.file.german?.level == nil
        let unknownTest = ctx.file.civics?.passed == nil
        let shortest = ctx.file.specialIntegration == true && unknownLevel ? min(course, special) : course
        if (unknownLevel || unknownTest), years == full,
          case .met = naturalizationResidence(ctx, policy: policy, years: shortest, halfRule: half).kind
        {
          return .missing(unknownLevel ? "german.level" : "civics.passed")
        }
        return result
      }
    },
    "stag9_residence_marriage": Evaluator(
      params: ["years", "marriage_years", "credit_years"] + stagCountingParams,
      facts: ["stays", "stays.gap_cause", "absences", "protection", "married_to_german_since", "related", "person.birth_date"]
    ) { p, _ in
      let (years, marriage) = (try p.int("years"), try p.int("marriage_years"))
      let policy = try stagPolicy(p, years: years)
      let half = try p.bool("half_rule")
      return { ctx in
        let res = naturalizationResidence(ctx, policy: policy, years: years, halfRule: half)
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
      return { [unlimited] ctx in
        let d = ResidenceCounter.analyse(ctx.file, asOf: ctx.asOf, policy: policy)
        guard case .since(let start, let note) = d.run else {
          return ctx.file.stays == nil ? .missing("stays") : .notApplicable("Kein laufender Aufenthalt", "no current stay")
        }
        guard ctx.file.absences != nil else { return .missing("absences") }
        if let a = d.undecidedAbsence, a.to.adding(days: 1).completing(years: years) > ctx.asOf { return undecidedAbsence(a) }
        if let a = d.militaryAbsence, a.to.adding(days: 1).completing(years: years) > ctx.asOf {
          return .review(
            "Wehrdienst \(german: a.from)–\(german: a.to): Wiedereinreise binnen drei Monaten nach der Entlassung prüfen (§ 12b Abs. 1 S. 3)",
            "military service \(iso: a.from) to \(iso: a.to): check re-entry within three months of discharge (§ 12b Abs. 1 S. 3)")
        }
        guard let note else { return .met("Keine Unterbrechung durch Auslandsaufenthalte", "no interruption by stays abroad") }
        if d.completes(years: years, start: start) <= ctx.asOf {
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

  static func undecidedAbsence(_ a: Absence) -> CheckResult {
    CheckResult(
      kind: .missing,
      de: "Nicht erfasst: ob nach dem Auslandsaufenthalt \(german: a.from)–\(german: a.to) die Wiedereinreise in der von der Ausländerbehörde gesetzten Frist erfolgte (absences.returned_within_set_period, § 12b Abs. 1 S. 2)",
      en: "Not recorded: whether the person came back from the absence \(iso: a.from) to \(iso: a.to) within the period the ABH set (absences.returned_within_set_period, § 12b Abs. 1 S. 2)")
  }

  /// The residence condition of a naturalization route: § 12b counting, the protection status
  /// inferred or asked for where a Gestattung decides, the half-period rule of § 12b Abs. 1 S. 5
  /// as `review`, and co-naturalization under § 10 Abs. 2 as `review`. Absent facts that decide
  /// are `missing`, never a silent restart.
  static func naturalizationResidence(_ ctx: EvalContext, policy: CountingPolicy, years: Int, halfRule: Bool) -> CheckResult {
    var result = residenceWithProtection(ctx, policy: policy, years: years)
    if case .met = result.kind {
      guard let absences = ctx.file.absences else { return .missing("absences") }
      if halfRule, let r = halfPeriod(absences, asOf: ctx.asOf, years: years) { result = r }
    }
    if case .met = result.kind { return result }
    if case .missing = result.kind { return result }
    return coNaturalization(ctx, instead: result) ?? result
  }

  /// § 12b Abs. 1 S. 5 StAG: absences within the required period over half of it end habitual
  /// residence "in der Regel" — for the clerk to weigh.
  static func halfPeriod(_ absences: [Absence], asOf: Day, years: Int) -> CheckResult? {
    let windowStart = asOf.adding(years: -years)
    let limit = windowStart.days(until: asOf) / 2
    var total = 0
    for a in absences where a.to >= windowStart && a.from <= asOf {
      total += max(a.from, windowStart).days(until: min(a.to, asOf)) + 1
    }
    guard total > limit else { return nil }
    return .review(
      "Auslandsaufenthalte \(total) Tage seit \(german: windowStart), mehr als die Hälfte der Frist (\(limit) Tage): gewöhnlicher Aufenthalt besteht in der Regel nicht fort (§ 12b Abs. 1 S. 5)",
      "absences of \(total) days since \(iso: windowStart), over half the period (\(limit) days): habitual residence as a rule does not continue (§ 12b Abs. 1 S. 5)")
  }

  /// § 10 Abs. 2 StAG (§ 9 Abs. 1 S. 3 for children): spouse and minor children naturalized with
  /// the applicant need not have the five years. Judged from this file's `related` alone.
  static func coNaturalization(_ ctx: EvalContext, instead result: CheckResult) -> CheckResult? {
    guard let related = ctx.file.related else { return nil }
    let minor = ctx.age.map { $0 < 18 }
    for r in related where r.coApplication == true {
      if r.relation == .spouse || (r.relation == .parent && minor != false) {
        return .review(
          "Miteinbürgerung mit \(r.fileNo) (§ 10 Abs. 2): Aufenthaltsdauer nicht zwingend (Ermessen); ohne Miteinbürgerung: \(result.de)",
          "naturalized together with \(r.fileNo) (§ 10 Abs. 2): the period is not required (discretion); on its own: \(result.en)")
      }
    }
    if minor != false, let parent = related.first(where: { $0.relation == .parent && $0.coApplication == nil }) {
      if minor == nil { return .missing("person.birth_date") }
      return CheckResult(
        kind: .missing,
        de: "Nicht erfasst: ob das Kind mit \(parent.fileNo) miteingebürgert wird (related.co_application, § 10 Abs. 2)",
        en: "Not recorded: whether the child is naturalized together with \(parent.fileNo) (related.co_application, § 10 Abs. 2)")
    }
    return nil
  }

  /// Counted residence where an absent `protection` may decide: recognition is inferred from a
  /// later title under § 25 Abs. 1 or 2 AufenthG (and said so); otherwise, if recognition would
  /// change the answer, the protection status is `missing`.
  static func residenceWithProtection(_ ctx: EvalContext, policy: CountingPolicy, years: Int) -> CheckResult {
    guard ctx.file.protection == nil, let stays = ctx.file.stays,
      stays.contains(where: { policy.countedIfRecognised.contains($0.status) && $0.from <= ctx.asOf })
    else { return residence(ctx, policy: policy, years: years) }
    let recognised = [Protection.refugee, .asylum, .subsidiary].first(where: policy.recognising.contains) ?? .refugee
    if let basis = stays.first(where: { ($0.basis ?? "").hasPrefix("AufenthG-25-1") || ($0.basis ?? "").hasPrefix("AufenthG-25-2") })?.basis {
      var r = residence(ctx, policy: policy, years: years, protection: recognised)
      r.de = "\(r.de) (Schutzstatus nicht erfasst: Anerkennung aus dem Titel nach \(basis) geschlossen)"
      r.en = "\(r.en) (protection not recorded: recognition inferred from the title under \(basis))"
      return r
    }
    let without = residence(ctx, policy: policy, years: years, protection: Protection.none)
    if case .met = without.kind { return without }
    let with = residence(ctx, policy: policy, years: years, protection: recognised)
    let helps: Bool
    switch (with.kind, without.kind) {
    case (.met, _), (.review, _): helps = true
    case (.unmet, .unmet): helps = (with.until ?? Day(ordinal: Int32.max)) < (without.until ?? Day(ordinal: Int32.max))
    default: helps = false
    }
    return helps ? .missing("protection") : without
  }

  /// Counted residence against a required number of years; a shortfall closes by time. A gap in
  /// lawful residence follows its recorded cause (§ 12b Abs. 3 StAG) when the policy says so.
  static func residence(_ ctx: EvalContext, policy: CountingPolicy, years: Int, protection: Protection? = nil) -> CheckResult {
    let need = Wording.years(years)
    let d = ResidenceCounter.analyse(ctx.file, asOf: ctx.asOf, policy: policy, protection: protection)
    switch d.run {
    case .unknown: return .missing("stays")
    case .none:
      return .outcome(
        .gap, .authority, "Kein anrechenbarer Aufenthalt am \(german: ctx.asOf); \(de: need) erforderlich",
        "no counted stay on \(iso: ctx.asOf); \(en: need) needed")
    case .since(let start, let note):
      let e = Wording.elapsed(from: start, to: ctx.asOf)
      let done = d.completes(years: years, start: start)
      var de: ReasonText = "\(de: e) anrechenbarer Aufenthalt seit \(german: start)"
      var en: ReasonText = "\(en: e) of counted residence since \(iso: start)"
      if let note {
        de = "\(de) (\(note.de))"
        en = "\(en) (\(note.en))"
      }
      if d.disregardedDays > 0 {
        de = "\(de); \(d.disregardedDays) Tage Lücke wegen verspäteten Verlängerungsantrags bleiben außer Betracht und zählen nicht (§ 12b Abs. 3 S. 1)"
        en = "\(en); a gap of \(d.disregardedDays) days after a late renewal application is disregarded and not counted (§ 12b Abs. 3 S. 1)"
      }
      de = "\(de); \(de: need) erforderlich"
      en = "\(en); \(en: need) needed"
      // An absence that would interrupt if the return was late decides only if the period since
      // that absence is not complete on its own.
      if let a = d.undecidedAbsence, a.to.adding(days: 1).completing(years: years) > ctx.asOf { return undecidedAbsence(a) }
      if let a = d.militaryAbsence, a.to.adding(days: 1).completing(years: years) > ctx.asOf, done <= ctx.asOf {
        return .review(
          "\(de); Wehrdienst \(german: a.from)–\(german: a.to): Wiedereinreise binnen drei Monaten nach der Entlassung prüfen (§ 12b Abs. 1 S. 3)",
          "\(en); military service \(iso: a.from) to \(iso: a.to): check re-entry within three months of discharge (§ 12b Abs. 1 S. 3)")
      }
      if done <= ctx.asOf { return .met(de, en) }
      if policy.stag12b, let gap = d.gap { return gapBefore(gap, ctx: ctx, policy: policy, done: done, de: de, en: en) }
      return .unmet(de, en, until: done)
    }
  }

  /// The run is too short and began after a gap in lawful residence (§ 12b Abs. 3 StAG).
  static func gapBefore(
    _ gap: ResidenceCounter.Gap, ctx: EvalContext, policy: CountingPolicy, done: Day, de: ReasonText, en: ReasonText
  ) -> CheckResult {
    switch gap.cause {
    case nil:
      return CheckResult(
        kind: .missing,
        de: "Nicht erfasst: Ursache der Lücke im rechtmäßigen Aufenthalt \(german: gap.from)–\(german: gap.to) (stays.gap_cause, § 12b Abs. 3); \(de)",
        en: "Not recorded: cause of the gap in lawful residence \(iso: gap.from) to \(iso: gap.to) (stays.gap_cause, § 12b Abs. 3); \(en)")
    case .lateRenewal?:
      return .unmet(de, en, until: done)  // (bridged by the counter; kept for completeness)
    case .other?:
      // § 12b Abs. 3 S. 2 with Abs. 2: earlier residence up to three years may be credited.
      let creditYears = policy.creditYears
      let afterEarlier = gap.earlier.to.adding(days: 1)
      let credited = min(gap.earlier.from.days(until: afterEarlier), afterEarlier.adding(years: -creditYears).days(until: afterEarlier))
      let earliest = done.adding(days: -credited)
      let w = Wording.elapsed(from: gap.earlier.from, to: gap.earlier.to.adding(days: 1))
      let cde: ReasonText = "Lücke \(german: gap.from)–\(german: gap.to) aus anderem Grund: \(de: w) früherer Aufenthalt bis zu \(creditYears) Jahre anrechenbar (Ermessen, § 12b Abs. 3 S. 2, Abs. 2); mit voller Anrechnung erfüllt am \(german: earliest), ohne am \(german: done); \(de)"
      let cen: ReasonText = "gap \(iso: gap.from) to \(iso: gap.to) for another reason: \(en: w) of earlier residence, up to \(creditYears) years may be credited (discretion, § 12b Abs. 3 S. 2, Abs. 2); with full credit complete on \(iso: earliest), without on \(iso: done); \(en)"
      if earliest <= ctx.asOf { return .review(cde, cen) }
      return .unmet(cde, cen, until: earliest)
    }
  }
}
