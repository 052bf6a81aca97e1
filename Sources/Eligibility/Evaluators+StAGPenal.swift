import CaseModel
import Checklists

// MARK: - Convictions, investigations, exclusion grounds (§§ 10 Nr. 5, 11, 12a, 35a StAG)

extension Evaluators {
  static let stagPenal: [String: Evaluator] = [
    "conviction_stag": Evaluator(
      params: ["max_daily_rates", "max_prison_months", "slight_excess_rates", "days_per_month"],
      facts: ["convictions", "convictions.kind", "convictions.daily_rates", "convictions.months",
              "convictions.suspended", "convictions.remitted", "convictions.hate_motive", "convictions.erasable_on"]
    ) { p, _ in
      let maxRates = try p.int("max_daily_rates")
      let maxMonths = try p.number("max_prison_months")
      let slight = try p.int("slight_excess_rates")
      let perMonth = try p.int("days_per_month")
      return { ctx in
        convictions(ctx, maxRates: maxRates, maxMonths: maxMonths, slight: slight, perMonth: perMonth)
      }
    },
    "pending_investigation": Evaluator(params: [], facts: ["pending_investigation"]) { _, _ in
      { ctx in
        guard let p = ctx.file.pendingInvestigation else { return .missing("pending_investigation") }
        return p
          ? .unmet("Ermittlungsverfahren anhängig: Entscheidung ausgesetzt", "criminal investigation pending: decision suspended")
          : .met("Kein Ermittlungsverfahren anhängig", "no investigation pending")
      }
    },
    "exclusion_grounds": Evaluator(
      params: ["max_spouses", "inquiry_age"], facts: ["security_check", "spouses_count", "person.birth_date"]
    ) { p, _ in
      let maxSpouses = try p.int("max_spouses")
      let inquiryAge = try p.int("inquiry_age")
      return { ctx in
        if ctx.file.securityCheck == .hit {
          return .unmet("Sicherheitsanfrage: Erkenntnisse (§ 11 S. 1 Nr. 1, 2)", "security inquiry: findings (§ 11 S. 1 Nr. 1, 2)")
        }
        // § 37 S. 1 StAG: the inquiry concerns applicants who have turned 16; a younger child
        // has no inquiry to wait for (and cannot be married to several spouses under § 11 Nr. 3 a
        // in any way the office records).
        if let age = ctx.age, age < inquiryAge {
          return .notApplicable(
            "Unter \(inquiryAge): keine Anfrage bei den Verfassungsschutzbehörden (§ 37 S. 1)",
            "under \(inquiryAge): no inquiry with the intelligence services (§ 37 S. 1)")
        }
        guard let s = ctx.file.securityCheck else {
          return .missing(ctx.age == nil ? "person.birth_date" : "security_check")
        }
        guard let n = ctx.file.spousesCount else { return .missing("spouses_count") }
        if n > maxSpouses {
          return .unmet("Mit \(n) Ehegatten verheiratet (§ 11 S. 1 Nr. 3 a)", "married to \(n) spouses (§ 11 S. 1 Nr. 3 a)")
        }
        if s != .clear, ctx.age == nil { return .missing("person.birth_date") }
        if s == .pending { return .outcome(.gap, .authority, "Sicherheitsanfrage läuft", "security inquiry pending") }
        if s == .notRequested {
          return .outcome(.gap, .authority, "Sicherheitsanfrage nicht gestellt", "security inquiry not requested")
        }
        return .met("Sicherheitsanfrage ohne Erkenntnisse", "security inquiry clear")
      }
    },
    "sperrfrist": Evaluator(params: [], facts: ["sperrfrist_until"]) { _, _ in
      { ctx in
        // A bar is entered in the register (§ 33 StAG); no entry recorded means no bar.
        guard let until = ctx.file.sperrfristUntil, ctx.asOf <= until else {
          return .met("Keine Sperrfrist eingetragen", "no naturalization bar recorded")
        }
        return .unmet("Sperrfrist bis \(german: until)", "naturalization barred until \(iso: until)", until: until.adding(days: 1))
      }
    },
  ]

  /// § 12a Abs. 1: minor sentences are disregarded up to 90 daily rates or 3 months' suspended and
  /// remitted prison, added up; a hate motive found by the court disregards nothing.
  static func convictions(_ ctx: EvalContext, maxRates: Int, maxMonths: Double, slight: Int, perMonth: Int) -> CheckResult {
    guard let live = ctx.liveConvictions else { return .missing("convictions") }
    if live.isEmpty { return .met("Keine zu berücksichtigende Verurteilung", "no conviction to consider") }
    var total = 0
    var hard: [(de: ReasonText, en: ReasonText)] = []
    for c in live {
      if c.hateMotive == true, c.kind != .youthMeasure {
        hard.append(("Verurteilung vom \(german: c.on) mit festgestelltem Hassmotiv", "conviction of \(iso: c.on) with a hate motive found"))
        continue
      }
      switch c.kind {
      case .youthMeasure: continue
      case .fine:
        guard let r = c.dailyRates else { return .missing("convictions.daily_rates") }
        total = total.saturatingAdding(r)
      case .prisonSuspended where c.suspended == false:
        // The suspension was revoked (§ 56f StGB): the sentence is served, never disregarded.
        let m = c.months.map(fmt) ?? "?"
        hard.append(("Freiheitsstrafe \(m) Monate, Bewährung widerrufen (\(german: c.on))", "\(m) months' prison, suspension revoked (\(iso: c.on))"))
      case .prisonSuspended:
        guard let m = c.months else { return .missing("convictions.months") }
        guard let remitted = c.remitted else { return .missing("convictions.remitted") }
        if remitted {
          // S. 3: one daily rate equals one day of prison; a remitted suspended sentence over
          // three months may still be a slight excess (S. 4: "die Strafe oder die Summe der Strafen").
          total = total.saturatingAdding(Int(saturating: (m * Double(perMonth)).rounded(.up)))
        } else {
          hard.append(("Bewährungsstrafe \(fmt(m)) Monate, nicht erlassen", "suspended sentence of \(fmt(m)) months, not remitted"))
        }
      case .prison, .youthPrison:
        let m = c.months.map(fmt) ?? "?"
        let what = c.kind == .prison ? ("Freiheitsstrafe", "prison") : ("Jugendstrafe", "youth prison")
        hard.append(("\(what.0) \(m) Monate (\(german: c.on))", "\(m) months' \(what.1) (\(iso: c.on))"))
      }
    }
    let erasable = live.compactMap(\.erasableOn).max()
    let until = live.allSatisfy { $0.erasableOn != nil } ? erasable : nil
    if !hard.isEmpty {
      var de = ReasonText.joined(hard.map(\.de), separator: "; ")
      var en = ReasonText.joined(hard.map(\.en), separator: "; ")
      if let until {
        (de, en) = ("\(de) bis zur Tilgungsreife \(german: until)", "\(en) until erasable on \(iso: until)")
      }
      return .unmet(de, en, until: until)
    }
    if total <= maxRates {
      return .met("\(total) Tagessätze insgesamt; bis \(maxRates) bleiben außer Betracht", "\(total) daily rates in total; up to \(maxRates) are disregarded")
    }
    if total <= maxRates + slight {
      return .review("\(total) Tagessätze: geringfügig über \(maxRates) (Einzelfall, § 12a Abs. 1 S. 4)", "\(total) daily rates: slightly above \(maxRates) (case by case)")
    }
    return .unmet("\(total) Tagessätze; höchstens \(maxRates)", "\(total) daily rates; at most \(maxRates)", until: until)
  }

  static func fmt(_ m: Double) -> String { Int(exactly: m).map(String.init) ?? String(m) }
}
