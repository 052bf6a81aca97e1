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
      params: ["level", "child_age", "guest_worker_oral", "hardship"],
      facts: ["german.level", "german.oral_only", "german.proof", "german.on", "waivers.illness_disability_age",
              "waivers.language_hardship", "guest_worker_entry"]
    ) { p, _ in
      let (level, childAge) = (try p.level("level"), try p.int("child_age"))
      let (guestOral, hardship) = (try p.bool("guest_worker_oral"), try p.bool("hardship"))
      return { ctx in
        if let age = ctx.age, age < childAge {
          return .met("Unter \(childAge): altersgemäße Sprachentwicklung genügt", "under \(childAge): age-appropriate German suffices")
        }
        let have = ctx.file.german?.level
        if let have, have >= level, ctx.file.german?.oralOnly != true {
          guard let on = ctx.file.german?.on else { return .met("Deutsch \(have.rawValue)", "German \(have.rawValue)") }
          return .met("Deutsch \(have.rawValue) (\(german: on))", "German \(have.rawValue) (\(iso: on))")
        }
        if guestOral, ctx.file.guestWorkerEntry != nil {
          return .review("Gastarbeitergeneration: mündliche Verständigung genügt (prüfen)", "guest-worker generation: oral communication suffices (check)")
        }
        if ctx.file.waivers?.illnessDisabilityAge == true {
          return .review("Ausnahme wegen Krankheit, Behinderung oder Alter (Attest prüfen)", "waiver for illness, disability or age (check the certificate)")
        }
        if hardship, ctx.file.waivers?.languageHardship == true {
          return .review("Härtefall: Beschränkung auf mündliche Kenntnisse (Ermessen)", "hardship: oral German may suffice (discretion)")
        }
        guard let have else { return .missing("german.level") }
        if ctx.file.german?.oralOnly == true {
          return .unmet("Deutsch \(have.rawValue) (nur mündlich); \(level.rawValue) erforderlich", "German \(have.rawValue) (oral only); \(level.rawValue) needed")
        }
        return .unmet("Deutsch \(have.rawValue); \(level.rawValue) erforderlich", "German \(have.rawValue); \(level.rawValue) needed")
      }
    },
    "civics_test": Evaluator(
      params: ["child_age", "accepted_proofs", "guest_worker_waiver", "hardship_waiver"],
      facts: ["civics.passed", "civics.proof", "civics.on", "waivers.illness_disability_age", "guest_worker_entry"]
    ) { p, _ in
      let childAge = try p.int("child_age")
      let accepted = Set(try p.list("accepted_proofs"))
      let (guest, hardship) = (try p.bool("guest_worker_waiver"), try p.bool("hardship_waiver"))
      return { ctx in
        if let age = ctx.age, age < childAge {
          return .notApplicable("Unter \(childAge): nicht erforderlich", "under \(childAge): not required")
        }
        if guest, ctx.file.guestWorkerEntry != nil {
          return .met("Gastarbeitergeneration: kein Test (Abs. 6 S. 2)", "guest-worker generation: no test (Abs. 6 S. 2)")
        }
        if let c = ctx.file.civics, c.passed == true, c.proof.map({ accepted.contains($0.rawValue) }) ?? true {
          guard let on = c.on else { return .met("Test bestanden", "test passed") }
          return .met("Test bestanden (\(german: on))", "test passed (\(iso: on))")
        }
        if ctx.file.waivers?.illnessDisabilityAge == true {
          return .review("Ausnahme wegen Krankheit, Behinderung oder Alter (Attest prüfen)", "waiver for illness, disability or age (check the certificate)")
        }
        if hardship, ctx.file.waivers?.languageHardship == true {
          return .review("Härtefall Abs. 4a: kein Test", "hardship under Abs. 4a: no test")
        }
        guard let c = ctx.file.civics, let passed = c.passed else { return .missing("civics") }
        if passed { return .unmet("Nachweis \(c.proof?.rawValue ?? "") genügt nicht", "proof \(c.proof?.rawValue ?? "") does not count") }
        return .unmet("Einbürgerungstest nicht bestanden", "naturalization test not passed")
      }
    },
  ]

  /// BVerwG step model (1 C 36.19, refined by 1 C 27.24): passport first; lower steps only where a
  /// passport is impossible or unreasonable to obtain.
  static func identityStepModel(_ ctx: EvalContext, maxLevel: Int) -> CheckResult {
    guard let id = ctx.file.identity else { return .missing("identity") }
    if id.deception == .ongoing {
      return .outcome(.excluded, nil, "Täuschung über die Identität", "deception about identity")
    }
    if id.passportValid == true || id.evidenceLevel == 1 {
      return .met("Identität durch Pass geklärt (Stufe 1)", "identity clarified by passport (step 1)")
    }
    let excused = id.passportObtainable == .impossible || id.passportObtainable == .unreasonable
    if let level = id.evidenceLevel, excused {
      if level <= maxLevel {
        return .met("Pass nicht erreichbar; Identität auf Stufe \(level) geklärt", "passport not obtainable; identity clarified on step \(level)")
      }
      if !(id.efforts ?? []).isEmpty {
        return .review("Stufe \(level): Gesamtwürdigung nötig", "step \(level): overall assessment needed")
      }
    }
    if id.passportValid == nil, id.evidenceLevel == nil { return .missing("identity.passport_valid") }
    return .unmet("Identität nicht geklärt: kein gültiger Pass", "identity not clarified: no valid passport")
  }
}
