import CaseModel
import Checklists

// MARK: - Integration conditions of §§ 25a, 25b AufenthG and the § 104c follow-up

extension Evaluators {
  static let abhConditions: [String: Evaluator] = [
    "school_25a": Evaluator(
      params: ["years", "illness_waiver"],
      facts: ["school.years_attended_in_germany", "school.qualification", "waivers.illness_disability_age"]
    ) { p, _ in
      let (years, waiver) = (try p.number("years"), try p.bool("illness_waiver"))
      return { ctx in
        if waiver, ctx.file.waivers?.illnessDisabilityAge == true {
          return .met("Ausnahme wegen Krankheit oder Behinderung", "waived for illness or disability")
        }
        guard let s = ctx.file.school else { return .missing("school") }
        if s.qualification == true { return .met("Schul- oder Berufsabschluss", "school or vocational qualification") }
        guard let y = s.yearsAttendedInGermany else { return .missing("school.years_attended_in_germany") }
        let de: ReasonText = "\(fmt(y)) Jahre Schulbesuch; \(fmt(years)) erforderlich"
        let en: ReasonText = "\(fmt(y)) years of school; \(fmt(years)) needed"
        return y >= years ? .met(de, en) : .unmet(de, en)
      }
    },
    "minor_convictions": Evaluator(
      params: ["max_daily_rates", "max_daily_rates_foreigner_only"],
      facts: ["convictions", "convictions.kind", "convictions.daily_rates", "convictions.foreigner_only_offence"]
    ) { p, _ in
      let (maxRates, maxForeign) = (try p.int("max_daily_rates"), try p.int("max_daily_rates_foreigner_only"))
      return { ctx in
        guard let live = ctx.liveConvictions else { return .missing("convictions") }
        var (general, foreign) = (0, 0)
        for c in live {
          switch c.kind {
          case .youthMeasure: continue
          case .fine:
            guard let r = c.dailyRates else { return .missing("convictions.daily_rates") }
            if c.foreignerOnlyOffence == true { foreign += r } else { general += r }
          default:
            return .unmet("Verurteilung zu \(c.kind.rawValue) (\(german: c.on))", "conviction to \(c.kind.rawValue) (\(iso: c.on))")
          }
        }
        if general <= maxRates, general + foreign <= maxForeign {
          return .met("\(general + foreign) Tagessätze; unschädlich bis \(maxRates) (\(maxForeign) ausländerrechtlich)", "\(general + foreign) daily rates; harmless up to \(maxRates) (\(maxForeign) for immigration offences)")
        }
        return .unmet("\(general + foreign) Tagessätze über der Grenze", "\(general + foreign) daily rates above the limit")
      }
    },
    "security_fdgo": Evaluator(params: [], facts: ["security_check"]) { _, _ in
      { ctx in
        switch ctx.file.securityCheck {
        case nil: return .missing("security_check")
        case .hit?: return .unmet("Anhaltspunkte gegen die FDGO (Sicherheitsanfrage)", "indications against the constitutional order (security inquiry)")
        case .clear?: return .met("Sicherheitsanfrage ohne Erkenntnisse", "security inquiry clear")
        case .pending?, .notRequested?: return .outcome(.gap, .authority, "Sicherheitsanfrage offen", "security inquiry open")
        }
      }
    },
    "livelihood_25a": Evaluator(params: [], facts: ["livelihood.in_education", "livelihood.benefits_sgb2_sgb12"]) { _, _ in
      { ctx in
        let l = ctx.file.livelihood
        if l?.inEducation == true {
          return .met("In Schule, Ausbildung oder Studium: Leistungen unschädlich", "in school, training or studies: benefits do not harm")
        }
        guard let b = l?.benefitsSgb2Sgb12 else { return .missing("livelihood.benefits_sgb2_sgb12") }
        return b ? .unmet("Lebensunterhalt nicht gesichert", "livelihood not secured") : .met("Lebensunterhalt gesichert", "livelihood secured")
      }
    },
    "deception": Evaluator(params: ["needs_causation"], facts: ["identity.deception", "identity.deception_caused_duldung"]) { p, _ in
      let causal = try p.bool("needs_causation")
      return { ctx in
        guard let d = ctx.file.identity?.deception else { return .missing("identity.deception") }
        guard d == .ongoing else { return .met("Keine andauernde Täuschung", "no ongoing deception") }
        if causal {
          guard let c = ctx.file.identity?.deceptionCausedDuldung else { return .missing("identity.deception_caused_duldung") }
          if !c { return .met("Täuschung nicht ursächlich für die Duldung", "deception did not cause the Duldung") }
        }
        return .unmet("Eigene Täuschung verhindert die Abschiebung", "own deception prevents deportation")
      }
    },
    "passport_general": Evaluator(params: ["special_104c"], facts: ["identity.passport_valid", "identity.passport_obtainable"]) { p, _ in
      let special = try p.bool("special_104c")
      return { ctx in
        if special, ctx.holds104c {
          return .notApplicable("Für Inhaber nach § 104c gilt die Identitätsregel (Abs. 6/8)", "for § 104c holders the identity rule applies")
        }
        guard let id = ctx.file.identity else { return .missing("identity") }
        if ctx.passportValid == true { return .met("Gültiger Pass", "valid passport") }
        if id.passportObtainable == .impossible || id.passportObtainable == .unreasonable {
          return .review("Pass nicht erreichbar: Ausnahme von der Passpflicht prüfen", "passport not obtainable: check an exception")
        }
        guard id.passportValid != nil else { return .missing("identity.passport_valid") }
        // Whether a passport can be had decides the exception: unknown is not "no".
        if id.passportObtainable == nil || id.passportObtainable == .unknown { return .missing("identity.passport_obtainable") }
        if let why = ctx.passportContradiction { return .unmet("Kein gültiger Pass: \(why.de)", "no valid passport: \(why.en)") }
        return .unmet("Kein gültiger Pass", "no valid passport")
      }
    },
    "identity_104c": Evaluator(params: ["special_104c", "max_level"], facts: ["identity.passport_valid", "identity.evidence_level", "identity.efforts"]) { p, _ in
      let (special, maxLevel) = (try p.bool("special_104c"), try p.int("max_level"))
      return { ctx in
        guard special, ctx.holds104c else {
          return .notApplicable("Nur für Inhaber einer AE nach § 104c", "only for § 104c holders")
        }
        guard let id = ctx.file.identity else { return .missing("identity") }
        if ctx.passportValid == true || (ctx.passportContradiction == nil && (id.evidenceLevel.map { $0 <= maxLevel } ?? false)) {
          return .met("Identität geklärt", "identity clarified")
        }
        if let e = id.efforts, !e.isEmpty {
          // § 25a Abs. 6 S. 2 / § 25b Abs. 8 S. 2: then the permit "kann" be granted — discretion.
          return .review(
            "Identität nicht geklärt; \(e.count) zumutbare Schritte dokumentiert: Erteilung möglich (Ermessen, § 25a Abs. 6 S. 2 / § 25b Abs. 8 S. 2)",
            "identity not clarified; \(e.count) reasonable steps documented: the permit may be granted (discretion, § 25a Abs. 6 S. 2 / § 25b Abs. 8 S. 2)")
        }
        if id.passportValid == nil, id.evidenceLevel == nil, id.efforts == nil { return .missing("identity.passport_valid") }
        if let why = ctx.passportContradiction {
          return .unmet("Identität nicht geklärt (\(why.de)); keine zumutbaren Schritte dokumentiert", "identity not clarified (\(why.en)); no reasonable steps documented")
        }
        return .unmet("Identität nicht geklärt; keine zumutbaren Schritte dokumentiert", "identity not clarified; no reasonable steps documented")
      }
    },
    "identity_abh": Evaluator(
      params: ["special_104c", "max_level"],
      facts: ["identity.passport_valid", "identity.evidence_level", "identity.efforts", "identity.passport_obtainable"]
    ) { p, v in
      let forHolders = try abhConditions["identity_104c"]!.make(p, v)
      let general = try abhConditions["passport_general"]!.make(p, v)
      let special = try p.bool("special_104c")
      return { ctx in special && ctx.holds104c ? forHolders(ctx) : general(ctx) }
    },
    "fdgo_civics_25b": Evaluator(params: [], facts: ["declarations.fdgo_signed_on", "civics.passed"]) { _, _ in
      { ctx in
        guard let d = ctx.file.declarations else { return .missing("declarations") }
        guard d.fdgoSignedOn != nil else { return .unmet("Bekenntnis zur FDGO fehlt", "commitment to the constitutional order missing") }
        guard let passed = ctx.file.civics?.passed else { return .missing("civics.passed") }
        return passed
          ? .met("Bekenntnis unterschrieben, Grundkenntnisse nachgewiesen", "commitment signed, basic knowledge shown")
          : .unmet("Grundkenntnisse der Rechts- und Gesellschaftsordnung fehlen", "basic knowledge of the legal order not shown")
      }
    },
    "livelihood_25b": Evaluator(
      params: ["min_share", "childcare_months"],
      facts: ["livelihood.benefits_sgb2_sgb12", "livelihood.income_monthly", "livelihood.need_monthly",
              "livelihood.in_education", "livelihood.single_parent", "livelihood.carer", "waivers.illness_disability_age",
              "household.minor_children", "household.children"]
    ) { p, _ in
      let share = try p.number("min_share")
      let careMonths = try p.int("childcare_months")
      // "unter 3 Jahren" while the law counted years (36 months), "unter 14 Monaten" since 01.07.2026.
      let careAge = careMonths % 12 == 0 ? "\(careMonths / 12) Jahren" : "\(careMonths) Monaten"
      let careAgeEn = careMonths % 12 == 0 ? "\(careMonths / 12) years" : "\(careMonths) months"
      return { ctx in
        if ctx.file.waivers?.illnessDisabilityAge == true {
          return .met("Ausnahme wegen Krankheit, Behinderung oder Alter (Abs. 3)", "waived for illness, disability or age (Abs. 3)")
        }
        guard let l = ctx.file.livelihood else { return .missing("livelihood") }
        if l.benefitsSgb2Sgb12 == false { return .met("Keine Leistungen nach SGB II/XII", "no SGB II/XII benefits") }
        guard let i = l.incomeMonthly, let n = l.needMonthly, n > 0 else {
          return .missing(l.incomeMonthly == nil ? "livelihood.income_monthly" : "livelihood.need_monthly")
        }
        let pct = Int(saturating: (i / n * 100).rounded(.down))
        let de: ReasonText = "Einkommen \(pct) % des Bedarfs; über \(Int(saturating: share * 100)) % erforderlich"
        let en: ReasonText = "income \(pct) % of need; over \(Int(saturating: share * 100)) % needed"
        if i / n > share { return .met(de, en) }
        // Abs. 1 S. 3: temporary benefits are "in der Regel" harmless for these groups.
        if l.inEducation == true {
          return .met("Studium oder Ausbildung: vorübergehender Bezug unschädlich (Abs. 1 S. 3 Nr. 1)", "studies or training: temporary benefits do not harm (Abs. 1 S. 3 Nr. 1)")
        }
        if l.carer == true {
          return .met("Pflege naher Angehöriger: vorübergehender Bezug unschädlich (Abs. 1 S. 3 Nr. 4)", "caring for close relatives: temporary benefits do not harm (Abs. 1 S. 3 Nr. 4)")
        }
        let minors = ctx.file.household?.minorChildren
        var unknown: String?
        if l.singleParent == true {
          // Nr. 3 only where work is not reasonable under § 10 Abs. 1 Nr. 3 SGB II: as a rule until
          // a child has completed its third year of life (to 30.06.2026) or its 14th month (since).
          if let births = ctx.minorChildBirthDates {
            if births.contains(where: { ctx.asOf < $0.completing(months: careMonths) }) {
              return .met(
                "Alleinerziehend mit Kind unter \(careAge): Arbeitsaufnahme nicht zumutbar (Abs. 1 S. 3 Nr. 3, § 10 Abs. 1 Nr. 3 SGB II)",
                "single parent with a child under \(careAgeEn): work not reasonable (Abs. 1 S. 3 Nr. 3, § 10 Abs. 1 Nr. 3 SGB II)")
            }
          } else if minors != 0 {
            unknown = "household.children"
          }
        }
        if let m = minors, m > 0, i > 0 {
          // Nr. 2: families with minor children temporarily on supplementary benefits.
          return .review(
            "\(de); Familie mit minderjährigen Kindern, ergänzende Leistungen: ob nur vorübergehend, ist zu prüfen (Abs. 1 S. 3 Nr. 2)",
            "\(en); family with minor children on supplementary benefits: whether only temporary is to be weighed (Abs. 1 S. 3 Nr. 2)")
        }
        if let unknown { return .missing(unknown) }
        if minors == nil, i > 0 { return .missing("household.minor_children") }
        return .unmet(de, en)
      }
    },
    "language_oral": Evaluator(params: ["level"], facts: ["german.level", "waivers.illness_disability_age"]) { p, _ in
      let level = try p.level("level")
      return { ctx in
        if ctx.file.waivers?.illnessDisabilityAge == true {
          return .met("Ausnahme wegen Krankheit, Behinderung oder Alter (Abs. 3)", "waived for illness, disability or age (Abs. 3)")
        }
        guard let have = ctx.file.german?.level else { return .missing("german.level") }
        let de: ReasonText = "Deutsch \(have.rawValue); mündlich \(level.rawValue) erforderlich"
        let en: ReasonText = "German \(have.rawValue); oral \(level.rawValue) needed"
        return have >= level ? .met(de, en) : .unmet(de, en)
      }
    },
    "school_attendance": Evaluator(
      params: ["school_age_from", "school_age_until"],
      facts: ["household.minor_children", "household.children", "household.children_school_attendance_proven"]
    ) { p, _ in
      let (from, until) = (try p.int("school_age_from"), try p.int("school_age_until"))
      return { ctx in
        let h = ctx.file.household
        if h?.minorChildren == 0 || h?.children?.isEmpty == true {
          return .notApplicable("Keine minderjährigen Kinder", "no minor children")
        }
        if h?.childrenSchoolAttendanceProven == true {
          return .met("Schulbesuch der Kinder nachgewiesen", "children's school attendance proven")
        }
        // Nr. 5 concerns children of school age only: judged per child.
        if let ages = ctx.childAges {
          let pupils = ages.filter { $0 >= from && $0 < until }.count
          if pupils == 0 {
            return .notApplicable("Kein Kind im schulpflichtigen Alter (\(from)–\(until - 1))", "no child of school age (\(from) to \(until - 1))")
          }
          guard h?.childrenSchoolAttendanceProven != nil else { return .missing("household.children_school_attendance_proven") }
          return .unmet("Schulbesuch von \(pupils) Kind(ern) im schulpflichtigen Alter nicht nachgewiesen", "school attendance of \(pupils) child(ren) of school age not proven")
        }
        guard h?.minorChildren != nil else { return .missing("household.minor_children") }
        // Children recorded only as a count: their ages decide whether Nr. 5 applies.
        return .missing(h?.childrenSchoolAttendanceProven == nil ? "household.children_school_attendance_proven" : "household.children")
      }
    },
    "expulsion_interest": Evaluator(
      params: ["prison_months", "youth_prison_months"],
      facts: ["security_check", "convictions", "convictions.months", "convictions.suspended"]
    ) { p, _ in
      let (prison, youth) = (try p.number("prison_months"), try p.number("youth_prison_months"))
      return { ctx in
        if ctx.file.securityCheck == .hit {
          return .unmet("Ausweisungsinteresse (§ 54 Abs. 1): Sicherheitsbedenken", "expulsion interest (§ 54 Abs. 1): security concerns")
        }
        guard let live = ctx.liveConvictions else { return .missing("convictions") }
        for c in live {
          let limit: Double
          switch c.kind {
          case .prison, .prisonSuspended: limit = prison
          case .youthPrison: limit = youth
          default: continue
          }
          guard let m = c.months else { return .missing("convictions.months") }
          if m >= limit, c.kind == .youthPrison {
            // § 54 Abs. 2 Nr. 2: "... und die Vollstreckung der Strafe nicht zur Bewährung
            // ausgesetzt worden ist". Suspended and running or remitted (§ 26a JGG) does not
            // count; a revoked suspension (§ 26 JGG, `suspended: false`) does; unknown is
            // missing. Files without `suspended`: `remitted: true` says it was suspended.
            if c.suspended == true || (c.suspended == nil && c.remitted == true) { continue }
            guard c.suspended != nil else { return .missing("convictions.suspended") }
          }
          if m >= limit {
            return .unmet("\(fmt(m)) Monate \(c.kind.rawValue) (§ 54)", "\(fmt(m)) months \(c.kind.rawValue) (§ 54)", until: c.erasableOn)
          }
        }
        return .met("Kein schweres Ausweisungsinteresse", "no serious expulsion interest")
      }
    },
  ]
}
