import CaseModel
import Checklists

// MARK: - Identity, capacity, declarations, title, language, civics (§§ 8, 10, 12 StAG)

extension Evaluators {
  static let stagPersonal: [String: Evaluator] = [
    "identity_step_model": Evaluator(
      params: ["max_level"],
      facts: ["identity.passport_valid", "identity.evidence_level", "identity.passport_obtainable",
              "identity.deception", "identity.efforts"]
    ) { p, _ in
      let maxLevel = try p.int("max_level")
      return { ctx in identityStepModel(ctx, maxLevel: maxLevel) }
    },
    "capacity": Evaluator(params: ["min_age"], facts: ["person.birth_date"]) { p, _ in
      let minAge = try p.int("min_age")
      return { ctx in
        guard let age = ctx.age else { return .missing("person.birth_date") }
        if age >= minAge { return .met("Handlungsfähig (\(age) Jahre)", "capable of acting (aged \(age))") }
        return .met("Unter \(minAge): gesetzlich vertreten", "under \(minAge): acts through the legal representative")
      }
    },
    "fdgo_declaration": Evaluator(params: ["child_age"], facts: ["declarations.fdgo_signed_on"]) { p, _ in
      let childAge = try p.int("child_age")
      return { ctx in
        if let age = ctx.age, age < childAge {
          return .notApplicable("Unter \(childAge): nicht erforderlich", "under \(childAge): not required")
        }
        guard let d = ctx.file.declarations else { return .missing("declarations") }
        guard let on = d.fdgoSignedOn, on <= ctx.asOf else {
          if ctx.age == nil { return .missing("person.birth_date") }  // (not needed under 16)
          return .unmet("Bekenntnis und Loyalitätserklärung nicht unterschrieben", "commitment and loyalty declaration not signed")
        }
        return .met("Bekenntnis unterschrieben am \(german: on)", "commitment signed on \(iso: on)")
      }
    },
    "history_declaration": Evaluator(params: ["child_age"], facts: ["declarations.history_signed_on"]) { p, _ in
      let childAge = try p.int("child_age")
      return { ctx in
        guard let d = ctx.file.declarations else { return .missing("declarations") }
        if let on = d.historySignedOn, on <= ctx.asOf {
          return .met("Bekenntnis zur historischen Verantwortung am \(german: on)", "historical-responsibility commitment signed on \(iso: on)")
        }
        if let age = ctx.age, age < childAge {
          return .review("Unter \(childAge): wie das Kind die Erklärung abgibt, ist nicht geregelt", "under \(childAge): how a child gives the commitment is not regulated")
        }
        return .unmet("Bekenntnis zur historischen Verantwortung (Nr. 1a) fehlt", "commitment to historical responsibility (Nr. 1a) not signed")
      }
    },
    "residence_title": Evaluator(
      params: ["qualifying", "permits", "excluded_bases"], facts: ["stays", "stays.status", "stays.basis"]
    ) { p, _ in
      let (qualifying, permits) = (try p.statuses("qualifying"), try p.statuses("permits"))
      let excluded = try p.list("excluded_bases")
      let excludedPrefixes = excluded.map { $0 + "-" }
      let excludedSet = Set(excluded)
      return { ctx in
        guard ctx.file.stays != nil else { return .missing("stays") }
        guard let s = ctx.currentStay else {
          return .unmet("Kein Aufenthaltsrecht am \(german: ctx.asOf)", "no residence right on \(iso: ctx.asOf)")
        }
        if qualifying.contains(s.status) { return .met("Aufenthaltsrecht: \(s.status.rawValue)", "residence right: \(s.status.rawValue)") }
        if s.status == .fiktion {
          return .review("Nur Fiktionsbescheinigung: zugrunde liegenden Titel prüfen", "only a fictional certificate: check the underlying title")
        }
        let basis = s.status == .permit104c ? "AufenthG-104c" : s.basis
        guard permits.contains(s.status) || s.status == .permit104c else {
          return .unmet("Kein Aufenthaltstitel (\(s.status.rawValue))", "no residence title (\(s.status.rawValue))")
        }
        guard let basis else { return .missing("stays.basis") }
        if excludedSet.contains(basis) || excludedPrefixes.contains(where: { basis.hasPrefix($0) }) {
          return .unmet("Titel nach \(basis) ist ausgeschlossen (Nr. 2)", "a title under \(basis) does not qualify (Nr. 2)")
        }
        return .met("Aufenthaltserlaubnis nach \(basis)", "residence permit under \(basis)")
      }
    },
    "language": Evaluator(
      params: ["level", "child_age", "guest_worker_oral", "hardship", "guest_recruitment_until", "guest_contract_until",
               "guest_oral_level"],
      facts: ["german.level", "german.oral_only", "german.proof", "german.on", "german.age_appropriate",
              "waivers.illness_disability_age", "waivers.language_hardship", "guest_worker_entry", "person.birth_date"]
    ) { p, _ in
      let (level, childAge) = (try p.level("level"), try p.int("child_age"))
      let (guestOral, hardship) = (try p.bool("guest_worker_oral"), try p.bool("hardship"))
      let cutoffs = (recruitment: try p.date("guest_recruitment_until"), contract: try p.date("guest_contract_until"))
      let oralLevel = try p.level("guest_oral_level")
      return { ctx in
        guard let age = ctx.age else {
          // Under 16 another standard applies (§ 10 Abs. 4 S. 2): without the birth date only a
          // proof that meets the adult standard decides.
          if let have = ctx.german?.level, have >= level, ctx.german?.oralOnly != true {
            return .met("Deutsch \(have.rawValue)", "German \(have.rawValue)")
          }
          if ctx.german?.level == nil, ctx.file.german?.ageAppropriate == nil { return .missing("german.level") }
          return .missing("person.birth_date")
        }
        if age < childAge, !(ctx.german?.level.map { $0 >= level } ?? false && ctx.german?.oralOnly != true) {
          // § 10 Abs. 4 S. 2: age-appropriate development, a fact of its own; never met by default
          // (a B1 proof meets Nr. 6 at any age under S. 1).
          guard let fits = ctx.file.german?.ageAppropriate else { return .missing("german.age_appropriate") }
          return fits
            ? .met("Unter \(childAge): altersgemäße Sprachentwicklung (§ 10 Abs. 4 S. 2)", "under \(childAge): age-appropriate German (§ 10 Abs. 4 S. 2)")
            : .unmet("Unter \(childAge): Sprachentwicklung nicht altersgemäß", "under \(childAge): German not as expected for the age")
        }
        if let on = ctx.file.german?.on, on > ctx.asOf {
          // A proof dated later does not count yet; it closes by itself on its date.
          return .outcome(.gap, .time, "Sprachnachweis erst vom \(german: on), nach dem \(german: ctx.asOf)", "language proof only of \(iso: on), after \(iso: ctx.asOf)", until: on)
        }
        let have = ctx.german?.level
        if let have, have >= level, ctx.german?.oralOnly != true {
          guard let on = ctx.german?.on else { return .met("Deutsch \(have.rawValue)", "German \(have.rawValue)") }
          return .met("Deutsch \(have.rawValue) (\(german: on))", "German \(have.rawValue) (\(iso: on))")
        }
        if guestOral, let g = ctx.file.guestWorkerEntry, guestWorkerQualifies(g, cutoffs) {
          // § 10 Abs. 4 S. 3: oral everyday German "ist ... ausreichend" — a deeming rule.
          guard let have else { return .missing("german.level") }
          if have >= oralLevel {
            return .met("Gastarbeitergeneration: mündlich \(have.rawValue) genügt (§ 10 Abs. 4 S. 3)", "guest-worker generation: oral \(have.rawValue) suffices (§ 10 Abs. 4 S. 3)")
          }
        }
        if ctx.file.waivers?.illnessDisabilityAge == true {
          return .review("Ausnahme wegen Krankheit, Behinderung oder Alter (Attest prüfen)", "waiver for illness, disability or age (check the certificate)")
        }
        if hardship, ctx.file.waivers?.languageHardship == true {
          return .review("Härtefall: Beschränkung auf mündliche Kenntnisse (Ermessen)", "hardship: oral German may suffice (discretion)")
        }
        guard let have else { return .missing("german.level") }
        if ctx.german?.oralOnly == true {
          return .unmet("Deutsch \(have.rawValue) (nur mündlich); \(level.rawValue) erforderlich", "German \(have.rawValue) (oral only); \(level.rawValue) needed")
        }
        return .unmet("Deutsch \(have.rawValue); \(level.rawValue) erforderlich", "German \(have.rawValue); \(level.rawValue) needed")
      }
    },
    "civics_test": Evaluator(
      params: ["child_age", "accepted_proofs", "guest_worker_waiver", "hardship_waiver", "guest_recruitment_until",
               "guest_contract_until"],
      facts: ["civics.passed", "civics.proof", "civics.on", "waivers.illness_disability_age", "guest_worker_entry",
              "person.birth_date"]
    ) { p, _ in
      let childAge = try p.int("child_age")
      let accepted = Set(try p.list("accepted_proofs"))
      let (guest, hardship) = (try p.bool("guest_worker_waiver"), try p.bool("hardship_waiver"))
      let cutoffs = (recruitment: try p.date("guest_recruitment_until"), contract: try p.date("guest_contract_until"))
      return { ctx in
        if let age = ctx.age, age < childAge {
          return .notApplicable("Unter \(childAge): nicht erforderlich", "under \(childAge): not required")
        }
        if guest, let g = ctx.file.guestWorkerEntry, guestWorkerQualifies(g, cutoffs) {
          return .met("Gastarbeitergeneration: kein Test (Abs. 6 S. 2)", "guest-worker generation: no test (Abs. 6 S. 2)")
        }
        if let c = ctx.file.civics, let on = c.on, on > ctx.asOf, c.passed == true {
          return .outcome(.gap, .time, "Test erst am \(german: on), nach dem \(german: ctx.asOf)", "test only on \(iso: on), after \(iso: ctx.asOf)", until: on)
        }
        if let c = ctx.civics, c.passed == true, c.proof.map({ accepted.contains($0.rawValue) }) ?? true {
          guard ctx.age != nil else { return .met("Test bestanden", "test passed") }
          guard let on = c.on else { return .met("Test bestanden", "test passed") }
          return .met("Test bestanden (\(german: on))", "test passed (\(iso: on))")
        }
        if ctx.file.waivers?.illnessDisabilityAge == true {
          return .review("Ausnahme wegen Krankheit, Behinderung oder Alter (Attest prüfen)", "waiver for illness, disability or age (check the certificate)")
        }
        if hardship, ctx.file.waivers?.languageHardship == true {
          return .review("Härtefall Abs. 4a: kein Test", "hardship under Abs. 4a: no test")
        }
        guard ctx.age != nil else { return .missing("person.birth_date") }
        guard let c = ctx.civics, let passed = c.passed else { return .missing("civics") }
        if passed { return .unmet("Nachweis \(c.proof?.rawValue ?? "") genügt nicht", "proof \(c.proof?.rawValue ?? "") does not count") }
        return .unmet("Einbürgerungstest nicht bestanden", "naturalization test not passed")
      }
    },
  ]

  /// § 10 Abs. 4 S. 3, Abs. 1 S. 1 Nr. 3 a StAG: entry under a recruitment agreement by
  /// 30.06.1974, as a GDR contract worker by 13.06.1990, or as their spouse in temporal connection.
  static func guestWorkerQualifies(_ g: GuestWorkerEntry, _ cutoffs: (recruitment: Day, contract: Day)) -> Bool {
    switch g.kind {
    case .recruitment: return g.on <= cutoffs.recruitment
    case .contractWorker: return g.on <= cutoffs.contract
    case .spouse: return true
    }
  }

  /// BVerwG step model (1 C 36.19, refined by 1 C 27.24): passport first; lower steps only where a
  /// passport is impossible or unreasonable to obtain.
  static func identityStepModel(_ ctx: EvalContext, maxLevel: Int) -> CheckResult {
    guard let id = ctx.file.identity else { return .missing("identity") }
    if id.deception == .ongoing {
      return .outcome(.excluded, nil, "Täuschung über die Identität", "deception about identity")
    }
    // Ongoing deception excludes: not recorded is not "none".
    guard id.deception != nil else { return .missing("identity.deception") }
    let passport = ctx.passportValid
    if passport == true || id.evidenceLevel == 1 && !ctx.passportDocumentInvalid {
      return .met("Identität durch Pass geklärt (Stufe 1)", "identity clarified by passport (step 1)")
    }
    let excused = id.passportObtainable == .impossible || id.passportObtainable == .unreasonable
    if let level = id.evidenceLevel, level > 1 {
      if excused {
        if level <= maxLevel {
          return .met("Pass nicht erreichbar; Identität auf Stufe \(level) geklärt", "passport not obtainable; identity clarified on step \(level)")
        }
        if !(id.efforts ?? []).isEmpty {
          return .review("Stufe \(level): Gesamtwürdigung nötig", "step \(level): overall assessment needed")
        }
      } else if id.passportObtainable == nil || id.passportObtainable == .unknown {
        // Lower steps count only where a passport cannot be had: that fact decides.
        return .missing("identity.passport_obtainable")
      }
    }
    if id.evidenceLevel == nil, passport != true, id.passportObtainable != .yes {
      // Without a passport, other evidence may clarify identity: its step decides.
      return .missing("identity.evidence_level")
    }
    if passport == nil, id.evidenceLevel == nil { return .missing("identity.passport_valid") }
    if let why = ctx.passportContradiction {
      return .unmet("Identität nicht geklärt: \(why.de)", "identity not clarified: \(why.en)")
    }
    return .unmet("Identität nicht geklärt: kein gültiger Pass", "identity not clarified: no valid passport")
  }
}
