import CaseModel

/// Varied but plausible case files for benchmarks (not the demo generator): about four in five
/// EBH files under `StAG-10`, the rest tolerated persons on the ABH routes, with a spread of
/// residence starts, language levels, benefits, convictions and missing facts.
public struct SyntheticCases: Sendable {
  var state: UInt64

  public init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

  mutating func next(_ n: Int) -> Int {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return Int(state % UInt64(n))
  }

  mutating func day(from: String, span: Int) -> Day { Day(iso: from)!.adding(days: next(span)) }

  public mutating func file(number: Int) -> CaseFile {
    next(5) == 0 ? abh(number) : ebh(number)
  }

  mutating func ebh(_ n: Int) -> CaseFile {
    let received = day(from: "2022-01-01", span: 1700)
    var f = CaseFile(fileNo: "EBH-SYN-\(n)", office: .EBH, receivedOn: received, status: .inReview,
                     person: Person(familyName: "Muster", givenNames: "Alex", birthDate: day(from: "1960-01-01", span: 16000)))
    f.route = .stag10
    f.person.nationalities = [["SYR", "TUR", "IRQ", "AFG", "BIH", "ITA"][next(6)]]
    f.stays = [Stay(from: day(from: "2012-01-01", span: 4700), status: next(10) == 0 ? .settlementPermit : .residencePermit,
                    basis: ["AufenthG-18b", "AufenthG-25-2", "AufenthG-28", "AufenthG-16b"][next(4)])]
    f.absences = next(8) == 0 ? [Absence(from: Day(iso: "2022-07-01")!, to: Day(iso: "2022-08-15")!)] : []
    f.protection = next(3) == 0 ? .refugee : Protection.none
    if next(15) != 0 {
      var id = Identity()
      id.passportValid = next(6) != 0
      id.evidenceLevel = id.passportValid == true ? 1 : 2
      id.passportObtainable = .yes
      id.deception = Deception.none
      f.identity = id
    }
    f.german = German(level: [LanguageLevel.A2, .B1, .B1, .B2, .C1][next(5)], proof: .certificate, on: received)
    f.civics = next(12) == 0 ? nil : Civics(passed: next(10) != 0, proof: .einbuergerungstest, on: received)
    f.declarations = Declarations(fdgoSignedOn: received, historySignedOn: received)
    var l = Livelihood()
    l.benefitsSgb2Sgb12 = next(6) == 0
    l.fulltimeNow = next(2) == 0
    l.fulltimeMonthsLast24 = next(25)
    l.notAtFault = next(2) == 0
    f.livelihood = l
    f.convictions = next(20) == 0 ? [Conviction(on: received, kind: .fine)] : []
    if var c = f.convictions?.first {
      c.dailyRates = 30 + next(120)
      c.erasableOn = received.adding(years: 5)
      f.convictions = [c]
    }
    f.pendingInvestigation = next(50) == 0
    f.securityCheck = .clear
    f.spousesCount = next(2)
    var h = Household()
    h.minorChildren = next(3)
    h.spouseOfFulltimeWorker = false
    f.household = h
    f.waivers = Waivers()
    return f
  }

  mutating func abh(_ n: Int) -> CaseFile {
    let received = day(from: "2024-01-01", span: 1000)
    var f = CaseFile(fileNo: "ABH-SYN-\(n)", office: .ABH, receivedOn: received, status: .inReview,
                     person: Person(familyName: "Muster", givenNames: "Sam", birthDate: day(from: "1975-01-01", span: 12000)))
    if next(3) == 0 { f.route = [Route.aufenthG25a, .aufenthG25b, .aufenthG104cFollowup][next(3)] }
    let start = day(from: "2014-01-01", span: 3600)
    f.stays = [Stay(from: start, status: next(4) == 0 ? .duldung60b : .duldung)]
    if next(4) == 0 {
      let p = Period(from: Day(iso: "2025-03-01")!.adding(days: next(300)), to: Day(iso: "2026-09-01")!.adding(days: next(300)))
      f.permit104c = p
      f.stays = [Stay(from: start, to: p.from.adding(days: -1), status: .duldung), Stay(from: p.from, to: p.to, status: .permit104c)]
    }
    f.absences = []
    f.protection = Protection.none
    var id = Identity()
    id.passportValid = next(2) == 0
    id.passportObtainable = .yes
    id.deception = Deception.none
    id.efforts = next(2) == 0 ? [] : [IdentityEffort(on: received, action: "consulate")]
    f.identity = id
    f.german = German(level: [LanguageLevel.A1, .A2, .B1][next(3)], proof: .certificate, on: received)
    f.civics = Civics(passed: true, proof: .orientationCourse, on: received)
    f.declarations = Declarations(fdgoSignedOn: received)
    var l = Livelihood()
    l.benefitsSgb2Sgb12 = true
    l.incomeMonthly = Double(500 + next(2500))
    l.needMonthly = 2600
    l.inEducation = next(5) == 0
    f.livelihood = l
    f.convictions = []
    f.pendingInvestigation = false
    f.securityCheck = .clear
    var h = Household()
    h.minorChildren = next(3)
    h.childrenSchoolAttendanceProven = true
    f.household = h
    f.waivers = Waivers()
    var s = School()
    s.yearsAttendedInGermany = Double(next(6))
    f.school = s
    return f
  }
}
