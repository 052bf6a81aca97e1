import CaseModel

/// Identity, language, livelihood and the other facts of a Duldung file.
enum DuldungFacts {
  static func apply(_ file: inout CaseFile, kind: DuldungFile.Kind, asOf: Day, rng: inout SplitMix64) {
    let received = file.receivedOn
    let in60b = file.stays?.contains { $0.status == .duldung60b } ?? false
    file.identity = identity(clear: !in60b && rng.chance(0.4), in60b: in60b, received: received, asOf: asOf, rng: &rng)
    file.german = german(rng: &rng, before: asOf)
    if rng.chance(0.7) {
      file.civics = Civics(passed: rng.chance(0.6), proof: .orientationCourse, on: received.adding(days: -rng.int(0...700)))
    }
    if rng.chance(0.5) { file.declarations = Declarations(fdgoSignedOn: min(received.adding(days: rng.int(0...90)), asOf)) }
    file.livelihood = livelihood(kind: kind, rng: &rng)
    file.convictions = convictions(received: received, rng: &rng)
    file.securityCheck = rng.chance(0.7) ? .clear : (rng.chance(0.5) ? .pending : .notRequested)
    let age = file.person.birthDate.map { $0.age(on: asOf) } ?? 30
    var household = Household()
    let children = file.related?.filter { $0.relation == .child }.count ?? 0
    household.minorChildren = kind == .sustainable && age > 24 ? children + rng.int(0...(children > 0 ? 1 : 4)) : 0
    if household.minorChildren! > 0 { household.childrenSchoolAttendanceProven = rng.chance(0.75) }
    file.household = household
    file.spousesCount = age > 24 && rng.chance(0.55) ? 1 : 0
    var waivers = Waivers()
    waivers.illnessDisabilityAge = rng.chance(0.03)
    waivers.languageHardship = false
    file.waivers = waivers
    if kind == .young {
      var school = School()
      school.yearsAttendedInGermany = Double(rng.int(1...8))
      school.qualification = rng.chance(0.4)
      file.school = school
    }
    let passport = DocumentRecord(
      id: "D03", status: file.identity?.passportValid == true ? .provided : .missing,
      on: file.identity?.passportValid == true ? received : nil,
      validUntil: file.identity?.passportValid == true ? received.adding(days: rng.int(400...3_000)) : nil)
    let language = DocumentRecord(id: "D08", status: file.german?.proof == .certificate ? .provided : .requested)
    file.documents = [passport, language]
    file.consents = Paperwork.consents(received: received, share: 0.75, asOf: asOf, rng: &rng)
  }

  static func identity(clear: Bool, in60b: Bool, received: Day, asOf: Day, rng: inout SplitMix64) -> Identity {
    var id = Identity()
    id.passportValid = clear
    id.evidenceLevel = clear ? 1 : rng.int(2...4)
    id.passportObtainable = clear ? .yes : rng.pick([.yes, .unknown, .unknown, .impossible, .unreasonable])
    id.deception = in60b ? (rng.chance(0.4) ? .ongoing : .past) : (rng.chance(0.05) ? .past : Deception.none)
    id.deceptionCausedDuldung = id.deception == .ongoing
    if !clear {
      let actions = [
        "embassy appointment requested", "passport application filed", "birth certificate requested via lawyer",
        "identity card copy submitted", "relatives asked for documents",
      ]
      var efforts: [IdentityEffort] = []
      var day = received
      for _ in 0..<rng.int(0...3) {
        day = day.adding(days: rng.int(20...240))
        if day > asOf { break }
        efforts.append(IdentityEffort(on: day, action: rng.pick(actions)))
      }
      id.efforts = efforts
    }
    return id
  }

  static func german(rng: inout SplitMix64, before asOf: Day) -> German? {
    let x = rng.unit()
    if x < 0.10 { return nil }
    let level: LanguageLevel = x < 0.15 ? .none : x < 0.35 ? .A1 : x < 0.80 ? .A2 : .B1
    let proof: LanguageProof = level == .none ? .none : rng.pick([.certificate, .certificate, .oralCheck, .school])
    var g = German(level: level, proof: proof, on: level == .none ? nil : asOf.adding(days: -rng.int(30...900)))
    g.oralOnly = proof == .oralCheck
    return g
  }

  static func livelihood(kind: DuldungFile.Kind, rng: inout SplitMix64) -> Livelihood? {
    if rng.chance(0.08) { return nil }
    var l = Livelihood()
    l.inEducation = kind == .young && rng.chance(0.45)
    let employed = rng.chance(kind == .young ? 0.35 : 0.55)
    l.needMonthly = Double(rng.int(90...300) * 10)
    l.incomeMonthly = employed ? Double(rng.int(80...260) * 10) : 0
    l.fulltimeNow = employed && rng.chance(0.6)
    l.fulltimeMonthsLast24 = l.fulltimeNow! ? rng.int(6...24) : 0
    l.benefitsSgb2Sgb12 = !employed || l.incomeMonthly! < l.needMonthly!
    l.singleParent = kind == .sustainable && rng.chance(0.1)
    l.carer = rng.chance(0.02)
    return l
  }

  static func convictions(received: Day, rng: inout SplitMix64) -> [Conviction] {
    guard rng.chance(0.10) else { return [] }
    var c = Conviction(on: received.adding(days: -rng.int(100...2_000)), kind: .fine)
    if rng.chance(0.8) {
      c.dailyRates = rng.int(10...50)
      c.foreignerOnlyOffence = rng.chance(0.4)
    } else if rng.chance(0.5) {
      c.dailyRates = rng.int(60...150)
    } else {
      c.kind = .youthMeasure
    }
    c.erasableOn = c.on.adding(years: 5)
    return [c]
  }
}
