import CaseModel

/// The substantive facts of a naturalization file, shaped by its gap profile.
enum NaturalizationFacts {
  static func apply(
    _ file: inout CaseFile, gaps: GapProfile, refugee: Bool, child: Bool, asOf: Day, rng: inout SplitMix64
  ) {
    let received = file.receivedOn
    let start = file.stays?.first?.from ?? received
    file.identity = identity(gaps: gaps, refugee: refugee, received: received, asOf: asOf, rng: &rng)
    file.german = german(gaps: gaps, child: child, start: start, received: received, rng: &rng)
    file.civics = child ? nil : civics(gaps: gaps, received: received, rng: &rng)
    if !child {
      let history = max(received, Day(year: 2024, month: 6, day: 27)!)
      file.declarations = Declarations(fdgoSignedOn: received, historySignedOn: history <= asOf ? history : nil)
    }
    file.livelihood = livelihood(gaps: gaps, child: child, rng: &rng)
    file.convictions = convictions(gaps: gaps, received: received, rng: &rng)
    file.pendingInvestigation = gaps.pendingInvestigation
    file.securityCheck = gaps.excluded && rng.chance(0.5) ? .hit : securityCheck(file.status, rng: &rng)
    let married = file.related?.contains { $0.relation == .spouse } ?? false
    file.spousesCount = child ? 0 : (married || rng.chance(0.45) ? 1 : 0)
    var household = Household()
    household.minorChildren = child ? 0 : (file.related?.filter { $0.relation == .child }.count ?? 0) + rng.int(0...1)
    household.spouseOfFulltimeWorker = married && gaps.benefits && rng.chance(0.3)
    file.household = household
    var waivers = Waivers()
    waivers.illnessDisabilityAge = rng.chance(0.02)
    waivers.languageHardship = false
    file.waivers = waivers
    if child {
      var school = School()
      let age = file.person.birthDate.map { $0.age(on: received) } ?? 10
      school.yearsAttendedInGermany = Double(rng.int(0...max(0, age - 6)))
      school.qualification = false
      file.school = school
    }
    if gaps.unknownFacts { forget(&file, rng: &rng) }
  }

  static func identity(gaps: GapProfile, refugee: Bool, received: Day, asOf: Day, rng: inout SplitMix64) -> Identity {
    var id = Identity()
    id.deception = gaps.excluded && rng.chance(0.3) ? .ongoing : Deception.none
    if gaps.identityUnclear {
      id.passportValid = false
      id.evidenceLevel = rng.int(3...4)
      id.passportObtainable = rng.pick([.unknown, .impossible, .yes])
      let effort = received.adding(days: rng.int(30...200))
      id.efforts = effort <= asOf ? [IdentityEffort(on: effort, action: "embassy appointment requested")] : []
    } else if refugee {
      id.passportValid = false
      id.evidenceLevel = 2
      id.passportObtainable = .unreasonable
    } else {
      id.passportValid = true
      id.evidenceLevel = 1
      id.passportObtainable = .yes
    }
    return id
  }

  static func german(gaps: GapProfile, child: Bool, start: Day, received: Day, rng: inout SplitMix64) -> German {
    let on = start.adding(days: rng.int(200...max(200, start.days(until: received))))
    if child { return German(level: rng.chance(0.5) ? .B1 : .A2, proof: .school, on: min(on, received)) }
    if gaps.languageA2 { return German(level: .A2, proof: .certificate, on: min(on, received)) }
    let level: LanguageLevel = rng.pick([.B1, .B1, .B1, .B2, .B2, .C1])
    let proof: LanguageProof = rng.chance(0.8) ? .certificate : rng.pick([.school, .vocational, .university])
    return German(level: level, proof: proof, on: min(on, received))
  }

  static func civics(gaps: GapProfile, received: Day, rng: inout SplitMix64) -> Civics {
    if gaps.civicsMissing { return Civics(passed: false) }
    let proof: CivicsProof = rng.chance(0.8) ? .einbuergerungstest : rng.pick([.lid, .school, .orientationCourse])
    return Civics(passed: true, proof: proof, on: received.adding(days: -rng.int(10...700)))
  }

  static func livelihood(gaps: GapProfile, child: Bool, rng: inout SplitMix64) -> Livelihood {
    var l = Livelihood()
    if child { l.benefitsSgb2Sgb12 = gaps.benefits; return l }
    l.benefitsSgb2Sgb12 = gaps.benefits
    l.needMonthly = Double(rng.int(110...280) * 10)
    if gaps.fulltimeException {
      l.fulltimeNow = true
      l.fulltimeMonthsLast24 = rng.int(20...24)
      l.incomeMonthly = Double(rng.int(180...240) * 10)
      l.needMonthly = max(l.needMonthly!, l.incomeMonthly! + 300)
    } else if gaps.benefits {
      l.fulltimeNow = false
      l.fulltimeMonthsLast24 = rng.int(0...12)
      l.incomeMonthly = Double(rng.int(0...140) * 10)
      l.notAtFault = rng.chance(0.2)
    } else {
      l.fulltimeNow = rng.chance(0.85)
      l.fulltimeMonthsLast24 = l.fulltimeNow! ? 24 : rng.int(0...19)
      l.incomeMonthly = l.needMonthly! + Double(rng.int(10...200) * 10)
    }
    return l
  }

  static func convictions(gaps: GapProfile, received: Day, rng: inout SplitMix64) -> [Conviction] {
    var out: [Conviction] = []
    if gaps.minorFine {
      var c = Conviction(on: received.adding(days: -rng.int(200...2500)), kind: .fine)
      c.dailyRates = rng.int(10...90)
      c.erasableOn = c.on.adding(years: 5)
      out.append(c)
    }
    if gaps.majorConviction {
      var c = Conviction(on: received.adding(days: -rng.int(200...1800)), kind: rng.chance(0.6) ? .fine : .prisonSuspended)
      if c.kind == .fine { c.dailyRates = rng.int(95...180) } else { c.months = Double(rng.int(4...12)) }
      c.erasableOn = c.on.adding(years: 5)
      out.append(c)
    }
    if gaps.excluded, out.isEmpty, rng.chance(0.5) {
      var c = Conviction(on: received.adding(days: -rng.int(200...1500)), kind: .fine)
      c.dailyRates = rng.int(20...60)
      c.hateMotive = true
      out.append(c)
    }
    return out
  }

  static func securityCheck(_ status: CaseStatus, rng: inout SplitMix64) -> SecurityCheck {
    switch status {
    case .received: return .notRequested
    case .documentsRequested: return rng.chance(0.5) ? .pending : .notRequested
    default: return .clear
    }
  }

  /// Leaves one or two facts unrecorded, as in a file still being keyed in.
  static func forget(_ file: inout CaseFile, rng: inout SplitMix64) {
    for _ in 0..<rng.int(1...2) {
      switch rng.int(0...4) {
      case 0: file.german = nil
      case 1: file.livelihood = nil
      case 2: file.civics = nil
      case 3: file.convictions = nil
      default: file.identity?.passportValid = nil
      }
    }
  }
}
